package dev.bulwark.posture.theatre;

import dev.bulwark.posture.PostureException;
import dev.bulwark.posture.forces.Quarter;
import java.util.List;
import java.util.Objects;

/**
 * Active-duty US personnel of one command in one reported quarter, split by setting so that
 * stationed abroad and assigned to the command are not confused.
 *
 * @param quarter the report's quarter
 * @param command the combatant command
 * @param abroad active duty in foreign host countries and territories of the command
 * @param usTerritories active duty in US territories of the command (Guam, Puerto Rico)
 * @param usStates active duty in US states shown on their own (Hawaii, Alaska; from 2008)
 * @param abroadGuardReserve Guard and Reserve abroad (0 and listed in {@code missing} before
 *     2008, when DMDC began to report them)
 * @param abroadCivilians DoD civilians abroad (0 and listed in {@code missing} before 2008)
 * @param hosts foreign hosts with at least one active-duty member
 * @param missing the parts not reported that quarter, never to be read as zero: {@link
 *     #US_STATES} (Hawaii and Alaska, reported from 2008), {@link #GUARD_RESERVE} and {@link
 *     #CIVILIANS} (from 2008)
 * @param estimated the places whose count in the total is an estimate, not a report (Iraq and
 *     Afghanistan in 2003-2005 from the June estimates)
 */
public record TheatreTotal(Quarter quarter, Command command, long abroad, long usTerritories,
    long usStates, long abroadGuardReserve, long abroadCivilians, int hosts, List<String> missing,
    List<String> estimated) {

  /** The part of a total for Hawaii and Alaska. */
  public static final String US_STATES = "us_states";
  /** The part of a total for Guard and Reserve abroad. */
  public static final String GUARD_RESERVE = "guard_reserve";
  /** The part of a total for civilians abroad. */
  public static final String CIVILIANS = "civilians";

  public TheatreTotal {
    Objects.requireNonNull(quarter, "quarter");
    Objects.requireNonNull(command, "command");
    missing = List.copyOf(missing);
    estimated = List.copyOf(estimated);
    PostureException.require(abroad >= 0 && usTerritories >= 0 && usStates >= 0
            && abroadGuardReserve >= 0 && abroadCivilians >= 0 && hosts >= 0,
        "theatre totals must not be negative for " + command + " " + quarter);
  }

  /**
   * Abroad plus US territories plus US states: the command's personnel in the series (without
   * Hawaii and Alaska when {@link #missing()} lists {@link #US_STATES}).
   */
  public long inTheatre() {
    return abroad + usTerritories + usStates;
  }

  /** Whether a part of the total ({@link #US_STATES}, ...) was not reported that quarter. */
  public boolean isMissing(String part) {
    return missing.contains(part);
  }
}
