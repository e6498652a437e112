package dev.bulwark.core.unit;

import dev.bulwark.core.BadInputException;

/**
 * A share expressed in percent: {@code Percent.of(3.5)} is 3.5%, the same as the fraction 0.035.
 * SIPRI publishes shares as fractions and NATO as percent; this type keeps the two apart.
 *
 * @param points the value in percent (3.5 for 3.5%)
 */
public record Percent(double points) implements Comparable<Percent> {

  public Percent {
    BadInputException.finite(points, "percent");
  }

  /** Returns the share given in percent. */
  public static Percent of(double points) {
    return new Percent(points);
  }

  /** Returns the share given as a fraction (0.035 becomes 3.5%). */
  public static Percent ofFraction(double fraction) {
    return new Percent(fraction * 100.0);
  }

  /** Returns the share as a fraction (3.5% becomes 0.035). */
  public double fraction() {
    return points / 100.0;
  }

  @Override
  public int compareTo(Percent other) {
    return Double.compare(points, other.points);
  }

  @Override
  public String toString() {
    return points + "%";
  }
}
