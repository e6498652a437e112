package dev.bulwark.posture.scenario;

import dev.bulwark.posture.PostureException;

/**
 * Launchers of a Taiwan Strait posture that fire first later (or, with negative days, earlier,
 * but never before the invasion sails on day 0).
 *
 * @param launcher the id of a launcher of the posture
 * @param days whole days added to its first day, at most {@value UnitEntry#MAX_DAYS} either
 *     way, not 0
 */
public record LauncherDelay(String launcher, Integer days) {

  public LauncherDelay {
    PostureException.require(launcher != null && !launcher.isBlank(),
        "launcher to delay must be named");
    PostureException.require(days != null && days != 0
            && Math.abs(days) <= UnitEntry.MAX_DAYS, "days of the delay of launcher '" + launcher
        + "' must be a whole number of days from -" + UnitEntry.MAX_DAYS + " to "
        + UnitEntry.MAX_DAYS + ", not 0, was " + days);
  }
}
