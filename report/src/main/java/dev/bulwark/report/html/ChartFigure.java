package dev.bulwark.report.html;

import dev.bulwark.report.brief.BarChart;
import dev.bulwark.report.brief.Chart;
import dev.bulwark.report.brief.IntervalChart;
import dev.bulwark.report.brief.LineChart;

/**
 * Writes a chart as an HTML figure: its title, the drawing surface (a div whose id is the chart id
 * and whose {@code data-chart} names the kind), the option JSON in a
 * {@code <script type="application/json" data-option-for="id">} element, the caption, and the
 * data table in a {@code <details>} element as the text fallback.
 */
final class ChartFigure {

  private final HtmlSafeJson json = new HtmlSafeJson();

  /** Appends {@code chart} as a figure. */
  void append(StringBuilder html, Chart chart) {
    String id = Html.escape(chart.id());
    String title = Html.escape(chart.title());
    html.append("<figure class=\"chart\">\n<figcaption>").append(title).append("</figcaption>\n")
        .append("<div id=\"").append(id).append("\" class=\"chart-canvas\" data-chart=\"")
        .append(kind(chart)).append("\" role=\"img\" aria-label=\"").append(title)
        .append("\"></div>\n")
        .append("<script type=\"application/json\" data-option-for=\"").append(id).append("\">")
        .append(json.write(ChartOptions.of(chart))).append("</script>\n");
    if (!chart.caption().isEmpty()) {
      html.append("<p class=\"chart-caption\">").append(Html.escape(chart.caption()))
          .append("</p>\n");
    }
    html.append("<details class=\"chart-data\">\n<summary>Data behind this chart</summary>\n");
    TableHtml.append(html, ChartTables.of(chart), "");
    html.append("</details>\n</figure>\n");
  }

  /**
   * Returns the value of the {@code data-chart} attribute: "bar", "line", "interval" or
   * "scatter".
   */
  private static String kind(Chart chart) {
    if (chart instanceof BarChart) {
      return "bar";
    }
    if (chart instanceof IntervalChart) {
      return "interval";
    }
    return chart instanceof LineChart ? "line" : "scatter";
  }
}
