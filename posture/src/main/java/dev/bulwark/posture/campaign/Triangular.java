package dev.bulwark.posture.campaign;

import dev.bulwark.posture.PostureException;

/**
 * A triangular distribution of an uncertain parameter: its lowest, most likely and highest value.
 * A fixed value is the degenerate case {@code low = mode = high}.
 *
 * <p>Sampled by inversion of the distribution function: for {@code u} uniform on [0, 1),
 * {@code c = (mode − low) / (high − low)}, {@code w_L = (high − low) × (mode − low)} and
 * {@code w_H = (high − low) × (high − mode)},
 * {@code x = low + sqrt(u × w_L)} when {@code u < c}, else {@code x = high − sqrt((1 − u) × w_H)},
 * the products evaluated in that order and {@code c}, {@code w_L} and {@code w_H} once per
 * distribution. A fixed value is {@code mode} whatever {@code u}.
 *
 * @param low the lowest value
 * @param mode the most likely value, {@code low ≤ mode ≤ high}
 * @param high the highest value
 */
public record Triangular(double low, double mode, double high) {

  public Triangular {
    PostureException.require(Double.isFinite(low) && Double.isFinite(mode)
        && Double.isFinite(high) && low <= mode && mode <= high,
        "a triangular distribution needs finite low <= mode <= high, was " + low + ", " + mode
            + ", " + high);
  }

  /** Returns the distribution that always gives {@code value}. */
  public static Triangular fixed(double value) {
    return new Triangular(value, value, value);
  }

  /** Returns the value at the uniform quantile {@code u} in [0, 1]. */
  public double sample(double u) {
    return invert(u, low, split(), lowerArea(), high, upperArea());
  }

  /** {@code c}, the quantile of the mode; 0 for a fixed value, whose draw is then {@code high}. */
  double split() {
    return low == high ? 0 : (mode - low) / (high - low);
  }

  /** {@code w_L = (high − low) × (mode − low)}. */
  double lowerArea() {
    return (high - low) * (mode - low);
  }

  /** {@code w_H = (high − low) × (high − mode)}; 0 for a fixed value. */
  double upperArea() {
    return (high - low) * (high - mode);
  }

  /**
   * The inversion with its constants given: the one expression every draw of the campaign model
   * evaluates, so that one parameter drawn alone and drawn in a block agree to the bit.
   */
  static double invert(double u, double low, double split, double lowerArea, double high,
      double upperArea) {
    return u < split ? low + Math.sqrt(u * lowerArea) : high - Math.sqrt((1 - u) * upperArea);
  }

  @Override
  public String toString() {
    return low == high ? Double.toString(mode) : "triangular(" + low + ", " + mode + ", " + high + ")";
  }
}
