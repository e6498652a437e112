package dev.bulwark.report.compose;

import dev.bulwark.answers.forces.PathFunding;
import dev.bulwark.answers.table.Column;
import dev.bulwark.answers.table.Table;
import dev.bulwark.forces.catalogue.Catalogue;
import dev.bulwark.forces.replacement.CostBar;
import dev.bulwark.forces.replacement.ForceScenario;
import dev.bulwark.forces.replacement.ForceScenarios;
import dev.bulwark.forces.replacement.HeadlineCheck;
import dev.bulwark.forces.replacement.Plan;
import dev.bulwark.forces.replacement.ReplacementModel;
import dev.bulwark.forces.replacement.ReplacementTornado;
import dev.bulwark.report.brief.Citation;
import dev.bulwark.report.brief.LineChart;
import dev.bulwark.report.brief.Paragraph;
import dev.bulwark.report.brief.Section;
import dev.bulwark.report.brief.Series;
import dev.bulwark.report.brief.TableBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Guarantees without America: what replacing US forces costs Europe, from the replacement model
 * ({@code ReplacementModel}, docs/replacement-model.md) of the two studies' scenarios at the
 * catalogue's most likely figures, each study's published totals beside Bulwark's, and Europe's
 * cumulative extra spending on the brief's path beside the IISS scenario's cumulative cost
 * ({@code PathFunding}: the allies but the United States and Canada, deflated to 2024 prices by
 * 2% a year).
 */
final class ReplacementSection {

  static final String ID = "replacement";
  static final String CHART_ID = "replacement-cost-and-path";
  /** The studies the section reproduces, for the brief's list of sources. */
  static final List<Citation> CITATIONS = List.of(
      new Citation("IISS, Defending Europe Without the United States: Costs and Consequences",
          "May 2025 (B. Barry, D. Barrie, H. Boyd, N. Childs, M. Gjerstad, J. Hackett,"
              + " F. McGerty, B. Schreer, T. Waldwyn)", "© IISS; figures quoted"),
      new Citation("A. Burilkov and G. B. Wolff, Defending Europe without the US: first"
          + " estimates of what is needed", "Kiel Policy Brief 183 / Bruegel analysis,"
              + " February 2025", "© the authors; figures quoted"));

  private ReplacementSection() {}

  /** Returns the section, the studies' scenarios set beside the brief's path. */
  static Section of(BurdenFigures figures) {
    List<Study> studies = ForceScenarios.BUNDLED.stream()
        .map(id -> Study.of(ForceScenarios.bundled(id), figures)).toList();
    Study iiss = studies.get(0);
    return Section.of(ID, "Guarantees without America: the cost of replacing US forces",
        Paragraph.of("Bulwark prices the force each study says would replace the US contribution"
            + " from its costed catalogue: each unit paid over its lead time, deliveries limited"
            + " by the industry's ramp, running costs from the year after delivery. "
            + String.join(" ", studies.stream().map(Study::sentence).toList())),
        chart(iiss), table(studies));
  }

  /** One study's scenario, run. */
  private record Study(ForceScenario scenario, ReplacementModel model, Plan plan,
      PathFunding funding, List<HeadlineCheck> checks, CostBar widest) {

    static Study of(ForceScenario scenario, BurdenFigures figures) {
      ReplacementModel model = ReplacementModel.of(scenario, Catalogue.bundled(),
          scenario.horizonYears());
      return new Study(scenario, model, model.central(), PathFunding.of(figures.paths(), model),
          HeadlineCheck.of(model), ReplacementTornado.bars(model).get(0));
    }

    String sentence() {
      HeadlineCheck lead = checks.get(0);
      String covering = funding.coveringYear(plan).stream()
          .mapToObj(y -> "Europe's extra spending on the path covers it from " + y)
          .findFirst().orElse("Europe's extra spending on the path does not cover it by "
              + (plan.startYear() + plan.years() - 1));
      return String.format(Locale.ROOT, "%s: %s; Bulwark %,.1f (%+.1f%%), of which %.0f%% "
          + "from calibrated items. %s. The widest tornado bar is %s (%,.0f to %,.0f bn).",
          scenario.id(), lead.headline().label(), lead.reproduced(), 100 * lead.difference(),
          100 * model.calibratedShare(plan), covering, widest.figure().name(),
          widest.totalAtLow() / 1000, widest.totalAtHigh() / 1000);
    }
  }

  private static LineChart chart(Study study) {
    Plan plan = study.plan();
    List<Integer> years = IntStream.range(0, plan.years()).mapToObj(t -> plan.startYear() + t)
        .toList();
    return LineChart.builder(CHART_ID, "The IISS replacement's cumulative cost and Europe's"
            + " cumulative extra spending on the path")
        .years(years)
        .valueAxis("Cumulative", "US$ bn, 2024 prices")
        .series(new Series("Replacement (iiss-2025)", IntStream.range(0, plan.years())
            .mapToObj(t -> Wording.rounded(plan.cumulative(t) / 1000, 1)).toList()))
        .series(new Series("Extra spending on the path", IntStream.range(0, plan.years())
            .mapToObj(t -> Wording.rounded(study.funding().cumulative(t) / 1000, 1)).toList()))
        .caption("Source: Bulwark's replacement model at the catalogue's most likely figures"
            + " (docs/replacement-model.md); " + String.join("; ",
                study.funding().assumptions("US$")) + ".")
        .build();
  }

  private static TableBlock table(List<Study> studies) {
    Table table = Table.of(Column.text("study", "the scenario's id"),
        Column.text("headline", "the published total in the study's words"),
        Column.number("published", "as published", 2, "the published figure"),
        Column.number("reproduced", "as published", 2, "Bulwark's figure"),
        Column.number("difference_pct", "%", 1, "reproduced / published - 1"),
        Column.text("verified", "yes when read in the study, no when as reported"));
    List<String> notes = new ArrayList<>();
    for (Study study : studies) {
      for (HeadlineCheck check : study.checks()) {
        table.row(study.scenario().id(), check.headline().label(), check.headline().published(),
            check.reproduced(), 100 * check.difference(), check.headline().verified() ? "yes"
                : "no");
      }
      notes.add(study.scenario().study());
    }
    return TableBlock.of(table.notes(notes), "The studies' published totals beside Bulwark's");
  }
}
