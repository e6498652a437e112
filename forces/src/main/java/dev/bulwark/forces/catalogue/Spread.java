package dev.bulwark.forces.catalogue;

import dev.bulwark.forces.ForcesException;

/**
 * An uncertain figure of the catalogue: the triangular distribution of its lowest, most likely
 * and highest value. A fixed figure is the case {@code low = mode = high}.
 *
 * <p>A draw is the inverse of the distribution function at a uniform {@code u} in [0, 1]
 * (Commons Statistics' {@code TriangularDistribution}): {@code x = low + sqrt(u (high − low)
 * (mode − low))} for {@code u < (mode − low) / (high − low)}, else {@code x = high − sqrt((1 − u)
 * (high − low)(high − mode))}.
 *
 * @param low the lowest value
 * @param mode the most likely value
 * @param high the highest value
 */
public record Spread(double low, double mode, double high) {

  public Spread {
    ForcesException.require(Double.isFinite(low) && Double.isFinite(mode) && Double.isFinite(high)
        && low <= mode && mode <= high, "a range needs finite low <= mode <= high, was " + low
        + ", " + mode + ", " + high);
  }

  /** Returns whether the range is uncertain ({@code low < high}), so that a run draws it. */
  public boolean uncertain() {
    return low < high;
  }

  /** Returns this range multiplied by a positive factor (a change of currency or price year). */
  public Spread times(double factor) {
    return new Spread(low * factor, mode * factor, high * factor);
  }

  @Override
  public String toString() {
    return uncertain() ? "triangular(" + low + ", " + mode + ", " + high + ")"
        : Double.toString(mode);
  }
}
