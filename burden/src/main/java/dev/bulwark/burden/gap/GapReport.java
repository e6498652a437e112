package dev.bulwark.burden.gap;

import dev.bulwark.burden.BurdenException;
import dev.bulwark.burden.figures.Roster;
import dev.bulwark.core.unit.Percent;
import java.util.List;

/**
 * The gap of every counted ally to a target share, and the totals over the alliance.
 *
 * @param roster who is counted and who is left out
 * @param target the target share of GDP
 * @param allies one row per counted ally, largest gap in US$ first, then by code
 * @param alliesBelow how many counted allies are below the target
 * @param totalGapUsdMillion the sum of the allies' gaps, million current US$
 * @param totalSurplusUsdMillion the sum of the allies' surpluses, million current US$
 */
public record GapReport(Roster roster, Percent target, List<AllyGap> allies, int alliesBelow,
    double totalGapUsdMillion, double totalSurplusUsdMillion) {

  public GapReport {
    allies = List.copyOf(allies);
  }

  /** Returns the row of an ally. */
  public AllyGap ally(String iso3) {
    return allies.stream().filter(a -> a.iso3().equals(iso3)).findFirst()
        .orElseThrow(() -> BurdenException.badInput("no row for '" + iso3 + "' in the "
            + roster.year() + " gaps; counted: " + roster.counted()));
  }
}
