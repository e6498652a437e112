package dev.bulwark.posture.theatre;

import dev.bulwark.posture.PostureException;
import dev.bulwark.posture.forces.Quarter;
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
 * @param abroadGuardReserve Guard and Reserve abroad (0 before 2008, when DMDC began them)
 * @param abroadCivilians DoD civilians abroad (0 before 2008)
 * @param hosts foreign hosts with at least one active-duty member
 */
public record TheatreTotal(Quarter quarter, Command command, long abroad, long usTerritories,
    long usStates, long abroadGuardReserve, long abroadCivilians, int hosts) {

  public TheatreTotal {
    Objects.requireNonNull(quarter, "quarter");
    Objects.requireNonNull(command, "command");
    PostureException.require(abroad >= 0 && usTerritories >= 0 && usStates >= 0
            && abroadGuardReserve >= 0 && abroadCivilians >= 0 && hosts >= 0,
        "theatre totals must not be negative for " + command + " " + quarter);
  }

  /** Abroad plus US territories plus US states: the command's personnel in the series. */
  public long inTheatre() {
    return abroad + usTerritories + usStates;
  }
}
