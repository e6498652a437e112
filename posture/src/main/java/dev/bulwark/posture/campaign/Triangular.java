package dev.bulwark.posture.campaign;

import dev.bulwark.posture.PostureException;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.TriangularDistribution;

/**
 * A triangular distribution of an uncertain parameter: its lowest, most likely and highest value.
 * A fixed value is the degenerate case {@code low = mode = high}.
 *
 * <p>Sampled by inversion of the distribution function (Commons Statistics'
 * {@link TriangularDistribution}): for {@code u} uniform on [0, 1) and
 * {@code c = (mode − low) / (high − low)},
 * {@code x = low + sqrt(u ((high − low)(mode − low)))} when {@code u < c}, else
 * {@code x = high − sqrt((1 − u)((high − low)(high − mode)))}.
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
    return low == high ? mode : TriangularDistribution.of(low, mode, high)
        .inverseCumulativeProbability(u);
  }

  /**
   * Returns a sampler drawing from {@code random}. It takes one uniform per value even when the
   * value is fixed, so that fixing one parameter leaves every other parameter's draws unchanged
   * (common random numbers).
   */
  ContinuousDistribution.Sampler sampler(UniformRandomProvider random) {
    if (low == high) {
      return () -> {
        random.nextDouble();
        return mode;
      };
    }
    return TriangularDistribution.of(low, mode, high).createSampler(random);
  }

  @Override
  public String toString() {
    return low == high ? Double.toString(mode) : "triangular(" + low + ", " + mode + ", " + high + ")";
  }
}
