package dev.bulwark.posture.campaign;

import dev.bulwark.posture.PostureException;
import org.apache.commons.statistics.descriptive.Quantile;

/**
 * The distribution of the time the attacker needs to reach an objective: quantiles of the
 * hours, {@code +∞} where fewer runs than the quantile's level reached it within the horizon.
 * Quantiles are order statistics: the q-quantile of n sorted times t₍₁₎ ≤ ... ≤ t₍ₙ₎ is
 * t₍⌈q n⌉₎ (the inverse of the empirical distribution: Hyndman and Fan's type 1, Commons
 * Statistics' {@code HF1}, numpy's {@code inverted_cdf}).
 *
 * @param objective the axis id, or {@code "first"} for whichever objective falls first
 * @param description what is reached ("the outskirts of the capital")
 * @param p10 the 10% quantile, hours
 * @param p25 the 25% quantile, hours
 * @param median the median, hours
 * @param p75 the 75% quantile, hours
 * @param p90 the 90% quantile, hours
 * @param reachedShare the share of runs in which the objective was reached within the horizon
 */
public record ObjectiveTimes(String objective, String description, double p10, double p25,
    double median, double p75, double p90, double reachedShare) {

  private static final Quantile QUANTILES =
      Quantile.withDefaults().with(Quantile.EstimationMethod.HF1);

  public ObjectiveTimes {
    PostureException.require(p10 <= p25 && p25 <= median && median <= p75 && p75 <= p90,
        "quantiles of '" + objective + "' must not decrease, were " + p10 + ", " + p25 + ", "
            + median + ", " + p75 + ", " + p90);
    PostureException.require(reachedShare >= 0 && reachedShare <= 1,
        "reached share of '" + objective + "' must be in [0, 1], was " + reachedShare);
  }

  /** Summarises the times counted by the hour. */
  static ObjectiveTimes of(String objective, String description, HourCounts counts) {
    double[] q = QUANTILES.evaluate(Math.toIntExact(counts.total()), counts::sorted,
        0.10, 0.25, 0.50, 0.75, 0.90);
    return new ObjectiveTimes(objective, description, q[0], q[1], q[2], q[3], q[4],
        (double) counts.reached() / counts.total());
  }
}
