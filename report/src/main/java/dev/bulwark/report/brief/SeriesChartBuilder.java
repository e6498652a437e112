package dev.bulwark.report.brief;

import java.util.ArrayList;
import java.util.List;

/**
 * What the builders of bar and line charts share: the caption, the value axis, the series and the
 * target lines.
 *
 * @param <B> the concrete builder, returned by every step
 */
abstract class SeriesChartBuilder<B extends SeriesChartBuilder<B>> {

  final String id;
  final String title;
  String caption = "";
  Axis valueAxis;
  final List<Series> series = new ArrayList<>();
  final List<TargetLine> targets = new ArrayList<>();

  SeriesChartBuilder(String id, String title) {
    this.id = id;
    this.title = title;
  }

  abstract B self();

  /** Sets the line printed under the chart, such as its source and edition. */
  public B caption(String caption) {
    this.caption = caption;
    return self();
  }

  /** Sets what the value axis measures and its unit. */
  public B valueAxis(String name, String unit) {
    this.valueAxis = Axis.of(name, unit);
    return self();
  }

  /** Adds a series with one value per category or year, none missing. */
  public B series(String name, double... values) {
    return series(Series.of(name, values));
  }

  /** Adds a series, which may have missing (null) values. */
  public B series(Series one) {
    series.add(one);
    return self();
  }

  /** Adds a horizontal target line at {@code value} labelled {@code label}. */
  public B target(double value, String label) {
    targets.add(TargetLine.at(value, label));
    return self();
  }
}
