package dev.bulwark.burden.path;

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
}
