package dev.bulwark.burden.path;

import dev.bulwark.burden.BurdenException;
import dev.bulwark.burden.figures.Roster;
import dev.bulwark.core.unit.Percent;
import java.util.List;

/**
 * Every counted ally's path to a target share by a target year.
 *
 * @param roster who is counted in the base year ({@link Roster#year()}) and who is left out
 * @param target the target share of GDP
 * @param targetYear the year the target is reached
 * @param growth the GDP growth assumption
 * @param allies one path per counted ally, by code
 * @param totalExtraUsdMillion the sum of the allies' cumulative extra spending, million current US$
 * @param assumptions the interpolation and growth assumptions in words
 */
public record PathReport(Roster roster, Percent target, int targetYear, GdpGrowth growth,
    List<AllyPath> allies, double totalExtraUsdMillion, List<String> assumptions) {

  public PathReport {
    allies = List.copyOf(allies);
    assumptions = List.copyOf(assumptions);
  }

  /** Returns the base year, the latest year with data unless the caller chose one. */
  public int baseYear() {
    return roster.year();
  }

  /** Returns the path of an ally. */
  public AllyPath ally(String iso3) {
    return allies.stream().filter(a -> a.iso3().equals(iso3)).findFirst()
        .orElseThrow(() -> BurdenException.badInput("no path for '" + iso3 + "'; counted: "
            + roster.counted()));
  }
}
