package dev.bulwark.report.html;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bulwark.report.brief.Axis;
import dev.bulwark.report.brief.BarChart;
import dev.bulwark.report.brief.Chart;
import dev.bulwark.report.brief.IntervalChart;
import dev.bulwark.report.brief.LineChart;
import dev.bulwark.report.brief.Point;
import dev.bulwark.report.brief.ScatterChart;
import dev.bulwark.report.brief.Series;
import dev.bulwark.report.brief.TargetLine;
import java.util.List;

/**
 * Builds the ECharts option of a chart as a Jackson tree. Charts are drawn without animation
 * (a brief is a document, and it prints as soon as it opens), on the canvas renderer, in the
 * page's typeface. The title is not drawn: the page prints it above the chart as text.
 *
 * <p>Target lines are ECharts mark lines on the first series, labelled in a margin to the right of
 * the plot so the labels never cover data. ECharts does not widen the value axis for mark lines,
 * so when a target lies above every value the axis maximum is set to the target plus 8%, rounded
 * up to a whole multiple of its power of ten (a 5% target gives an axis to 6%).
 *
 * <p>Category labels are turned 45 degrees only when they would not fit side by side: when the
 * count times the longest label, at about 7 pixels a character plus 8 pixels of space, exceeds
 * 800 pixels (the plot width of a brief on a laptop screen).
 */
final class ChartOptions {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> PALETTE = List.of(
      "#1d4e89", "#e07b39", "#3a8d5c", "#8e5ea2", "#c7a02c", "#4a9fc1", "#b5495b", "#6b7785");
  private static final String TARGET_COLOUR = "#b42318";
  private static final String FONT =
      "'Source Sans 3', 'Segoe UI', system-ui, -apple-system, 'Helvetica Neue', Arial, sans-serif";
  private static final int PLOT_WIDTH = 800;
  private static final int CHARACTER_WIDTH = 7;
  private static final int LABEL_SPACING = 8;
  private static final int TARGET_LABEL_WIDTH = 118;
  /** The width left of an interval chart's plot for its category labels, pixels. */
  private static final int INTERVAL_LABELS = 190;
  /** The share of a category's band an interval chart's bars fill together. */
  private static final double BAND_FILLED = 0.7;

  private ChartOptions() {}

  /** Returns the ECharts option that draws {@code chart}. */
  static ObjectNode of(Chart chart) {
    if (chart instanceof BarChart bar) {
      return bar(bar);
    }
    if (chart instanceof LineChart line) {
      return line(line);
    }
    if (chart instanceof IntervalChart interval) {
      return interval(interval);
    }
    return scatter((ScatterChart) chart);
  }

  /**
   * Horizontal bars with whiskers, as ECharts custom series that brief.js draws with its
   * renderer named {@code interval}: each data item is [category index, value, low, high, the
   * bar's offset from the band's centre and its height, both as shares of the band]. The n bars
   * of a category fill 70% of its band, side by side in series order, top first.
   */
  private static ObjectNode interval(IntervalChart chart) {
    int count = chart.series().size();
    ObjectNode option = base("item", count, false);
    option.withObjectProperty("grid").put("left", INTERVAL_LABELS);
    ObjectNode yAxis = option.putObject("yAxis").put("type", "category").put("inverse", true);
    strings(yAxis.putArray("data"), chart.categories());
    yAxis.putObject("axisLabel").put("interval", 0);
    ObjectNode xAxis = option.putObject("xAxis").put("type", "value");
    nameAxis(xAxis, chart.valueAxis().label());
    xAxis.put("nameGap", 28);
    gridLines(xAxis);
    ArrayNode nodes = option.putArray("series");
    double height = BAND_FILLED / count;
    for (int k = 0; k < count; k++) {
      IntervalChart.Estimates one = chart.series().get(k);
      ObjectNode node = nodes.addObject().put("type", "custom").put("name", one.name())
          .put("renderItem", "interval");
      ObjectNode encode = node.putObject("encode").put("y", 0);
      encode.putArray("x").add(1).add(2).add(3);
      ArrayNode data = node.putArray("data");
      double offset = -BAND_FILLED / 2 + height * (k + 0.5);
      for (int i = 0; i < one.values().size(); i++) {
        data.addArray().add(i).add(one.values().get(i)).add(one.lows().get(i))
            .add(one.highs().get(i)).add(offset).add(height);
      }
    }
    return option;
  }

  private static ObjectNode bar(BarChart chart) {
    ObjectNode option = base("axis", chart.series().size(), !chart.targets().isEmpty());
    ObjectNode xAxis = option.putObject("xAxis").put("type", "category");
    nameAxis(xAxis, chart.categoryAxis());
    strings(xAxis.putArray("data"), chart.categories());
    xAxis.putObject("axisTick").put("alignWithLabel", true);
    int longest = chart.categories().stream().mapToInt(String::length).max().orElse(0);
    boolean crowded =
        chart.categories().size() * (longest * CHARACTER_WIDTH + LABEL_SPACING) > PLOT_WIDTH;
    xAxis.putObject("axisLabel").put("interval", 0).put("rotate", crowded ? 45 : 0);
    option.set("yAxis", valueAxis(chart.valueAxis(), chart.series(), chart.targets()));
    seriesOf(option, "bar", chart.series(), chart.targets());
    return option;
  }

  private static ObjectNode line(LineChart chart) {
    ObjectNode option = base("axis", chart.series().size(), !chart.targets().isEmpty());
    ObjectNode xAxis = option.putObject("xAxis").put("type", "category").put("boundaryGap", false);
    ArrayNode years = xAxis.putArray("data");
    chart.years().forEach(year -> years.add(String.valueOf(year)));
    option.set("yAxis", valueAxis(chart.valueAxis(), chart.series(), chart.targets()));
    ArrayNode series = seriesOf(option, "line", chart.series(), chart.targets());
    series.forEach(one -> ((ObjectNode) one).put("symbolSize", 6).put("connectNulls", false));
    return option;
  }

  private static ObjectNode scatter(ScatterChart chart) {
    ObjectNode option = base("item", 1, false);
    ObjectNode xAxis = option.putObject("xAxis").put("type", chart.logX() ? "log" : "value");
    nameAxis(xAxis, chart.xAxis().label());
    xAxis.put("scale", true);
    ObjectNode yAxis = option.putObject("yAxis").put("type", "value");
    nameAxis(yAxis, chart.yAxis().label());
    gridLines(yAxis);
    ObjectNode series = option.putArray("series").addObject()
        .put("type", "scatter").put("name", chart.title()).put("symbolSize", 9);
    ArrayNode data = series.putArray("data");
    for (Point point : chart.points()) {
      ObjectNode item = data.addObject().put("name", point.label());
      item.putArray("value").add(point.x()).add(point.y());
    }
    series.putObject("label").put("show", true).put("position", "right")
        .put("formatter", "{b}").put("fontSize", 11).put("color", "#3e4c59");
    series.putObject("labelLayout").put("moveOverlap", "shiftY").put("hideOverlap", true);
    option.withObjectProperty("tooltip").put("formatter", "{b}: {c}");
    return option;
  }

  private static ObjectNode base(String tooltipTrigger, int seriesCount, boolean targets) {
    ObjectNode option = NODES.objectNode().put("animation", false);
    strings(option.putArray("color"), PALETTE);
    option.putObject("textStyle").put("fontFamily", FONT).put("fontSize", 13);
    option.putObject("tooltip").put("trigger", tooltipTrigger);
    boolean legend = seriesCount > 1;
    option.putObject("grid").put("left", 64).put("right", targets ? TARGET_LABEL_WIDTH + 22 : 40)
        .put("top", legend ? 56 : 32).put("bottom", 56);
    if (legend) {
      option.putObject("legend").put("top", 4).put("type", "scroll");
    }
    return option;
  }

  private static ObjectNode valueAxis(Axis axis, List<Series> series, List<TargetLine> targets) {
    ObjectNode node = NODES.objectNode().put("type", "value");
    nameAxis(node, axis.label());
    gridLines(node);
    double highestTarget = targets.stream().mapToDouble(TargetLine::value).max().orElse(0);
    double highestValue = series.stream().flatMap(one -> one.values().stream())
        .filter(value -> value != null).mapToDouble(Double::doubleValue).max().orElse(0);
    if (highestTarget > 0 && highestTarget >= highestValue) {
      node.put("max", roundUp(highestTarget * 1.08));
    }
    return node;
  }

  /** Rounds a positive {@code value} up to a whole multiple of its power of ten. */
  private static double roundUp(double value) {
    double step = Math.pow(10, Math.floor(Math.log10(value)));
    return Math.ceil(value / step) * step;
  }

  private static ArrayNode seriesOf(ObjectNode option, String type, List<Series> series,
      List<TargetLine> targets) {
    ArrayNode nodes = option.putArray("series");
    for (Series one : series) {
      ObjectNode node = nodes.addObject().put("type", type).put("name", one.name());
      ArrayNode data = node.putArray("data");
      one.values().forEach(value -> {
        if (value == null) {
          data.addNull();
        } else {
          data.add(value);
        }
      });
    }
    if (!targets.isEmpty()) {
      ((ObjectNode) nodes.get(0)).set("markLine", markLines(targets));
    }
    return nodes;
  }

  private static ObjectNode markLines(List<TargetLine> targets) {
    ObjectNode markLine = NODES.objectNode().put("silent", true);
    markLine.putArray("symbol").add("none").add("none");
    markLine.putObject("lineStyle").put("type", "dashed").put("width", 1.5)
        .put("color", TARGET_COLOUR);
    markLine.putObject("label").put("position", "end").put("formatter", "{b}")
        .put("color", TARGET_COLOUR).put("fontWeight", "bold").put("fontSize", 11)
        .put("width", TARGET_LABEL_WIDTH).put("overflow", "break").put("lineHeight", 14);
    ArrayNode data = markLine.putArray("data");
    targets.forEach(target -> data.addObject().put("name", target.label())
        .put("yAxis", target.value()));
    return markLine;
  }

  private static void nameAxis(ObjectNode axis, String name) {
    axis.put("name", name).put("nameLocation", "middle").put("nameGap", 12)
        .put("nameMoveOverlap", true);
    axis.putObject("nameTextStyle").put("color", "#3e4c59").put("fontWeight", "bold");
  }

  private static void gridLines(ObjectNode axis) {
    axis.putObject("splitLine").putObject("lineStyle").put("color", "#e4e7eb");
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}
