package dev.bulwark.forces.replacement;

/**
 * The Monte Carlo spread of one year: quantiles over the runs (Commons Statistics' default
 * estimator, HF8) of the cumulative cost, in millions of the scenario's currency, and of the
 * share of the US contribution replaced, a fraction.
 *
 * @param year the year
 * @param cumulativeP5 5th percentile of the cumulative cost
 * @param cumulativeMedian median of the cumulative cost
 * @param cumulativeP95 95th percentile of the cumulative cost
 * @param shareP5 5th percentile of the share replaced
 * @param shareMedian median of the share replaced
 * @param shareP95 95th percentile of the share replaced
 */
public record YearBand(int year, double cumulativeP5, double cumulativeMedian,
    double cumulativeP95, double shareP5, double shareMedian, double shareP95) {}
