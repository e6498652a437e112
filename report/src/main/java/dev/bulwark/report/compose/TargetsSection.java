package dev.bulwark.report.compose;

import dev.bulwark.answers.table.Column;
import dev.bulwark.answers.table.Table;
import dev.bulwark.burden.figures.Quantity;
import dev.bulwark.burden.spending.AllySpending;
import dev.bulwark.burden.spending.Measure;
import dev.bulwark.burden.spending.SpendingReport;
import dev.bulwark.burden.spending.Target;
import dev.bulwark.burden.spending.TargetTally;
import dev.bulwark.burden.spending.Verdict;
import dev.bulwark.report.brief.BarChart;
import dev.bulwark.report.brief.Block;
import dev.bulwark.report.brief.ColumnNames;
import dev.bulwark.report.brief.Note;
import dev.bulwark.report.brief.Paragraph;
import dev.bulwark.report.brief.Section;
import dev.bulwark.report.brief.Series;
import dev.bulwark.report.brief.TableBlock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Section 1, who meets the targets: every ally's defence expenditure as a share of GDP (the
 * published figure; NATO's is of real GDP, Table 3) in a bar chart sorted from the highest, with
 * lines at the targets on GDP; a table with the equipment share (Table 8a), military personnel
 * (Table 7), the rank and the verdict on each target; the tallies; and the caveats of the Hague
 * targets. An ally meets a target when its figure is at or above it ({@code SpendingTable}).
 */
final class TargetsSection {

  static final String ID = "targets";
  static final String CHART_ID = "share-of-gdp";

  private TargetsSection() {}

  /** Returns the section. */
  static Section of(BurdenFigures figures) {
    SpendingReport report = figures.spending();
    List<Block> blocks = new ArrayList<>();
    blocks.add(Paragraph.of(report.roster().summary() + ". " + String.join("; ",
        summary(figures)) + "."));
    blocks.add(chart(report));
    blocks.add(table(figures));
    var definition = report.roster().definition();
    report.targets().targets().stream().filter(t -> !t.caveat(definition).isEmpty())
        .forEach(t -> blocks.add(Note.of(label(t) + ": " + t.caveat(definition) + ".")));
    return new Section(ID, "Who meets 2%, 3.5% and 5% of GDP, and 20% on equipment", blocks);
  }

  /**
   * Returns the tallies in words, the first with its year and edition: "23 of 31 allies with armed
   * forces met 2% of GDP in 2024 (NATO 2024, estimates)", "1 met 3.5% of GDP", ...
   */
  static List<String> summary(BurdenFigures figures) {
    SpendingReport report = figures.spending();
    List<String> lines = new ArrayList<>();
    for (TargetTally tally : report.tallies()) {
      if (tally.assessed() == 0) {
        continue;
      }
      String met = tally.met() + " of " + tally.assessed();
      lines.add(lines.isEmpty()
          ? met + " allies"
              + (report.roster().leftOut().contains("ISL") ? " with armed forces" : "") + " met " + goal(tally.target()) + " in " + report.year() + " ("
              + Wording.cite(provenance(report)) + ")"
          : met + " met " + goal(tally.target()));
    }
    return lines;
  }

  /** Returns what a target asks, in words: "2% of GDP", "20% of defence spending on equipment". */
  static String goal(Target target) {
    String threshold = Wording.threshold(target.threshold().points());
    return target.measure() == Measure.EQUIPMENT_SHARE
        ? threshold + " of defence spending on equipment" : threshold + " of GDP";
  }

  /** Returns the short label of a target: "2% (Wales summit 2014)". */
  static String label(Target target) {
    int colon = target.pledge().indexOf(':');
    return Wording.threshold(target.threshold().points())
        + (colon < 0 ? "" : " (" + target.pledge().substring(0, colon) + ")");
  }

  private static BarChart chart(SpendingReport report) {
    List<AllySpending> allies = report.allies();
    BarChart.Builder chart = BarChart.builder(CHART_ID, "Defence expenditure as a share of GDP, "
            + report.year() + ", highest first")
        .categoryAxis("Ally").categories(allies.stream().map(AllySpending::iso3).toList())
        .valueAxis("Defence expenditure", "% of GDP")
        .series(new Series(report.year() + (allies.stream().anyMatch(AllySpending::estimate)
            ? "e" : ""), allies.stream().map(a -> Wording.rounded(a.shareOfGdpPct(), 2)).toList()))
        .caption(Wording.source(provenance(report), report.source(), Quantity.SHARE_OF_GDP)
            + " Dashed lines: the targets.");
    report.targets().targets().stream().filter(t -> t.measure() == Measure.SHARE_OF_GDP)
        .forEach(t -> chart.target(t.threshold().points(), label(t)));
    return chart.build();
  }

  private static TableBlock table(BurdenFigures figures) {
    SpendingReport report = figures.spending();
    List<Target> targets = report.targets().targets().stream()
        .sorted(Comparator.comparing(Target::measure)).toList();
    List<Column> columns = new ArrayList<>(List.of(
        Column.count("rank", "", "the ally's place by share of GDP, 1 for the highest")
            .withHeading("Rank"),
        Columns.ALLY, Columns.shareOfGdp("Spending"),
        Column.number("equipment_pct_of_defexp", "% of spending", 2, "major equipment, with"
            + " research and development, as a share of defence expenditure")
            .withHeading("Equipment"),
        Column.number("personnel_thousand", "thousand", 1, "military personnel")
            .withHeading("Personnel")));
    targets.forEach(t -> columns.add(Column.text(ColumnNames.of("meets", t.id()),
            "whether the ally meets " + t.pledge() + "; missing without the figure")
        .withHeading(Wording.threshold(t.threshold().points())
            + (t.measure() == Measure.EQUIPMENT_SHARE ? " on equipment" : ""))));
    columns.add(Columns.ESTIMATE);
    Table table = Table.of(columns).notes(
        Wording.source(provenance(report), report.source(), Quantity.SHARE_OF_GDP,
            Quantity.EQUIPMENT_SHARE, Quantity.MILITARY_PERSONNEL),
        Columns.ESTIMATE_NOTE,
        "Targets: yes = at or above, no = below, – = no figure; 2%, 3.5% and 5% compare"
            + " spending with GDP, 20% equipment compares equipment with spending.");
    for (AllySpending ally : report.allies()) {
      List<Object> row = new ArrayList<>(List.of(ally.rank(),
          figures.wording().ally(ally.iso3()) + commitment(figures, ally.iso3()),
          ally.shareOfGdpPct()));
      row.add(Columns.cell(ally.equipmentSharePct()));
      row.add(Columns.cell(ally.militaryPersonnelThousand()));
      targets.forEach(t -> row.add(meets(ally.verdict(t.id()))));
      row.add(ally.estimate());
      table.row(row.toArray());
    }
    if (!figures.nationalCommitments().isEmpty()) {
      table.notes("* NATO marks these allies as bound by national law or political agreement to"
          + " spend at least 2% of GDP; their estimates may change.");
    }
    return TableBlock.of(table, "The allies in " + report.year() + " by share of GDP, and the"
        + " targets they meet");
  }

  private static String commitment(BurdenFigures figures, String iso3) {
    return figures.nationalCommitments().contains(iso3) ? "\u00a0*" : "";
  }

  /** Returns whether the ally meets the target, or null (missing) without the figure. */
  private static Boolean meets(Verdict verdict) {
    return verdict == Verdict.NO_DATA ? null : verdict == Verdict.MET;
  }

  private static List<String> provenance(SpendingReport report) {
    return report.allies().stream().flatMap(a -> a.provenance().stream()).toList();
  }
}
