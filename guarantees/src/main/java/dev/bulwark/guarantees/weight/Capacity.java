package dev.bulwark.guarantees.weight;

import dev.bulwark.core.panel.Indicator;
import dev.bulwark.core.panel.Observation;
import dev.bulwark.core.panel.Panel;
import dev.bulwark.guarantees.GuaranteesException;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One state's military capacity in a year: military expenditure in million current US$ and
 * military personnel in thousands.
 *
 * <p>Source: NATO's tables for NATO allies where they have the year (Table 2, defence expenditure
 * in current US$; Table 7, military personnel); otherwise SIPRI's military expenditure in current
 * US$, with no personnel. The latest year at or before the one asked for, looking back at most
 * {@value #LOOK_BACK_YEARS} years. NATO and SIPRI define spending differently, so a total over
 * states mixes the two definitions; each state's provenance says which it is.
 *
 * @param iso3 the state
 * @param year the year of the figures
 * @param milexUsdMillion military expenditure, million US$, current prices
 * @param personnelThousand military personnel, thousands, when NATO publishes it
 * @param provenance "NATO 2024, estimate" or "SIPRI 2025-04"
 */
public record Capacity(String iso3, int year, double milexUsdMillion,
    OptionalDouble personnelThousand, String provenance) {

  /** How many years before the asked-for year a figure may come from. */
  public static final int LOOK_BACK_YEARS = 5;

  public Capacity {
    GuaranteesException.require(Double.isFinite(milexUsdMillion) && milexUsdMillion >= 0,
        "military expenditure of " + iso3 + " must be a finite number >= 0, was " + milexUsdMillion);
  }

  /** Returns the state's capacity in the year or the latest year before it, if any source has it. */
  public static Optional<Capacity> of(Panel panel, String iso3, int year) {
    Optional<Observation> nato = latest(panel, Indicator.NATO_DEFEXP_USD_CURRENT, iso3, year);
    if (nato.isPresent()) {
      Observation n = nato.get();
      return Optional.of(new Capacity(iso3, n.year(), n.value(),
          panel.value(Indicator.NATO_MILITARY_PERSONNEL, iso3, n.year()), n.provenance()));
    }
    return latest(panel, Indicator.SIPRI_MILEX_CURRENT, iso3, year).map(s ->
        new Capacity(iso3, s.year(), s.value(), OptionalDouble.empty(), s.provenance()));
  }

  private static Optional<Observation> latest(Panel panel, Indicator indicator, String iso3,
      int year) {
    for (int y = year; y > year - LOOK_BACK_YEARS; y--) {
      Optional<Observation> found = panel.observation(indicator, iso3, y);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }
}
