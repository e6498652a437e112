package dev.bulwark.burden.gap;

import dev.bulwark.burden.BurdenException;
import java.util.List;

/**
 * One ally's distance to the target share in the report's year.
 *
 * <p>{@code gapPoints = max(0, target − share)} and {@code surplusPoints = max(0, share − target)}
 * from the published share (the verdict); {@code gapUsdMillion = max(0, target / 100 × GDP −
 * spending)} and {@code surplusUsdMillion = max(0, spending − target / 100 × GDP)} from spending
 * and GDP at current prices. At most one of each pair is non-zero; where the published share and
 * the share at current prices fall on either side of the target, the points and the dollars can
 * disagree (the Netherlands 2024e at 2%: no gap in points, a gap in US$).
 *
 * @param iso3 the ally
 * @param shareOfGdpPct published share of GDP, percent (NATO: of real GDP, Table 3)
 * @param shareCurrentPct spending ÷ GDP × 100, both at current prices
 * @param spendingUsdMillion defence expenditure, million current US$
 * @param gdpUsdMillion GDP in million US$, current prices
 * @param gapPoints percentage points below the target, 0 when at or above it
 * @param gapUsdMillion what reaching the target would have added to spending that year, million
 *     current US$
 * @param surplusPoints percentage points above the target, 0 when below it
 * @param surplusUsdMillion spending above the target that year, million current US$
 * @param provenance the provenance strings of the share and the GDP
 * @param estimate whether either is flagged as an estimate
 */
public record AllyGap(String iso3, double shareOfGdpPct, double shareCurrentPct,
    double spendingUsdMillion, double gdpUsdMillion, double gapPoints,
    double gapUsdMillion, double surplusPoints, double surplusUsdMillion, List<String> provenance,
    boolean estimate) {

  public AllyGap {
    BurdenException.require(gapPoints >= 0 && surplusPoints >= 0 && (gapPoints == 0 || surplusPoints == 0),
        "gap and surplus of " + iso3 + " must be non-negative and not both positive, were "
            + gapPoints + " and " + surplusPoints);
    provenance = List.copyOf(provenance);
  }

  /** Returns whether the published share and the share at current prices fall on either side of the target. */
  public boolean sharesDisagree() {
    return (gapPoints == 0.0) != (gapUsdMillion == 0.0);
  }

  /** Returns whether the ally is at or above the target by its published share. */
  public boolean meetsTarget() {
    return gapPoints == 0.0;
  }
}
