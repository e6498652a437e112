package dev.bulwark.guarantees.weight;

import dev.bulwark.core.panel.Flag;
import dev.bulwark.core.panel.Indicator;
import dev.bulwark.core.panel.Observation;
import dev.bulwark.core.panel.Panel;
import dev.bulwark.guarantees.GuaranteesException;
import dev.bulwark.guarantees.treaty.Instrument;
import dev.bulwark.guarantees.treaty.Treaties;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Predicate;

/**
 * One state's military capacity in a year: military expenditure in million current US$ and
 * military personnel in thousands.
 *
 * <p>Source ({@link CapacitySource#NATO}, the default): NATO's tables for a NATO ally from its
 * accession date (Table 2, defence expenditure in current US$; Table 7, military personnel), so
 * Sweden on 2023-06-01, a year before it acceded (2024-03-07), is weighed with SIPRI although
 * NATO's 2024 tables list it for every year; otherwise SIPRI's military expenditure in current
 * US$, with no personnel. With {@link CapacitySource#SIPRI} every state's expenditure is SIPRI's
 * (an ally keeps its NATO personnel figure, the only source of one). The latest year at or
 * before the one asked for, looking back at most {@value #LOOK_BACK_YEARS} years. NATO and SIPRI
 * define spending differently: each capacity says which definition it is, and whether its
 * figure is an estimate.
 *
 * @param iso3 the state
 * @param year the year of the figures
 * @param milexUsdMillion military expenditure, million US$, current prices
 * @param personnelThousand military personnel, thousands, when NATO publishes it
 * @param provenance "NATO 2024, estimate" or "SIPRI 2025-04"
 * @param definition whose definition the expenditure follows (NATO's or SIPRI's)
 * @param estimate whether the expenditure is the source's estimate rather than a reported figure
 */
public record Capacity(String iso3, int year, double milexUsdMillion,
    OptionalDouble personnelThousand, String provenance, CapacitySource definition,
    boolean estimate) {

  /** How many years before the asked-for year a figure may come from. */
  public static final int LOOK_BACK_YEARS = 5;

  /** The North Atlantic Treaty's instrument id. */
  private static final String NATO = "nato";

  public Capacity {
    GuaranteesException.require(Double.isFinite(milexUsdMillion) && milexUsdMillion >= 0,
        "military expenditure of " + iso3 + " must be a finite number >= 0, was " + milexUsdMillion);
    GuaranteesException.require(definition != null, "the definition of " + iso3 + " must be given");
  }

  /**
   * Returns the state's capacity in the year or the latest year before it, if any source has it.
   *
   * @param ally whether the state was a NATO ally on the day asked about (its accession date
   *     passed): only then are NATO's tables read for it
   * @param source NATO's tables for allies, or SIPRI's figures for every state
   */
  public static Optional<Capacity> of(Panel panel, String iso3, int year, boolean ally,
      CapacitySource source) {
    Optional<Observation> nato = ally && source == CapacitySource.NATO
        ? latest(panel, Indicator.NATO_DEFEXP_USD_CURRENT, iso3, year) : Optional.empty();
    if (nato.isPresent()) {
      return Optional.of(of(nato.get(), ally, panel, CapacitySource.NATO));
    }
    return latest(panel, Indicator.SIPRI_MILEX_CURRENT, iso3, year)
        .map(s -> of(s, ally, panel, CapacitySource.SIPRI));
  }

  private static Capacity of(Observation o, boolean ally, Panel panel, CapacitySource definition) {
    OptionalDouble personnel = ally
        ? panel.value(Indicator.NATO_MILITARY_PERSONNEL, o.iso3(), o.year()) : OptionalDouble.empty();
    return new Capacity(o.iso3(), o.year(), o.value(), personnel, o.provenance(), definition,
        o.flag() != Flag.REPORTED);
  }

  /** The NATO allies on a date: the parties to the North Atlantic Treaty from their accession. */
  public static Predicate<String> natoAlliesOn(Treaties treaties, LocalDate date) {
    Instrument nato = treaties.byId(NATO);
    return iso3 -> nato.party(iso3, date).isPresent();
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
