package dev.bulwark.core.alliance;

import dev.bulwark.core.BadInputException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * An alliance and its dated memberships.
 *
 * <p>"Members in year Y" are the states that were members on at least one day of Y, the rule
 * NATO's tables use when they add a new ally to the aggregates from its accession year (Finland
 * from 2023, Sweden from 2024). "Members on day D" is exact to the day.
 *
 * @param id short id used on the command line ({@code NATO})
 * @param name full name
 * @param memberships one entry per membership spell
 * @param source where the dates come from
 */
public record Alliance(String id, String name, List<Membership> memberships, String source) {

  public Alliance {
    BadInputException.require(id != null && !id.isBlank(), "alliance id must be given");
    memberships = List.copyOf(memberships);
  }

  /** Returns the members on a day, sorted by code. */
  public List<String> membersOn(LocalDate day) {
    return memberships.stream().filter(m -> m.coversDay(day)).map(Membership::iso3)
        .distinct().sorted().toList();
  }

  /** Returns the states that were members on at least one day of the year, sorted by code. */
  public List<String> membersIn(int year) {
    return memberships.stream().filter(m -> m.coversYear(year)).map(Membership::iso3)
        .distinct().sorted().toList();
  }

  /** Returns whether a state was a member on a day. */
  public boolean isMember(String iso3, LocalDate day) {
    return memberships.stream().anyMatch(m -> m.iso3().equals(iso3) && m.coversDay(day));
  }

  /** Returns whether this alliance answers to the given id, ignoring case. */
  public boolean hasId(String query) {
    return id.toLowerCase(Locale.ROOT).equals(query.strip().toLowerCase(Locale.ROOT));
  }
}
