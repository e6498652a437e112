package dev.bulwark.burden.path;

import dev.bulwark.burden.BurdenException;

/**
 * One year of an ally's path.
 *
 * @param year the year
 * @param sharePct the share of GDP on the path, percent
 * @param gdpUsdMillion projected GDP, million current US$
 * @param spendingUsdMillion {@code sharePct / 100 × gdpUsdMillion}
 * @param extraUsdMillion spending above staying at the base-year share:
 *     {@code (sharePct − startShare) / 100 × gdpUsdMillion}
 */
public record PathYear(int year, double sharePct, double gdpUsdMillion, double spendingUsdMillion,
    double extraUsdMillion) {

  public PathYear {
    BurdenException.require(Double.isFinite(sharePct) && Double.isFinite(gdpUsdMillion)
        && Double.isFinite(spendingUsdMillion) && Double.isFinite(extraUsdMillion),
        "path figures for " + year + " must be finite, were share " + sharePct + ", GDP "
            + gdpUsdMillion + ", spending " + spendingUsdMillion + ", extra " + extraUsdMillion);
  }
}
