package dev.bulwark.report.brief;

import dev.bulwark.report.ReportException;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Lines over years, one per named series (an ally, a target path), with optional horizontal
 * target lines.
 *
 * <pre>{@code
 * LineChart path = LineChart.builder("path-to-2035", "Path to the Hague target")
 *     .years(2025, 2035)
 *     .valueAxis("Core defence expenditure", "% of GDP")
 *     .series("Germany", 2.4, 2.5, 2.6, 2.7, 2.8, 2.9, 3.0, 3.1, 3.2, 3.3, 3.5)
 *     .target(3.5, "3.5% core (The Hague 2025)")
 *     .build();
 * }</pre>
 *
 * @param id the chart id, unique within the brief
 * @param title the title
 * @param caption the line under the chart, or empty
 * @param valueAxis what the lines measure and in which unit
 * @param years the years on the horizontal axis, strictly increasing
 * @param series the series, each with one value per year
 * @param targets the target lines
 */
public record LineChart(String id, String title, String caption, Axis valueAxis,
    List<Integer> years, List<Series> series, List<TargetLine> targets) implements Chart {

  public LineChart {
    Checks.id(id, "chart id");
    Checks.text(title, "title of chart '" + id + "'");
    caption = Checks.optional(caption);
    Checks.given(valueAxis, "value axis of chart '" + id + "'");
    years = Checks.list(years, "years of chart '" + id + "'");
    ReportException.require(!years.isEmpty(), "years of chart '" + id + "' must not be empty");
    for (int i = 1; i < years.size(); i++) {
      ReportException.require(years.get(i) > years.get(i - 1), "years of chart '" + id
          + "' must increase, but " + years.get(i) + " follows " + years.get(i - 1));
    }
    series = Checks.list(series, "series of chart '" + id + "'");
    Checks.matching(series, years.size(), id, "year");
    targets = Checks.list(targets, "target lines of chart '" + id + "'");
  }

  /** Returns a builder for a line chart with this id and title. */
  public static Builder builder(String id, String title) {
    return new Builder(id, title);
  }

  /** Collects a line chart's parts; {@link #build()} validates them. */
  public static final class Builder extends SeriesChartBuilder<Builder> {

    private List<Integer> years = List.of();

    private Builder(String id, String title) {
      super(id, title);
    }

    @Override
    Builder self() {
      return this;
    }

    /** Sets the years, every year from {@code first} to {@code last} inclusive. */
    public Builder years(int first, int last) {
      return years(IntStream.rangeClosed(first, last).boxed().toList());
    }

    /** Sets the years, strictly increasing. */
    public Builder years(List<Integer> years) {
      this.years = years;
      return this;
    }

    /** Returns the chart. */
    public LineChart build() {
      return new LineChart(id, title, caption, valueAxis, years, series, targets);
    }
  }
}
