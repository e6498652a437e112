package dev.bulwark.burden.path;

import dev.bulwark.burden.BurdenException;

/**
 * One year of an ally's path.
 *
 * @param year the year
 * @param sharePct the share of GDP on the path in the published basis (NATO: of real GDP),
 *     percent
 * @param shareCurrentPct the share of GDP at current prices on the path, percent
 * @param gdpUsdMillion projected GDP, million current US$
 * @param spendingUsdMillion {@code shareCurrentPct / 100 × gdpUsdMillion}; the published
 *     spending in the base year
 * @param extraUsdMillion spending above staying at the base-year share:
 *     {@code (shareCurrentPct − startShareCurrent) / 100 × gdpUsdMillion}
 */
public record PathYear(int year, double sharePct, double shareCurrentPct, double gdpUsdMillion, double spendingUsdMillion,
    double extraUsdMillion) {

  public PathYear {
    BurdenException.require(Double.isFinite(sharePct) && Double.isFinite(shareCurrentPct)
        && Double.isFinite(gdpUsdMillion)
        && Double.isFinite(spendingUsdMillion) && Double.isFinite(extraUsdMillion),
        "path figures for " + year + " must be finite, were share " + sharePct + ", GDP "
            + gdpUsdMillion + ", spending " + spendingUsdMillion + ", extra " + extraUsdMillion);
  }
}
