package dev.bulwark.report.brief;

import java.util.Arrays;
import java.util.List;

/**
 * A named run of values in a bar or line chart, one per category or year; null marks a value the
 * source does not give.
 *
 * @param name the legend entry ("2014", "Germany")
 * @param values the values, null where missing
 */
public record Series(String name, List<Double> values) {

  public Series {
    Checks.text(name, "series name");
    values = Checks.values(values, "series '" + name + "' values");
  }

  /** Returns a series of {@code values}, none missing. */
  public static Series of(String name, double... values) {
    return new Series(name, Arrays.stream(values).boxed().toList());
  }
}
