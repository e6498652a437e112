package dev.bulwark.report.brief;

import dev.bulwark.report.ReportException;
import java.util.ArrayList;
import java.util.List;

/**
 * Horizontal bars for categories (a model's inputs), one bar per series in each category, each
 * with the interval around its value drawn as a whisker: estimates with their confidence
 * intervals, such as Sobol' indices with their bootstrap intervals. Categories run top to bottom.
 *
 * <pre>{@code
 * IntervalChart sobol = IntervalChart.builder("sobol", "Which parameters drive the hours")
 *     .categoryAxis("Parameter").categories(List.of("kappa_A", "v_R"))
 *     .valueAxis("Sobol' index", "share of variance")
 *     .series(new IntervalChart.Estimates("first order", List.of(0.34, 0.24),
 *         List.of(0.33, 0.22), List.of(0.35, 0.26)))
 *     .build();
 * }</pre>
 *
 * @param id the chart id, unique within the brief
 * @param title the title
 * @param caption the line under the chart, or empty
 * @param categoryAxis what the categories are ("Parameter")
 * @param valueAxis what the bars measure and in which unit
 * @param categories the categories, top to bottom
 * @param series the series, each with one estimate and interval per category
 */
public record IntervalChart(String id, String title, String caption, String categoryAxis,
    Axis valueAxis, List<String> categories, List<IntervalChart.Estimates> series)
    implements Chart {

  public IntervalChart {
    Checks.id(id, "chart id");
    Checks.text(title, "title of chart '" + id + "'");
    caption = Checks.optional(caption);
    Checks.text(categoryAxis, "category axis of chart '" + id + "'");
    Checks.given(valueAxis, "value axis of chart '" + id + "'");
    categories = Checks.lines(categories, "categories of chart '" + id + "'");
    series = Checks.list(series, "series of chart '" + id + "'");
    ReportException.require(!series.isEmpty(), "chart '" + id + "' needs at least one series");
    for (Estimates one : series) {
      ReportException.require(one.values().size() == categories.size(), "series '" + one.name()
          + "' of chart '" + id + "' has " + one.values().size() + " values, expected one per "
          + "category (" + categories.size() + ")");
    }
  }

  /**
   * A named run of estimates, one per category, each with its interval {@code low ≤ value ≤
   * high}; none missing.
   *
   * @param name the legend entry ("first order")
   * @param values the estimates
   * @param lows the intervals' lower ends
   * @param highs the intervals' upper ends
   */
  public record Estimates(String name, List<Double> values, List<Double> lows,
      List<Double> highs) {

    public Estimates {
      Checks.text(name, "series name");
      values = Checks.list(values, "series '" + name + "' values");
      lows = Checks.list(lows, "series '" + name + "' lows");
      highs = Checks.list(highs, "series '" + name + "' highs");
      ReportException.require(lows.size() == values.size() && highs.size() == values.size(),
          "series '" + name + "' needs one low and one high per value, had " + values.size()
              + " values, " + lows.size() + " lows and " + highs.size() + " highs");
      for (int i = 0; i < values.size(); i++) {
        double value = values.get(i);
        ReportException.require(Double.isFinite(lows.get(i)) && Double.isFinite(highs.get(i))
            && lows.get(i) <= value && value <= highs.get(i), "series '" + name + "' value "
                + i + " must lie within its finite interval, was " + value + " in ["
                + lows.get(i) + ", " + highs.get(i) + "]");
      }
    }
  }

  /** Returns a builder for an interval chart with this id and title. */
  public static Builder builder(String id, String title) {
    return new Builder(id, title);
  }

  /** Collects an interval chart's parts; {@link #build()} validates them. */
  public static final class Builder {

    private final String id;
    private final String title;
    private String caption = "";
    private String categoryAxis;
    private Axis valueAxis;
    private List<String> categories = List.of();
    private final List<Estimates> series = new ArrayList<>();

    private Builder(String id, String title) {
      this.id = id;
      this.title = title;
    }

    /** Sets the line printed under the chart, such as its source and edition. */
    public Builder caption(String text) {
      this.caption = text;
      return this;
    }

    /** Sets what the categories are ("Parameter"). */
    public Builder categoryAxis(String name) {
      this.categoryAxis = name;
      return this;
    }

    /** Sets the categories, top to bottom. */
    public Builder categories(List<String> names) {
      this.categories = names;
      return this;
    }

    /** Sets what the value axis measures and its unit. */
    public Builder valueAxis(String name, String unit) {
      this.valueAxis = Axis.of(name, unit);
      return this;
    }

    /** Adds a series of estimates with their intervals. */
    public Builder series(Estimates one) {
      series.add(one);
      return this;
    }

    /** Returns the chart. */
    public IntervalChart build() {
      return new IntervalChart(id, title, caption, categoryAxis, valueAxis, categories, series);
    }
  }
}
