package dev.bulwark.report.html;

import dev.bulwark.report.brief.Axis;
import dev.bulwark.report.brief.BarChart;
import dev.bulwark.report.brief.Chart;
import dev.bulwark.report.brief.Column;
import dev.bulwark.report.brief.LineChart;
import dev.bulwark.report.brief.Point;
import dev.bulwark.report.brief.ScatterChart;
import dev.bulwark.report.brief.Series;
import dev.bulwark.report.brief.Table;
import dev.bulwark.report.brief.TargetLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The data behind a chart as a table, printed beside the drawing so every figure stays readable
 * without a script. Values are written in full (shortest decimal form); a missing value is "–".
 */
final class ChartTables {

  private static final String MISSING = "–";

  private ChartTables() {}

  /** Returns the table of {@code chart}'s data. */
  static Table of(Chart chart) {
    if (chart instanceof BarChart bar) {
      return bySeries(Column.text(bar.categoryAxis()), bar.categories(), bar.valueAxis(),
          bar.series(), bar.targets());
    }
    if (chart instanceof LineChart line) {
      return bySeries(Column.text("Year"), line.years().stream().map(String::valueOf).toList(),
          line.valueAxis(), line.series(), line.targets());
    }
    return points((ScatterChart) chart);
  }

  private static Table bySeries(Column first, List<String> labels, Axis axis,
      List<Series> series, List<TargetLine> targets) {
    List<Column> columns = new ArrayList<>();
    columns.add(first);
    series.forEach(one -> columns.add(Column.number(one.name(), axis.unit())));
    Table table = Table.of(columns.toArray(Column[]::new));
    for (int row = 0; row < labels.size(); row++) {
      List<String> cells = new ArrayList<>();
      cells.add(labels.get(row));
      for (Series one : series) {
        cells.add(figure(one.values().get(row)));
      }
      table = table.withRow(cells);
    }
    for (TargetLine target : targets) {
      table = table.withNote("Target line " + target.label() + ": " + figure(target.value()) + " "
          + axis.unit() + ".");
    }
    return table;
  }

  private static Table points(ScatterChart chart) {
    Table table = Table.of(Column.text("Point"),
        Column.number(chart.xAxis().name(), chart.xAxis().unit()),
        Column.number(chart.yAxis().name(), chart.yAxis().unit()));
    for (Point point : chart.points()) {
      table = table.withRow(point.label(), figure(point.x()), figure(point.y()));
    }
    return table;
  }

  private static String figure(Double value) {
    return value == null ? MISSING : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
