package dev.bulwark.burden.fairshare;

import dev.bulwark.burden.BurdenException;
import java.util.List;

/**
 * One ally's share of the alliance's defence spending against its share of the alliance's GDP.
 *
 * @param iso3 the ally
 * @param spendingUsdMillion defence expenditure, million current US$
 * @param gdpUsdMillion GDP, million current US$
 * @param spendingSharePct {@code 100 × spending / Σ spending}
 * @param gdpSharePct {@code 100 × GDP / Σ GDP}
 * @param ratio {@code spendingSharePct / gdpSharePct}; above 1 the ally carries more than its
 *     economic weight
 * @param provenance the provenance of the spending and GDP figures
 * @param estimate whether either is flagged as an estimate
 */
public record AllyFairShare(String iso3, double spendingUsdMillion, double gdpUsdMillion,
    double spendingSharePct, double gdpSharePct, double ratio, List<String> provenance,
    boolean estimate) {

  public AllyFairShare {
    BurdenException.require(spendingUsdMillion >= 0 && gdpUsdMillion > 0,
        "fair share of " + iso3 + " needs spending >= 0 and GDP > 0, were " + spendingUsdMillion
            + " and " + gdpUsdMillion);
    provenance = List.copyOf(provenance);
  }
}
