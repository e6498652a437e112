package dev.bulwark.report.brief;

import dev.bulwark.report.ReportException;
import java.util.ArrayList;
import java.util.List;

/**
 * Labelled points on two value axes, optionally with a logarithmic horizontal axis. It shows the
 * Olson–Zeckhauser exploitation test: economic size (GDP, log scale) against the defence burden
 * (% of GDP); if the large carry the small, the points rise to the right.
 *
 * <pre>{@code
 * ScatterChart size = ScatterChart.builder("size-and-burden", "Economic size and defence burden")
 *     .xAxis("GDP", "USD billion").logX()
 *     .yAxis("Defence expenditure", "% of GDP")
 *     .point("USA", 28720.0, 3.38)
 *     .build();
 * }</pre>
 *
 * @param id the chart id, unique within the brief
 * @param title the title
 * @param caption the line under the chart, or empty
 * @param xAxis the horizontal axis
 * @param yAxis the vertical axis
 * @param logX whether the horizontal axis is logarithmic (then every x must be positive)
 * @param points the points, at least one
 */
public record ScatterChart(String id, String title, String caption, Axis xAxis, Axis yAxis,
    boolean logX, List<Point> points) implements Chart {

  public ScatterChart {
    Checks.id(id, "chart id");
    Checks.text(title, "title of chart '" + id + "'");
    caption = Checks.optional(caption);
    Checks.given(xAxis, "x axis of chart '" + id + "'");
    Checks.given(yAxis, "y axis of chart '" + id + "'");
    points = Checks.list(points, "points of chart '" + id + "'");
    ReportException.require(!points.isEmpty(), "chart '" + id + "' needs at least one point");
    for (Point point : points) {
      ReportException.require(!logX || point.x() > 0, "point '" + point.label() + "' of chart '"
          + id + "' has x = " + point.x() + ", but a logarithmic axis needs x > 0");
    }
  }

  /** Returns a builder for a scatter chart with this id and title. */
  public static Builder builder(String id, String title) {
    return new Builder(id, title);
  }

  /** Collects a scatter chart's parts; {@link #build()} validates them. */
  public static final class Builder {

    private final String id;
    private final String title;
    private String caption = "";
    private Axis xAxis;
    private Axis yAxis;
    private boolean logX;
    private final List<Point> points = new ArrayList<>();

    private Builder(String id, String title) {
      this.id = id;
      this.title = title;
    }

    /** Sets the line printed under the chart, such as its source and edition. */
    public Builder caption(String caption) {
      this.caption = caption;
      return this;
    }

    /** Sets what the horizontal axis measures and its unit. */
    public Builder xAxis(String name, String unit) {
      this.xAxis = Axis.of(name, unit);
      return this;
    }

    /** Sets what the vertical axis measures and its unit. */
    public Builder yAxis(String name, String unit) {
      this.yAxis = Axis.of(name, unit);
      return this;
    }

    /** Makes the horizontal axis logarithmic. */
    public Builder logX() {
      this.logX = true;
      return this;
    }

    /** Adds a point labelled {@code label} at ({@code x}, {@code y}). */
    public Builder point(String label, double x, double y) {
      points.add(new Point(label, x, y));
      return this;
    }

    /** Returns the chart. */
    public ScatterChart build() {
      return new ScatterChart(id, title, caption, xAxis, yAxis, logX, points);
    }
  }
}
