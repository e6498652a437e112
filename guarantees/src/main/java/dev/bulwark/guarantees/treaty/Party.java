package dev.bulwark.guarantees.treaty;

import dev.bulwark.guarantees.GuaranteesException;
import java.time.LocalDate;

/**
 * One spell of a state's membership of an instrument.
 *
 * @param iso3 the state, ISO 3166-1 alpha-3
 * @param period the days it is a party (accession or deposit date to the day withdrawal takes effect)
 * @param status active, frozen or disputed
 * @param confidence the treaties.md mark of the dates
 * @param note what a reader should know about this membership, or empty
 * @param source where its dates were confirmed (an official or press page), or empty when the
 *     instrument's own source covers them
 */
public record Party(String iso3, Period period, PartyStatus status, Confidence confidence,
    String note, String source) {

  public Party {
    GuaranteesException.require(iso3 != null && iso3.matches("[A-Z]{3}"),
        "party iso3 must be three upper-case letters, was '" + iso3 + "'");
    GuaranteesException.require(period != null && status != null && confidence != null,
        "party " + iso3 + " must have a period, a status and a confidence");
    note = note == null ? "" : note;
    source = source == null ? "" : source;
  }

  /** Returns whether this spell covers the date. */
  public boolean on(LocalDate date) {
    return period.contains(date);
  }
}
