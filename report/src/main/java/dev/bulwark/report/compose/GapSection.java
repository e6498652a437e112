package dev.bulwark.report.compose;

import dev.bulwark.answers.table.Column;
import dev.bulwark.answers.table.Table;
import dev.bulwark.burden.figures.Quantity;
import dev.bulwark.burden.gap.AllyGap;
import dev.bulwark.burden.gap.GapReport;
import dev.bulwark.report.brief.BarChart;
import dev.bulwark.report.brief.ColumnNames;
import dev.bulwark.report.brief.Paragraph;
import dev.bulwark.report.brief.Section;
import dev.bulwark.report.brief.Series;
import dev.bulwark.report.brief.TableBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * Section 2, the gaps and their cost: for each ally, {@code gap = max(0, target − share)}
 * percentage points of GDP to 2% and to the path target, and its cost {@code gap / 100 × GDP} in
 * current US$ of the year (GDP from NATO Table 5, or the World Bank in SIPRI years), with a bar
 * chart of the cost to the path target and the alliance totals ({@code TargetGap}).
 */
final class GapSection {

  static final String ID = "gaps";
  static final String CHART_ID = "cost-to-target";

  private GapSection() {}

  /** Returns the section. */
  static Section of(BurdenFigures figures) {
    GapReport low = figures.gapTo2();
    GapReport high = figures.gapToPath();
    return Section.of(ID, "The gap to " + target(low) + " and to " + target(high)
            + ", and what closing it costs",
        Paragraph.of("The gap is how many percentage points of GDP an ally's published share"
            + " falls short of a target; its cost is that gap priced at the ally's " + year(high)
            + " GDP in current US dollars, what it would have taken in " + year(high)
            + " to reach the target. " + totals(low) + " " + totals(high)),
        high.alliesBelow() == 0 ? Paragraph.of("Every ally was at or above " + target(high)
            + " in " + year(high) + ".") : chart(high), table(figures));
  }

  /** Returns the totals in one line: "Total gap to 2%: US$ 44.9 bn (8 allies below); ...". */
  static String summary(BurdenFigures figures) {
    GapReport low = figures.gapTo2();
    GapReport high = figures.gapToPath();
    return "Total gap to " + target(low) + ": " + Wording.dollars(low.totalGapUsdMillion()) + " ("
        + low.alliesBelow() + " allies below); to " + target(high) + ": "
        + Wording.dollars(high.totalGapUsdMillion()) + " (" + high.alliesBelow()
        + " allies below), at " + year(high) + " GDP in current US$ (" + Wording.cite(
            provenance(high)) + ")";
  }

  private static String totals(GapReport gaps) {
    return gaps.alliesBelow() + " of " + gaps.allies().size() + " allies were below "
        + target(gaps) + "; closing their gaps would have cost "
        + Wording.dollars(gaps.totalGapUsdMillion()) + " in " + year(gaps) + ".";
  }

  private static BarChart chart(GapReport gaps) {
    List<AllyGap> below = gaps.allies().stream().filter(a -> !a.meetsTarget()).toList();
    return BarChart.builder(CHART_ID, "Cost of reaching " + target(gaps) + " of GDP in "
            + year(gaps) + ", largest first")
        .categoryAxis("Ally").categories(below.stream().map(AllyGap::iso3).toList())
        .valueAxis("Cost to " + target(gaps), "US$ billion, current prices")
        .series(new Series(year(gaps) + (below.stream().anyMatch(AllyGap::estimate) ? "e" : ""),
            below.stream().map(a -> Wording.rounded(a.gapUsdMillion() / 1000.0, 1)).toList()))
        .caption(Wording.source(provenance(gaps), gaps.roster().source(), Quantity.SHARE_OF_GDP,
            Quantity.GDP_USD_CURRENT) + " Allies at or above " + target(gaps) + " are left out.")
        .build();
  }

  private static TableBlock table(BurdenFigures figures) {
    GapReport low = figures.gapTo2();
    GapReport high = figures.gapToPath();
    List<Column> columns = new ArrayList<>(List.of(Columns.ALLY, Columns.shareOfGdp("Share")));
    columns.addAll(gapAndCost(low, target(low), target(low) + " of GDP"));
    columns.addAll(gapAndCost(high, "path target", "the path's target, " + target(high)
        + " of GDP"));
    columns.add(Columns.ESTIMATE);
    Table table = Table.of(columns).notes(
        Wording.source(provenance(high), high.roster().source(), Quantity.SHARE_OF_GDP,
            Quantity.GDP_USD_CURRENT),
        Columns.ESTIMATE_NOTE,
        "Cost = target × GDP − spending, both in current US$ (NATO Tables 2 and 5); 0 where"
            + " spending reaches the target at current prices. The gap in points is from the"
            + " published share, which NATO computes at constant prices.");
    for (AllyGap ally : high.allies()) {
      AllyGap toLow = low.ally(ally.iso3());
      table.row(figures.wording().ally(ally.iso3()), ally.shareOfGdpPct(), toLow.gapPoints(),
          toLow.gapUsdMillion() / 1000.0, ally.gapPoints(), ally.gapUsdMillion() / 1000.0,
          ally.estimate());
    }
    table.row("Total", null, null, low.totalGapUsdMillion() / 1000.0, null,
        high.totalGapUsdMillion() / 1000.0, null);
    return TableBlock.of(table, "Gaps and costs in " + year(high) + ", largest cost to "
        + target(high) + " first");
  }

  /**
   * Returns the columns of the gap to a target in points and of its cost, named after the words
   * {@code named} ("2%" gives gap_to_2_pct_pp and cost_to_2_pct_usd_bn).
   */
  private static List<Column> gapAndCost(GapReport gaps, String named, String what) {
    return List.of(
        Column.number(ColumnNames.of("gap to", named, "pp"), "percentage points", 2,
            "how far the share falls short of " + what + ", 0 at or above it")
            .withHeading("Gap to " + target(gaps)),
        Columns.billions(ColumnNames.of("cost to", named, "usd bn"), "Cost to " + target(gaps),
            "what reaching " + what + " would have added to the year's spending, current US$"));
  }

  private static String target(GapReport gaps) {
    return Wording.threshold(gaps.target().points());
  }

  private static int year(GapReport gaps) {
    return gaps.roster().year();
  }

  private static List<String> provenance(GapReport gaps) {
    return gaps.allies().stream().flatMap(a -> a.provenance().stream()).toList();
  }
}
