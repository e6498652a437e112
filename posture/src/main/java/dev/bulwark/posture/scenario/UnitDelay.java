package dev.bulwark.posture.scenario;

import dev.bulwark.posture.PostureException;

/**
 * A unit of a theatre's order of battle that arrives later (or, with negative days, earlier).
 *
 * @param unit the id of a unit of the posture
 * @param days days added to its arrival day, at most {@value UnitEntry#MAX_DAYS} either way
 */
public record UnitDelay(String unit, Double days) {

  public UnitDelay {
    PostureException.require(unit != null && !unit.isBlank(), "unit to delay must be named");
    PostureException.require(days != null && Double.isFinite(days)
            && Math.abs(days) <= UnitEntry.MAX_DAYS, "days of the delay of unit '" + unit
        + "' must be a number from -" + UnitEntry.MAX_DAYS + " to " + UnitEntry.MAX_DAYS
        + ", was " + days);
  }
}
