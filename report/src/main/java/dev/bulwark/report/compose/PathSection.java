package dev.bulwark.report.compose;

import dev.bulwark.answers.table.Column;
import dev.bulwark.answers.table.Table;
import dev.bulwark.burden.figures.Quantity;
import dev.bulwark.burden.path.AllyPath;
import dev.bulwark.burden.path.PathReport;
import dev.bulwark.burden.path.PathYear;
import dev.bulwark.report.brief.LineChart;
import dev.bulwark.report.brief.Paragraph;
import dev.bulwark.report.brief.Section;
import dev.bulwark.report.brief.Series;
import dev.bulwark.report.brief.TableBlock;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/**
 * Section 3, the paths to the target: each ally's share rising linearly from its published share
 * in the base year {@code t0} to the target in year {@code T} (allies already above it stay), GDP
 * growing as assumed, spending {@code S(t) = s(t) / 100 × Y(t)}; a table of the start share, the
 * required annual growth of spending {@code (S_T / S_0)^(1 / (T − t0)) − 1} and the cumulative
 * extra spending against staying at today's share, and a line chart of the alliance total on the
 * path against the total at today's shares ({@code TargetPath}).
 */
final class PathSection {

  static final String ID = "paths";
  static final String CHART_ID = "path-totals";

  private PathSection() {}

  /** Returns the section. */
  static Section of(BurdenFigures figures) {
    PathReport paths = figures.paths();
    return Section.of(ID, "The paths to " + target(paths) + " by " + paths.targetYear(),
        Paragraph.of("Assumptions: " + String.join("; ", paths.assumptions()) + ". "
            + largest(figures)),
        chart(paths), table(figures));
  }

  /** Returns the total extra spending in one line, with its assumption and edition. */
  static String summary(BurdenFigures figures) {
    PathReport paths = figures.paths();
    return "Reaching " + target(paths) + " of GDP by " + paths.targetYear() + " takes "
        + Wording.dollars(paths.totalExtraUsdMillion()) + " more over " + (paths.baseYear() + 1)
        + "–" + paths.targetYear() + " than staying at " + paths.baseYear() + " shares ("
        + paths.growth().describe() + "; " + Wording.cite(provenance(paths)) + ")";
  }

  private static String largest(BurdenFigures figures) {
    PathReport paths = figures.paths();
    List<String> top = byExtra(paths).stream().limit(3)
        .map(a -> figures.wording().name(a.iso3()) + " (" + Wording.dollars(
            a.cumulativeExtraUsdMillion()) + ")").toList();
    return "Over " + (paths.baseYear() + 1) + "–" + paths.targetYear() + " the allies would"
        + " together spend " + Wording.dollars(paths.totalExtraUsdMillion()) + " more than at"
        + " their " + paths.baseYear() + " shares; the largest sums fall to "
        + Wording.list(top) + ".";
  }

  private static List<AllyPath> byExtra(PathReport paths) {
    return paths.allies().stream()
        .sorted(Comparator.comparingDouble(AllyPath::cumulativeExtraUsdMillion).reversed()
            .thenComparing(AllyPath::iso3)).toList();
  }

  private static LineChart chart(PathReport paths) {
    List<Integer> years = IntStream.rangeClosed(paths.baseYear(), paths.targetYear()).boxed()
        .toList();
    return LineChart.builder(CHART_ID, "Alliance defence spending on the path to "
            + target(paths) + " and at " + paths.baseYear() + " shares")
        .years(years)
        .valueAxis("All allies", "US$ bn, current")
        .series(total("On the path to " + target(paths), paths, years,
            PathYear::spendingUsdMillion))
        .series(total("At " + paths.baseYear() + " shares", paths, years,
            y -> y.spendingUsdMillion() - y.extraUsdMillion()))
        .caption(Wording.source(provenance(paths), paths.roster().source(), Quantity.SHARE_OF_GDP,
            Quantity.GDP_USD_CURRENT) + " Projection: " + paths.growth().describe() + ".")
        .build();
  }

  private static Series total(String name, PathReport paths, List<Integer> years,
      ToDoubleFunction<PathYear> value) {
    return new Series(name, years.stream().map(year -> Wording.rounded(paths.allies().stream()
        .mapToDouble(ally -> value.applyAsDouble(ally.years().get(year - paths.baseYear())))
        .sum() / 1000.0, 1)).toList());
  }

  private static TableBlock table(BurdenFigures figures) {
    PathReport paths = figures.paths();
    String span = (paths.baseYear() + 1) + "–" + paths.targetYear();
    Table table = Table.of(Columns.ALLY, Columns.shareOfGdp("Share " + paths.baseYear()),
            Column.number("required_growth_pct_a_year", "% a year, current US$", 1, "the annual"
                + " growth of spending that reaches " + target(paths) + " of GDP by "
                + paths.targetYear()).withHeading("Required growth of spending"),
            Columns.billions("extra_spending_usd_bn", "Extra spending " + span, "the spending"
                + " over " + span + " above what the " + paths.baseYear() + " share gives"),
            Columns.ESTIMATE)
        .notes(Wording.source(provenance(paths), paths.roster().source(),
                Quantity.SHARE_OF_GDP, Quantity.GDP_USD_CURRENT),
            Columns.ESTIMATE_NOTE,
            "Paths start from the published " + paths.baseYear() + " spending in current US$."
                + " Extra spending = the sum over the years of (path share − " + paths.baseYear()
                + " share) / 100 × projected GDP, with shares at current prices (spending ÷"
                + " GDP); allies at or above " + target(paths) + " by the published share need"
                + " none, and their spending grows with GDP.");
    for (AllyPath ally : byExtra(paths)) {
      table.row(figures.wording().ally(ally.iso3()), ally.startSharePct(),
          100.0 * ally.requiredSpendingGrowth(), ally.cumulativeExtraUsdMillion() / 1000.0,
          ally.estimate());
    }
    table.row("Total", null, null, paths.totalExtraUsdMillion() / 1000.0, null);
    return TableBlock.of(table, "Each ally's path to " + target(paths) + " by "
        + paths.targetYear() + ", largest extra spending first");
  }

  private static String target(PathReport paths) {
    return Wording.threshold(paths.target().points());
  }

  private static List<String> provenance(PathReport paths) {
    return paths.allies().stream().flatMap(a -> a.provenance().stream()).toList();
  }
}
