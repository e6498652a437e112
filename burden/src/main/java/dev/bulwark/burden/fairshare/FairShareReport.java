package dev.bulwark.burden.fairshare;

import dev.bulwark.burden.BurdenException;
import dev.bulwark.burden.figures.Roster;
import java.util.List;

/**
 * The fair-share table of an alliance for a year.
 *
 * @param roster who is counted and who is left out
 * @param totalSpendingUsdMillion defence spending summed over the counted allies, million current US$
 * @param totalGdpUsdMillion GDP summed over the counted allies, million current US$
 * @param allies one row per counted ally, highest ratio first, then by code
 */
public record FairShareReport(Roster roster, double totalSpendingUsdMillion,
    double totalGdpUsdMillion, List<AllyFairShare> allies) {

  public FairShareReport {
    allies = List.copyOf(allies);
  }

  /** Returns the row of an ally. */
  public AllyFairShare ally(String iso3) {
    return allies.stream().filter(a -> a.iso3().equals(iso3)).findFirst()
        .orElseThrow(() -> BurdenException.badInput("no row for '" + iso3 + "' in the "
            + roster.year() + " fair shares; counted: " + roster.counted()));
  }
}
