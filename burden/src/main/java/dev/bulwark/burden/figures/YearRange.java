package dev.bulwark.burden.figures;

import dev.bulwark.burden.BurdenException;
import java.util.stream.IntStream;

/**
 * An inclusive range of calendar years.
 *
 * @param first the first year
 * @param last the last year, not before {@code first}
 */
public record YearRange(int first, int last) {

  public YearRange {
    BurdenException.require(first <= last,
        "year range must not run backwards, was " + first + " to " + last);
  }

  /** Returns the years in order. */
  public IntStream years() {
    return IntStream.rangeClosed(first, last);
  }

  /** Returns the number of years from the first to the last ({@code last - first}). */
  public int span() {
    return last - first;
  }

  @Override
  public String toString() {
    return first + "–" + last;
  }
}
