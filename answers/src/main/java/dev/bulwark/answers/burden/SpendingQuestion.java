package dev.bulwark.answers.burden;

import static dev.bulwark.answers.burden.BurdenParams.ALLIANCE;
import static dev.bulwark.answers.burden.BurdenParams.SOURCE;
import static dev.bulwark.answers.burden.BurdenParams.YEAR;

import dev.bulwark.answers.AnswerContext;
import dev.bulwark.answers.question.Arguments;
import dev.bulwark.answers.question.Question;
import dev.bulwark.answers.question.Spec;
import dev.bulwark.answers.table.Column;
import dev.bulwark.answers.table.Table;
import dev.bulwark.burden.figures.SpendingSource;
import dev.bulwark.burden.spending.AllySpending;
import dev.bulwark.burden.spending.SpendingReport;
import dev.bulwark.burden.spending.SpendingTable;
import dev.bulwark.burden.spending.Target;
import dev.bulwark.burden.spending.Verdict;
import dev.bulwark.core.alliance.Alliance;
import dev.bulwark.core.panel.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Each member's defence expenditure as a share of GDP in one year, per capita, equipment share,
 * personnel, rank, and the targets it meets (2% and 20% on equipment, Wales 2014; 3.5% core and
 * 5% in all, The Hague 2025), as {@link SpendingTable} computes them.
 */
public final class SpendingQuestion implements Question<SpendingQuestion.Request> {

  /**
   * The request.
   *
   * @param year the year, or empty for the latest with figures
   * @param alliance the alliance id
   * @param source the forced source, or empty for auto
   */
  public record Request(Optional<Integer> year, String alliance,
      Optional<SpendingSource> source) {}

  private static final Spec SPEC = new Spec("spending", "/api/spending",
      "Each member's share of GDP and the targets it meets",
      List.of(
          "For one year, every member of the alliance that year: defence expenditure as % of GDP",
          "(NATO's published % of real GDP), per capita, equipment share, personnel, rank, and",
          "whether it meets 2% of GDP and 20% on equipment (Wales 2014), 3.5% core and 5% total",
          "(The Hague 2025). NATO's tables give total spending only, so 3.5% and 5% are tested",
          "against total spending. Years NATO's tables do not cover are answered from SIPRI."),
      List.of("bulwark spending --year 2024 --alliance NATO",
          "bulwark spending --year 1995 --format csv > nato-1995.csv"),
      List.of(YEAR, ALLIANCE, SOURCE));

  @Override
  public Spec spec() {
    return SPEC;
  }

  @Override
  public Request request(Arguments arguments) {
    return new Request(arguments.optional(YEAR), arguments.value(ALLIANCE),
        arguments.value(SOURCE));
  }

  @Override
  public Table answer(Request request, AnswerContext context) {
    Alliance alliance = BurdenParams.alliance(context, request.alliance());
    SpendingTable table = request.source().map(SpendingTable.withDefaults()::withSource)
        .orElse(SpendingTable.withDefaults());
    var panel = context.ledger().panel();
    int year = request.year().orElseGet(() -> table.latestYear(panel, alliance));
    SpendingReport report = table.tabulate(panel, alliance, year);
    List<Column> columns = new ArrayList<>(List.of(BurdenParams.YEAR_COLUMN, BurdenParams.ISO3,
        BurdenParams.COUNTRY, Column.count("rank", "", "rank by share of GDP, 1 the highest"),
        Column.number("share_gdp_pct", "% of GDP", 2, "defence expenditure as a share of GDP "
            + "(NATO's published share of real GDP in NATO years)"),
        Column.number("spending_usd_current_m", "million current US$", 0,
            "defence expenditure at current prices and exchange rates"),
        perCapita(context, report),
        Column.number("equipment_pct_of_defexp", "% of defence expenditure", 1,
            "major equipment, with research and development, as a share of defence expenditure"),
        Column.number("military_personnel_thousand", "thousand", 1, "military personnel")));
    report.targets().targets().forEach(t -> columns.add(Column.text("meets_" + t.id(),
        "whether the ally meets " + t.pledge() + "; missing when a figure is")));
    columns.addAll(List.of(BurdenParams.ESTIMATE, BurdenParams.SOURCE_COLUMN));
    Table out = Table.of(columns);
    for (AllySpending ally : report.allies()) {
      List<Object> row = new ArrayList<>(List.of(year, ally.iso3(),
          BurdenParams.name(context, ally.iso3()), ally.rank(), ally.shareOfGdpPct()));
      row.add(cell(ally.spendingUsdMillion()));
      row.add(cell(ally.perCapitaUsd()));
      row.add(cell(ally.equipmentSharePct()));
      row.add(cell(ally.militaryPersonnelThousand()));
      for (Target target : report.targets().targets()) {
        Verdict verdict = ally.verdict(target.id());
        row.add(verdict == Verdict.NO_DATA ? null : verdict == Verdict.MET);
      }
      row.add(ally.estimate());
      row.add(String.join("; ", ally.provenance()));
      out.row(row.toArray());
    }
    out.notes(report.roster().summary());
    report.tallies().forEach(t -> out.notes(t.summary() + " (" + t.target().pledge() + ")"));
    out.notes(report.notes());
    return BurdenParams.describe(out, context, year, alliance.id(), request.source());
  }

  /** Per capita at the edition's constant prices for NATO's figures, else at current prices. */
  private static Column perCapita(AnswerContext context, SpendingReport report) {
    var base = context.ledger().priceBase(report.source() == SpendingSource.NATO ? Source.NATO
        : Source.SIPRI);
    boolean constant = report.perCapitaUnit().contains("constant prices") && base.isPresent();
    return Column.number("per_capita_usd_" + (constant ? "const" + base.getAsInt() : "current"),
        constant ? "US$ per person at " + base.getAsInt() + " prices" : "current US$ per person",
        0, "defence expenditure per head of population (" + report.perCapitaUnit() + ")");
  }

  private static Double cell(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }
}
