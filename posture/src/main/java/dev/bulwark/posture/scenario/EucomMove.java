package dev.bulwark.posture.scenario;

import dev.bulwark.posture.PostureException;

/**
 * An element of the US forces in Europe moved to the Taiwan theatre: one of the division of
 * labour's pool ({@code docs/division-of-labour.md}, "The pool"), whose launchers, ships,
 * aircraft and air support the pool states. The campaign model asks the pool what the element
 * adds to a Taiwan Strait posture and what it takes from a posture in Europe.
 *
 * @param element the id of an element of the pool ({@code rota-destroyers})
 * @param arrivalDay the day it joins the fight in the Pacific, counted from the day the invasion
 *     sails, 0 to {@value UnitEntry#MAX_DAYS}; 0 (moved before the war) when omitted
 */
public record EucomMove(String element, Integer arrivalDay) {

  public EucomMove {
    PostureException.require(element != null && element.matches("[a-z0-9-]+"),
        "element to move must be a pool id of lower-case letters, digits and hyphens, was '"
            + element + "'");
    arrivalDay = arrivalDay == null ? 0 : arrivalDay;
    PostureException.require(arrivalDay >= 0 && arrivalDay <= UnitEntry.MAX_DAYS,
        "arrival_day of element '" + element + "' must be 0 to " + UnitEntry.MAX_DAYS
            + " days, was " + arrivalDay);
  }
}
