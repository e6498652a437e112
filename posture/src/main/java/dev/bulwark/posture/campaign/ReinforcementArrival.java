package dev.bulwark.posture.campaign;

import dev.bulwark.posture.PostureException;

/**
 * Whether a reinforcing unit arrives in time: the share of runs in which its arrival hour
 * ⌊24 × day × δ⌋ came before the first objective fell (or within the horizon, if none fell).
 *
 * @param unit the unit's id
 * @param name the unit's name
 * @param scheduledDay its scheduled arrival day, before the delay factor δ
 * @param inTime the share of runs in which it arrived in time
 */
public record ReinforcementArrival(String unit, String name, double scheduledDay, double inTime) {

  public ReinforcementArrival {
    PostureException.require(inTime >= 0 && inTime <= 1,
        "share of runs in which '" + unit + "' arrives in time must be in [0, 1], was " + inTime);
  }
}
