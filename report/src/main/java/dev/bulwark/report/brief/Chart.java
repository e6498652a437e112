package dev.bulwark.report.brief;

/**
 * A chart in a brief. The renderer draws it with ECharts and prints its data as a table beside it,
 * so the figures stay readable without a script and on paper.
 */
public sealed interface Chart extends Block
    permits BarChart, LineChart, ScatterChart, IntervalChart {

  /** Returns the chart's id, unique within its brief; it becomes the HTML id of the chart. */
  String id();

  /** Returns the title printed above the chart. */
  String title();

  /** Returns the line printed under the chart (its source and edition), or empty. */
  String caption();
}
