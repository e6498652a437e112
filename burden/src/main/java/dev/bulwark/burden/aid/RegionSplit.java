package dev.bulwark.burden.aid;

import java.util.EnumMap;
import java.util.Map;

/**
 * Aid over a span of months split by region: Europe (European states and EU institutions), the
 * United States and other donors.
 *
 * @param byRegion the aid of each region, every region present
 */
public record RegionSplit(Map<AidRegion, Allocation> byRegion) {

  public RegionSplit {
    EnumMap<AidRegion, Allocation> all = new EnumMap<>(AidRegion.class);
    for (AidRegion r : AidRegion.values()) {
      all.put(r, byRegion.getOrDefault(r, Allocation.NONE));
    }
    byRegion = Map.copyOf(all);
  }

  /** Returns one region's aid. */
  public Allocation of(AidRegion region) {
    return byRegion.get(region);
  }

  /** Returns Europe's aid: European states plus the EU's institutions. */
  public Allocation europe() {
    return of(AidRegion.EUROPEAN_STATE).plus(of(AidRegion.EU_INSTITUTIONS));
  }

  /** Returns every donor's aid. */
  public Allocation all() {
    return europe().plus(of(AidRegion.UNITED_STATES)).plus(of(AidRegion.OTHER));
  }

  /**
   * Returns Europe's share of military aid allocated, % ({@code 100 × Europe's military / all
   * military}); NaN when no military aid was allocated.
   */
  public double europeanMilitarySharePct() {
    double all = all().military();
    return all == 0 ? Double.NaN : 100 * europe().military() / all;
  }
}
