package dev.bulwark.report.brief;

import java.util.Arrays;
import java.util.List;

/**
 * Bars for categories (allies, years), one bar per series in each category, with optional
 * horizontal target lines such as NATO's 2%, 3.5% and 5% of GDP.
 *
 * <pre>{@code
 * BarChart shares = BarChart.builder("share-of-gdp", "Defence expenditure, 2024")
 *     .categoryAxis("Ally").categories("POL", "USA", "DEU")
 *     .valueAxis("Defence expenditure", "% of GDP")
 *     .series("2024", 4.12, 3.38, 2.12)
 *     .target(2.0, "2% (Wales 2014)")
 *     .build();
 * }</pre>
 *
 * @param id the chart id, unique within the brief
 * @param title the title
 * @param caption the line under the chart, or empty
 * @param categoryAxis what the categories are ("Ally")
 * @param valueAxis what the bars measure and in which unit
 * @param categories the categories, left to right
 * @param series the series, each with one value per category
 * @param targets the target lines
 */
public record BarChart(String id, String title, String caption, String categoryAxis,
    Axis valueAxis, List<String> categories, List<Series> series, List<TargetLine> targets)
    implements Chart {

  public BarChart {
    Checks.id(id, "chart id");
    Checks.text(title, "title of chart '" + id + "'");
    caption = Checks.optional(caption);
    Checks.text(categoryAxis, "category axis of chart '" + id + "'");
    Checks.given(valueAxis, "value axis of chart '" + id + "'");
    categories = Checks.lines(categories, "categories of chart '" + id + "'");
    series = Checks.list(series, "series of chart '" + id + "'");
    Checks.matching(series, categories.size(), id, "category");
    targets = Checks.list(targets, "target lines of chart '" + id + "'");
  }

  /** Returns a builder for a bar chart with this id and title. */
  public static Builder builder(String id, String title) {
    return new Builder(id, title);
  }

  /** Collects a bar chart's parts; {@link #build()} validates them. */
  public static final class Builder extends SeriesChartBuilder<Builder> {

    private String categoryAxis;
    private List<String> categories = List.of();

    private Builder(String id, String title) {
      super(id, title);
    }

    @Override
    Builder self() {
      return this;
    }

    /** Sets what the categories are ("Ally", "Year"). */
    public Builder categoryAxis(String name) {
      this.categoryAxis = name;
      return this;
    }

    /** Sets the categories, left to right. */
    public Builder categories(String... categories) {
      return categories(Arrays.asList(categories));
    }

    /** Sets the categories, left to right. */
    public Builder categories(List<String> categories) {
      this.categories = categories;
      return this;
    }

    /** Returns the chart. */
    public BarChart build() {
      return new BarChart(id, title, caption, categoryAxis, valueAxis, categories, series, targets);
    }
  }
}
