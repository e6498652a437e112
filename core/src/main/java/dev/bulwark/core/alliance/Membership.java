package dev.bulwark.core.alliance;

import dev.bulwark.core.BadInputException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One state's membership of an alliance, from the day it became a party (for NATO, the day it
 * deposited its instrument of accession in Washington) to the day it left, if it has.
 *
 * @param iso3 the member
 * @param from first day of membership, inclusive
 * @param until last day of membership, inclusive; {@code null} while still a member
 */
public record Membership(String iso3, LocalDate from, LocalDate until) {

  public Membership {
    BadInputException.require(iso3 != null && !iso3.isBlank(), "member iso3 must be given");
    BadInputException.require(from != null, "membership start must be given for " + iso3);
    BadInputException.require(until == null || !until.isBefore(from),
        "membership of " + iso3 + " ends (" + until + ") before it starts (" + from + ")");
  }

  /** Returns whether the state was a member on that day. */
  public boolean coversDay(LocalDate day) {
    return !day.isBefore(from) && (until == null || !day.isAfter(until));
  }

  /** Returns whether the state was a member on any day of that calendar year. */
  public boolean coversYear(int year) {
    return from.getYear() <= year && (until == null || until.getYear() >= year);
  }

  /** Returns the last day of membership, if it has ended. */
  public Optional<LocalDate> end() {
    return Optional.ofNullable(until);
  }
}
