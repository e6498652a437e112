package dev.bulwark.report.html;

import dev.bulwark.answers.table.Column;
import dev.bulwark.answers.table.Table;
import dev.bulwark.report.brief.Axis;
import dev.bulwark.report.brief.BarChart;
import dev.bulwark.report.brief.Chart;
import dev.bulwark.report.brief.ColumnNames;
import dev.bulwark.report.brief.IntervalChart;
import dev.bulwark.report.brief.LineChart;
import dev.bulwark.report.brief.Point;
import dev.bulwark.report.brief.ScatterChart;
import dev.bulwark.report.brief.Series;
import dev.bulwark.report.brief.TargetLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The data behind a chart as an answer table, printed beside the drawing so every figure stays
 * readable without a script. Each column of values shows the fewest decimals that write all of
 * them in full, at most {@value #MAX_DECIMALS}; a missing value is a missing cell.
 */
final class ChartTables {

  /** The most decimals a column of chart values shows. */
  static final int MAX_DECIMALS = 3;

  private ChartTables() {}

  /** Returns the table of {@code chart}'s data. */
  static Table of(Chart chart) {
    if (chart instanceof BarChart bar) {
      return bySeries(Column.text(ColumnNames.of(bar.categoryAxis()), "the category of each bar")
          .withHeading(bar.categoryAxis()), bar.categories(), bar.valueAxis(), bar.series(),
          bar.targets());
    }
    if (chart instanceof LineChart line) {
      return bySeries(Column.count("year", "", "the year").withHeading("Year"), line.years(),
          line.valueAxis(), line.series(), line.targets());
    }
    if (chart instanceof IntervalChart interval) {
      return intervals(interval);
    }
    return points((ScatterChart) chart);
  }

  /**
   * One row per category and series, so that the table stays narrow: the category, the
   * series, the estimate and its interval's low and high.
   */
  private static Table intervals(IntervalChart chart) {
    List<Column> columns = new ArrayList<>(List.of(Column.text(ColumnNames.of(
        chart.categoryAxis()), "the category of each bar").withHeading(chart.categoryAxis()),
        Column.text("series", "the series of the bar").withHeading("Series")));
    List<Double> all = chart.series().stream().flatMap(one -> Stream.of(one.values(),
        one.lows(), one.highs())).flatMap(List::stream).toList();
    columns.add(values(columns, chart.valueAxis(), chart.valueAxis().name(), all));
    columns.add(values(columns, chart.valueAxis(), "low", all));
    columns.add(values(columns, chart.valueAxis(), "high", all));
    Table table = Table.of(columns);
    for (int row = 0; row < chart.categories().size(); row++) {
      for (IntervalChart.Estimates one : chart.series()) {
        table.row(chart.categories().get(row), one.name(), one.values().get(row),
            one.lows().get(row), one.highs().get(row));
      }
    }
    return table;
  }

  private static Table bySeries(Column first, List<?> labels, Axis axis, List<Series> series,
      List<TargetLine> targets) {
    List<Column> columns = new ArrayList<>(List.of(first));
    series.forEach(one -> columns.add(values(columns, axis, one.name(), one.values())));
    Table table = Table.of(columns);
    for (int row = 0; row < labels.size(); row++) {
      List<Object> cells = new ArrayList<>(List.of(labels.get(row)));
      for (Series one : series) {
        cells.add(one.values().get(row));
      }
      table.row(cells.toArray());
    }
    for (TargetLine target : targets) {
      table.notes("Target line " + target.label() + ": "
          + BigDecimal.valueOf(target.value()).stripTrailingZeros().toPlainString() + " "
          + axis.unit() + ".");
    }
    return table;
  }

  private static Table points(ScatterChart chart) {
    List<Column> columns = new ArrayList<>(List.of(
        Column.text("point", "the label of each point").withHeading("Point")));
    columns.add(values(columns, chart.xAxis(), chart.xAxis().name(),
        chart.points().stream().map(Point::x).toList()));
    columns.add(values(columns, chart.yAxis(), chart.yAxis().name(),
        chart.points().stream().map(Point::y).toList()));
    Table table = Table.of(columns);
    chart.points().forEach(point -> table.row(point.label(), point.x(), point.y()));
    return table;
  }

  /** Returns the column of one series on {@code axis}, named apart from those {@code taken}. */
  private static Column values(List<Column> taken, Axis axis, String heading,
      List<Double> values) {
    String name = ColumnNames.of(axis.name(), heading.equals(axis.name()) ? "" : heading,
        axis.unit());
    String unique = taken.stream().anyMatch(c -> c.name().equals(name))
        ? name + "_" + (taken.size() + 1) : name;
    return Column.number(unique, axis.unit(), decimals(values), axis.label()
        + (heading.equals(axis.name()) ? "" : ", " + heading)).withHeading(heading);
  }

  private static int decimals(List<Double> values) {
    return values.stream().filter(v -> v != null)
        .mapToInt(v -> BigDecimal.valueOf(v).stripTrailingZeros().scale())
        .map(scale -> Math.min(Math.max(scale, 0), MAX_DECIMALS)).max().orElse(0);
  }
}
