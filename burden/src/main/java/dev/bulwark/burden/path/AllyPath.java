package dev.bulwark.burden.path;

import java.util.List;

/**
 * One ally's path from the base year to the target year.
 *
 * @param iso3 the ally
 * @param startSharePct the published share of GDP in the base year, percent
 * @param startShareCurrentPct spending ÷ GDP × 100 in the base year, both at current prices
 * @param gdpGrowthRate the assumed nominal GDP growth, fraction a year
 * @param requiredSpendingGrowth compound annual growth of spending in current US$ the path needs,
 *     {@code (S_T / S_0)^(1 / (T − t0)) − 1}, a fraction
 * @param cumulativeExtraUsdMillion the sum over the years after the base year of
 *     {@link PathYear#extraUsdMillion()}, million current US$
 * @param years the path, one entry per year from the base year to the target year
 * @param provenance the provenance of the base-year share and GDP
 * @param estimate whether either is flagged as an estimate
 */
public record AllyPath(String iso3, double startSharePct, double startShareCurrentPct,
    double gdpGrowthRate,
    double requiredSpendingGrowth, double cumulativeExtraUsdMillion, List<PathYear> years,
    List<String> provenance, boolean estimate) {

  public AllyPath {
    years = List.copyOf(years);
    provenance = List.copyOf(provenance);
  }
}
