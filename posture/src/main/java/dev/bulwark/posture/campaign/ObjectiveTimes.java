package dev.bulwark.posture.campaign;

import dev.bulwark.posture.PostureException;

/**
 * The distribution of the time the attacker needs to reach an objective: quantiles of the
 * hours, {@code +∞} where fewer runs than the quantile's level reached it within the horizon.
 * Quantiles are order statistics: the q-quantile of n sorted times t₍₁₎ ≤ ... ≤ t₍ₙ₎ is
 * t₍⌈q n⌉₎ (the inverse of the empirical distribution, numpy's {@code inverted_cdf}).
 *
 * @param objective the axis id, or {@code "first"} for whichever objective falls first
 * @param description what is reached ("the outskirts of Riga")
 * @param p10 the 10% quantile, hours
 * @param p25 the 25% quantile, hours
 * @param median the median, hours
 * @param p75 the 75% quantile, hours
 * @param p90 the 90% quantile, hours
 * @param reachedShare the share of runs in which the objective was reached within the horizon
 */
public record ObjectiveTimes(String objective, String description, double p10, double p25,
    double median, double p75, double p90, double reachedShare) {

  public ObjectiveTimes {
    PostureException.require(p10 <= p25 && p25 <= median && median <= p75 && p75 <= p90,
        "quantiles of '" + objective + "' must not decrease, were " + p10 + ", " + p25 + ", "
            + median + ", " + p75 + ", " + p90);
    PostureException.require(reachedShare >= 0 && reachedShare <= 1,
        "reached share of '" + objective + "' must be in [0, 1], was " + reachedShare);
  }

  /** Summarises sorted times (hours, {@code +∞} for not reached). */
  static ObjectiveTimes of(String objective, String description, float[] sorted) {
    int reached = 0;
    while (reached < sorted.length && Float.isFinite(sorted[reached])) {
      reached++;
    }
    return new ObjectiveTimes(objective, description, quantile(sorted, 0.10),
        quantile(sorted, 0.25), quantile(sorted, 0.50), quantile(sorted, 0.75),
        quantile(sorted, 0.90), (double) reached / sorted.length);
  }

  private static double quantile(float[] sorted, double level) {
    int rank = (int) Math.ceil(level * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }
}
