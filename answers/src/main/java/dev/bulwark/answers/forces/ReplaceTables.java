package dev.bulwark.answers.forces;

import dev.bulwark.answers.AnswerContext;
import dev.bulwark.answers.table.Column;
import dev.bulwark.answers.table.Table;
import dev.bulwark.forces.catalogue.Catalogue;
import dev.bulwark.forces.catalogue.UnitType;
import dev.bulwark.forces.contribution.ContributionElement;
import dev.bulwark.forces.contribution.UsContribution;
import dev.bulwark.forces.replacement.CostBar;
import dev.bulwark.forces.replacement.ForceScenario;
import dev.bulwark.forces.replacement.HeadlineCheck;
import dev.bulwark.forces.replacement.Plan;
import dev.bulwark.forces.replacement.ReplacementModel;
import dev.bulwark.forces.replacement.ReplacementTornado;
import dev.bulwark.forces.replacement.SimulationResult;
import dev.bulwark.forces.replacement.YearBand;
import dev.bulwark.posture.theatre.ReconciledClaim;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The tables of {@link ReplaceQuestion}, one method per {@code --show}. */
final class ReplaceTables {

  private final ReplacementModel model;
  private final AnswerContext context;
  private final Plan plan;
  private final String currency;

  ReplaceTables(ReplacementModel model, AnswerContext context) {
    this.model = model;
    this.context = context;
    this.plan = model.central();
    this.currency = model.scenario().currency();
  }

  private String money(String name) {
    return name + "_" + currency.toLowerCase(Locale.ROOT) + "_bn";
  }

  private String unit() {
    return "billion " + currency + " (2024 prices)";
  }

  /** The year rows: cost, spread, personnel, share replaced and the path beside it. */
  Table years(SimulationResult result, PathFunding funding) {
    double replaces = model.scenario().replacesPersonnel();
    Table table = Table.of(Column.count("year", "year", "the calendar year"),
        Column.number(money("acquisition"), unit(), 2, "acquisition spending: each unit paid in "
            + "equal parts over its lead time"),
        Column.number(money("operating"), unit(), 2, "running cost of the units in service"),
        Column.number(money("lines"), unit(), 2, "the scenario's flat annual sums, if any"),
        Column.number(money("annual_cost"), unit(), 2, "the year's cost at the catalogue's most "
            + "likely figures"),
        Column.number(money("cumulative_cost"), unit(), 2, "cost since the start year"),
        Column.number(money("cumulative_cost_p5"), unit(), 2, "5th percentile of the cumulative "
            + "cost over the Monte Carlo runs"),
        Column.number(money("cumulative_cost_p95"), unit(), 2, "95th percentile of the "
            + "cumulative cost"),
        Column.count("personnel_added", "personnel", "personnel of the units delivered by the "
            + "year's end"),
        Column.number("share_replaced_pct", "%", 1, "personnel added / the US personnel the "
            + "scenario replaces"),
        Column.number("share_replaced_p5_pct", "%", 1, "5th percentile of the share replaced"),
        Column.number("share_replaced_p95_pct", "%", 1, "95th percentile of the share replaced"),
        Column.number(money("path_extra"), unit(), 2, "Europe's extra spending on the path"),
        Column.number(money("cumulative_path_extra"), unit(), 2, "the extra spending since the "
            + "start year"),
        Column.number("funded_share_pct", "%", 1, "the share replaced times min(1, cumulative "
            + "extra / cumulative cost)"));
    for (int t = 0; t < plan.years(); t++) {
      YearBand band = result.years().get(t);
      table.row(plan.startYear() + t, plan.acquisition()[t] / 1000, plan.operating()[t] / 1000,
          plan.lines()[t] / 1000, plan.annual(t) / 1000, plan.cumulative(t) / 1000,
          band.cumulativeP5() / 1000, band.cumulativeP95() / 1000,
          Math.round(plan.personnel()[t]), 100 * plan.personnel()[t] / replaces,
          100 * band.shareP5(), 100 * band.shareP95(), funding.extra()[t] / 1000,
          funding.cumulative(t) / 1000, 100 * funding.fundedShare(plan, t, replaces));
    }
    table.notes(String.format(Locale.ROOT, "%s: %,.1f bn %s over %d-%d at the most likely "
        + "figures (5-95%%: %,.1f-%,.1f); %,.0f personnel replacing %,d US personnel (%s).",
        model.scenario().id(), plan.total() / 1000, currency, plan.startYear(),
        plan.startYear() + plan.years() - 1, result.last().cumulativeP5() / 1000,
        result.last().cumulativeP95() / 1000, model.personnel(),
        model.scenario().replacesPersonnel(), model.scenario().replacesBasis()));
    table.notes(covering(funding));
    for (int year : List.of(2030, 2035)) {
      PathFunding.index(plan, year).ifPresent(t -> table.notes(String.format(Locale.ROOT,
          "By %d: %.1f%% of the US contribution replaced as the ramps allow; %.1f%% funded by "
              + "the path's extra spending.", year, 100 * plan.personnel()[t] / replaces,
          100 * funding.fundedShare(plan, t, replaces))));
    }
    table.notes(String.format(Locale.ROOT, "%.1f%% of the cost over the horizon comes from "
        + "calibrated items or lines (docs/replacement-model.md, Calibration).",
        100 * model.calibratedShare(plan)));
    table.notes(result.runs() + " Monte Carlo runs, seed " + result.seed() + ", drawing "
        + result.drawn().size() + " uncertain figures (triangular; split L64_X128_MIX streams).");
    table.notes(dmdc());
    table.notes(funding.assumptions(currency));
    return table.sources(sources());
  }

  private String covering(PathFunding funding) {
    return funding.coveringYear(plan).stream().mapToObj(year -> String.format(Locale.ROOT,
        "Covering year %d: from then on Europe's cumulative extra spending on the path to "
            + "%.1f%% of GDP by %d is at least the replacement's cumulative cost.", year,
        funding.report().target().points(), funding.report().targetYear())).findFirst()
        .orElse(String.format(Locale.ROOT, "The path to %.1f%% of GDP by %d does not cover the "
            + "replacement's cumulative cost within the horizon.",
            funding.report().target().points(), funding.report().targetYear()));
  }

  private String dmdc() {
    ReconciledClaim europe = context.reconciliation().claims().stream()
        .filter(c -> c.id().equals("europe_total")).findFirst().orElseThrow();
    return String.format(Locale.ROOT, "US personnel in Europe: %,.0f active duty in the EUCOM "
        + "hosts (%s) against the %,.0f claimed with rotations (bulwark posture).",
        europe.supported(), context.reconciliation().quarter(), europe.claimed());
  }

  /** The tornado: the cost over the horizon with each figure at its low and high. */
  Table tornado() {
    Table table = Table.of(Column.text("figure", "the unit type and which of its figures"),
        Column.number("low", "US$ m or units a year", 2, "the figure's low (money: US$ million "
            + "at 2024 prices a unit or unit-year; ramp: units a year)"),
        Column.number("high", "US$ m or units a year", 2, "the figure's high"),
        Column.number(money("total_at_low"), unit(), 2, "cost over the horizon with the figure "
            + "at its low, the others at their most likely values"),
        Column.number(money("total_at_high"), unit(), 2, "the same at its high"),
        Column.number(money("swing"), unit(), 2, "|total at high - total at low|"));
    for (CostBar bar : ReplacementTornado.bars(model)) {
      table.row(bar.figure().name(), bar.low(), bar.high(), bar.totalAtLow() / 1000,
          bar.totalAtHigh() / 1000, bar.swing() / 1000);
    }
    return table.notes(String.format(Locale.ROOT, "Central cost over the horizon: %,.1f bn %s. "
        + "Bars widest first; a faster ramp can raise the cost within the horizon, since units "
        + "arrive sooner and run longer.", plan.total() / 1000, currency)).sources(sources());
  }

  /** Each European ally's part of the cost over the horizon, by GDP and by path. */
  Table allies(PathFunding funding) {
    Table table = Table.of(Column.text("iso3", "the ally's ISO 3166 alpha-3 code"),
        Column.text("country", "the state's short name"),
        Column.number("gdp_share_pct", "%", 2, "its share of the European allies' GDP in "
            + "the path's base year"),
        Column.number(money("part_by_gdp"), unit(), 2, "its part of the cost over the horizon "
            + "in proportion to GDP"),
        Column.number("path_extra_share_pct", "%", 2, "its share of the European allies' "
            + "cumulative extra spending on the path"),
        Column.number(money("part_by_path"), unit(), 2, "its part in proportion to its extra "
            + "spending on the path"));
    double total = plan.total() / 1000;
    for (PathFunding.AllyPart ally : funding.allies()) {
      table.row(ally.iso3(), context.ledger().countries().byIso3(ally.iso3()).name(),
          100 * ally.gdpShare(), total * ally.gdpShare(), 100 * ally.extraShare(),
          total * ally.extraShare());
    }
    return table.notes(String.format(Locale.ROOT, "The cost over %d-%d, %,.1f bn %s, split two "
        + "ways: by GDP in %d and by each ally's cumulative extra spending on the path to %.1f%% "
        + "by %d.", plan.startYear(), plan.startYear() + plan.years() - 1, total, currency,
        funding.report().baseYear(), funding.report().target().points(),
        funding.report().targetYear())).notes(funding.assumptions(currency))
        .sources(sources());
  }

  /** The study's published totals beside Bulwark's figures. */
  Table headlines() {
    Table table = Table.of(Column.text("headline", "the total in the study's words"),
        Column.text("unit", "the total's unit"),
        Column.number("published", "as unit", 2, "the published figure (the middle of a range)"),
        Column.number("published_low", "as unit", 2, "the low end of a published range"),
        Column.number("published_high", "as unit", 2, "the high end of a published range"),
        Column.number("reproduced", "as unit", 2, "Bulwark's figure at the most likely figures"),
        Column.number("difference_pct", "%", 1, "reproduced / published - 1"),
        Column.text("within", "yes when within 10% (or within the published range)"),
        Column.text("verified", "yes when read in the study itself, no when as reported"),
        Column.text("source", "where the total is published"));
    for (HeadlineCheck check : HeadlineCheck.of(model)) {
      ForceScenario.Headline h = check.headline();
      table.row(h.label(), h.unit(), h.published(), h.publishedLow(), h.publishedHigh(),
          check.reproduced(), 100 * check.difference(), check.reproducedWithin() ? "yes" : "no",
          h.verified() ? "yes" : "no", h.source());
    }
    return table.notes(model.scenario().study()).sources(sources());
  }

  /** The scenario's units with their catalogue figures. */
  Table units() {
    Table table = Table.of(Column.text("unit", "the unit type's id"),
        Column.text("name", "what it is"),
        Column.number("quantity", "units", 1, "how many the scenario fields"),
        Column.text("basis", "named by the study, assumed by Bulwark, or calibrated"),
        Column.count("personnel", "personnel", "per unit"),
        Column.number("acquisition_usd_m", "million US$ (2024 prices)", 1, "per unit, most "
            + "likely"),
        Column.number("operating_usd_m", "million US$ (2024 prices)", 1, "per unit and year, "
            + "most likely"),
        Column.count("lead_time_years", "years", "from order to first delivery"),
        Column.number("ramp_per_year", "units a year", 1, "deliveries a year, most likely"),
        Column.text("confidence", "V, S, M or E (docs/replacement-model.md)"),
        Column.text("source", "the basis of the figures"),
        Column.text("note", "why the scenario holds it"));
    for (int i = 0; i < model.units().size(); i++) {
      UnitType u = model.units().get(i);
      ForceScenario.Item item = model.scenario().items().get(i);
      table.row(u.id(), u.name(), item.quantity(), item.basis().name().toLowerCase(Locale.ROOT),
          u.personnel(), u.acquisitionUsdM().mode(), u.operatingUsdM().mode(),
          u.leadTimeYears(), u.rampPerYear().mode(), u.confidence().letter(), u.source(),
          item.note());
    }
    return table.notes(Catalogue.bundled().prices().describe()).sources(sources());
  }

  /** The US contribution in Europe as a force list. */
  Table contribution() {
    Table table = Table.of(Column.text("id", "the row's id"),
        Column.text("kind", "count or formation"), Column.text("element", "what it is"),
        Column.count("personnel", "personnel", "the published count, where there is one"),
        Column.text("replaced_by", "the catalogue unit that would replace it"),
        Column.number("replaced_quantity", "units", 1, "how many"),
        Column.text("confidence", "V, S or M"), Column.text("source", "the source"));
    for (ContributionElement e : UsContribution.bundled().elements()) {
      table.row(e.id(), e.kind(), e.element(), e.personnel().isPresent()
          ? e.personnel().getAsInt() : null, e.replacedBy().orElse(null),
          e.replacedQuantity() > 0 ? e.replacedQuantity() : null, e.confidence().letter(),
          e.source());
    }
    return table.notes(dmdc()).sources(sources());
  }

  private List<String> sources() {
    List<String> sources = new ArrayList<>(List.of(model.scenario().study(),
        "Bulwark force catalogue (forces/.../catalogue/unit-types.csv), "
            + Catalogue.bundled().prices().describe()));
    sources.add("replacement model (docs/replacement-model.md)");
    return sources;
  }
}
