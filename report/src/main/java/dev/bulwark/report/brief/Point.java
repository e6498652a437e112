package dev.bulwark.report.brief;

import dev.bulwark.report.ReportException;

/**
 * A labelled point of a scatter chart, such as an ally at (GDP, defence share).
 *
 * @param label the label printed beside the point ("DEU")
 * @param x the horizontal value, in the chart's x-axis unit
 * @param y the vertical value, in the chart's y-axis unit
 */
public record Point(String label, double x, double y) {

  public Point {
    Checks.text(label, "point label");
    ReportException.require(Double.isFinite(x) && Double.isFinite(y),
        "point '" + label + "' must have finite coordinates, was (" + x + ", " + y + ")");
  }
}
