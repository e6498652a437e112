package dev.bulwark.report.compose;

import dev.bulwark.burden.figures.Quantity;
import dev.bulwark.burden.path.AllyPath;
import dev.bulwark.burden.path.PathReport;
import dev.bulwark.burden.path.PathYear;
import dev.bulwark.report.brief.Column;
import dev.bulwark.report.brief.LineChart;
import dev.bulwark.report.brief.Paragraph;
import dev.bulwark.report.brief.Section;
import dev.bulwark.report.brief.Series;
import dev.bulwark.report.brief.Table;
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

  private static Table table(BurdenFigures figures) {
    PathReport paths = figures.paths();
    Table table = Table.of(Column.text("Ally"),
            Column.number("Share " + paths.baseYear(), "% of GDP"),
            Column.number("Required growth of spending", "% a year, current US$"),
            Column.number("Extra spending " + (paths.baseYear() + 1) + "–" + paths.targetYear(),
                "US$ bn, current"))
        .withCaption("Each ally's path to " + target(paths) + " by " + paths.targetYear()
            + ", largest extra spending first")
        .withNote(Wording.source(provenance(paths), paths.roster().source(),
            Quantity.SHARE_OF_GDP, Quantity.GDP_USD_CURRENT))
        .withNote(Wording.ESTIMATE_NOTE)
        .withNote("Extra spending = the sum over the years of (path share − " + paths.baseYear()
            + " share) / 100 × projected GDP; allies at or above " + target(paths)
            + " need none, and their spending grows with GDP.");
    for (AllyPath ally : byExtra(paths)) {
      table = table.withRow(figures.wording().ally(ally.iso3()),
          Wording.percent(ally.startSharePct(), ally.estimate()),
          Wording.fixed(100.0 * ally.requiredSpendingGrowth(), 1),
          Wording.billions(ally.cumulativeExtraUsdMillion()));
    }
    return table.withRow("Total", "", "", Wording.billions(paths.totalExtraUsdMillion()));
  }

  private static String target(PathReport paths) {
    return Wording.threshold(paths.target().points());
  }

  private static List<String> provenance(PathReport paths) {
    return paths.allies().stream().flatMap(a -> a.provenance().stream()).toList();
  }
}
