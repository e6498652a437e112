package dev.bulwark.burden.gap;

import dev.bulwark.burden.BurdenException;
import java.util.List;

/**
 * One ally's distance to the target share in the report's year.
 *
 * <p>{@code gapPoints = max(0, target − share)}, {@code gapUsdMillion = gapPoints / 100 × GDP};
 * {@code surplusPoints = max(0, share − target)}, {@code surplusUsdMillion = surplusPoints / 100
 * × GDP}. At most one of the two is non-zero.
 *
 * @param iso3 the ally
 * @param shareOfGdpPct published share of GDP, percent
 * @param gdpUsdMillion GDP in million US$, current prices
 * @param gapPoints percentage points below the target, 0 when at or above it
 * @param gapUsdMillion the gap priced at this year's GDP, million current US$
 * @param surplusPoints percentage points above the target, 0 when below it
 * @param surplusUsdMillion the surplus priced at this year's GDP, million current US$
 * @param provenance the provenance strings of the share and the GDP
 * @param estimate whether either is flagged as an estimate
 */
public record AllyGap(String iso3, double shareOfGdpPct, double gdpUsdMillion, double gapPoints,
    double gapUsdMillion, double surplusPoints, double surplusUsdMillion, List<String> provenance,
    boolean estimate) {

  public AllyGap {
    BurdenException.require(gapPoints >= 0 && surplusPoints >= 0 && (gapPoints == 0 || surplusPoints == 0),
        "gap and surplus of " + iso3 + " must be non-negative and not both positive, were "
            + gapPoints + " and " + surplusPoints);
    provenance = List.copyOf(provenance);
  }

  /** Returns whether the ally is at or above the target. */
  public boolean meetsTarget() {
    return gapPoints == 0.0;
  }
}
