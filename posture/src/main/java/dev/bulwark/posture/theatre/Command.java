package dev.bulwark.posture.theatre;

import dev.bulwark.posture.PostureException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The US geographic combatant commands of the Unified Command Plan, today's six and those of
 * earlier plans that no longer exist, and {@link #UNASSIGNED} for places in no command's area.
 */
public enum Command {
  EUCOM("US European Command (European Command 1947-1952)", "1947-03-15", null),
  INDOPACOM("US Indo-Pacific Command (US Pacific Command until 2018)", "1947-01-01", null),
  CENTCOM("US Central Command", "1983-01-01", null),
  AFRICOM("US Africa Command", "2008-10-01", null),
  NORTHCOM("US Northern Command", "2002-10-01", null),
  SOUTHCOM("US Southern Command", "1963-06-06", null),
  /** Disestablished 1 July 1957; its area passed to Pacific Command. */
  FECOM("Far East Command (1947-1957)", "1947-01-01", "1957-07-01"),
  /** Disestablished 1 July 1975. */
  ALCOM("Alaskan Command (1947-1975)", "1947-01-01", "1975-07-01"),
  /** Greenland, Newfoundland and Labrador, 1950-1956. */
  NEC("US Northeast Command (1950-1956)", "1950-10-01", "1956-09-01"),
  /** The Middle East, 1947-1963 (CINCNELM). */
  NELM("US Naval Forces Eastern Atlantic and Mediterranean (1947-1963)", "1947-11-01",
      "1963-12-01"),
  /** Renamed US Southern Command on 6 June 1963. */
  CARIBCOM("Caribbean Command (1947-1963)", "1947-11-01", "1963-06-06"),
  /** The Middle East, Africa south of the Sahara and South Asia (CINCMEAFSA), 1963-1971. */
  STRICOM("US Strike Command, Middle East, Africa and South Asia (1963-1971)", "1963-12-01",
      "1972-01-01"),
  /**
   * The Atlantic with Greenland, Iceland, the Azores and, until 1997, the Caribbean (USACOM from
   * 1993, US Joint Forces Command from 1999; its area passed to EUCOM and NORTHCOM in 2002).
   */
  LANTCOM("US Atlantic Command (1947-2002 as a geographic command)", "1947-12-01", "2002-10-01"),
  UNASSIGNED("in no geographic command's area", "1947-01-01", null);

  /** The geographic commands of today's plan. */
  private final String title;
  private final LocalDate from;
  private final LocalDate until;

  Command(String title, String from, String until) {
    this.title = title;
    this.from = LocalDate.parse(from);
    this.until = until == null ? null : LocalDate.parse(until);
  }

  /**
   * Whether the command existed as a geographic command on the date (Caribbean Command until
   * 6 June 1963, AFRICOM from 1 October 2008; {@link #UNASSIGNED} always).
   */
  public boolean existsOn(LocalDate date) {
    return !date.isBefore(from) && (until == null || date.isBefore(until));
  }

  /** The command's full name. */
  public String title() {
    return title;
  }

  /**
   * Finds a command by its short name, case-insensitively; PACOM is INDOPACOM.
   *
   * @throws PostureException naming the expected values when none matches
   */
  public static Command of(String name) {
    String key = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
    if ("PACOM".equals(key)) {
      return INDOPACOM;
    }
    for (Command command : values()) {
      if (command.name().equals(key)) {
        return command;
      }
    }
    throw PostureException.badInput("theatre must be one of " + Arrays.stream(values())
        .map(Command::name).collect(Collectors.joining(", ")) + ", was '" + name + "'");
  }
}
