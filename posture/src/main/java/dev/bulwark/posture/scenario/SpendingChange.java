package dev.bulwark.posture.scenario;

import dev.bulwark.posture.PostureException;

/**
 * A different spending path for one ally: a target share of GDP reached by a year, and
 * optionally the nominal GDP growth assumed on the way. The burden module projects it (the
 * {@code bulwark path} rule); posture only carries it.
 *
 * @param country any name or code of the ally
 * @param targetSharePct the share of GDP to reach, in percent (0 to 100)
 * @param by the year to reach it
 * @param gdpGrowthPct nominal GDP growth in percent a year, or {@code null} for the default
 */
public record SpendingChange(String country, double targetSharePct, int by, Double gdpGrowthPct) {

  public SpendingChange {
    PostureException.require(country != null && !country.isBlank(),
        "country must name an ally, was " + country);
    PostureException.require(Double.isFinite(targetSharePct) && targetSharePct > 0
            && targetSharePct <= 100,
        "target_share_pct must be a percent above 0 and at most 100, was " + targetSharePct);
    PostureException.require(by >= 2000 && by <= 2100,
        "by must be a year from 2000 to 2100, was " + by);
    PostureException.require(gdpGrowthPct == null
            || (Double.isFinite(gdpGrowthPct) && gdpGrowthPct > -50 && gdpGrowthPct < 50),
        "gdp_growth_pct must be a percent a year between -50 and 50, was " + gdpGrowthPct);
  }
}
