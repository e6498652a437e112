package dev.bulwark.posture.scenario;

import dev.bulwark.posture.PostureException;

/**
 * A unit added to a theatre's order of battle, as the scenario file states it; the campaign
 * model turns it into its own unit (the field names are those of its unit record).
 *
 * @param id a short id, lower-case letters, digits and hyphens ({@code us-abct-2})
 * @param name the unit's name
 * @param nation ISO alpha-3 code of the nation providing it, or {@code NATO}
 * @param kind the kind of unit, lower case ({@code heavy_armoured}, {@code medium},
 *     {@code light}, {@code battlegroup}); the campaign model checks it against its kinds
 * @param strength fraction of full establishment, in (0, 1]; 1 when omitted
 * @param axis the theatre axis it defends, or {@code null} for the theatre's default
 * @param arrivalDay the day it joins, counted from the attack, 0 to {@value #MAX_DAYS}; 0
 *     (present) when omitted
 * @param source where the figure comes from, or the reasoning of the assumption
 */
public record UnitEntry(String id, String name, String nation, String kind, Double strength,
    String axis, Double arrivalDay, String source) {

  /** The latest arrival day: the campaign model's longest horizon, a year. */
  public static final int MAX_DAYS = 365;

  public UnitEntry {
    PostureException.require(id != null && id.matches("[a-z0-9-]+"),
        "id must be lower-case letters, digits and hyphens, was '" + id + "'");
    PostureException.require(name != null && !name.isBlank(), "name of unit '" + id
        + "' must be given");
    PostureException.require(nation != null && nation.matches("[A-Z]{3,4}"),
        "nation of unit '" + id + "' must be an ISO alpha-3 code or NATO, was '" + nation + "'");
    PostureException.require(kind != null && kind.matches("[a-z_]+"),
        "kind of unit '" + id + "' must be a lower-case kind such as heavy_armoured, was '"
            + kind + "'");
    strength = strength == null ? 1.0 : strength;
    PostureException.require(strength > 0 && strength <= 1,
        "strength of unit '" + id + "' must be in (0, 1], was " + strength);
    arrivalDay = arrivalDay == null ? 0.0 : arrivalDay;
    PostureException.require(Double.isFinite(arrivalDay) && arrivalDay >= 0
            && arrivalDay <= MAX_DAYS,
        "arrival_day of unit '" + id + "' must be 0 to " + MAX_DAYS + " days, was "
            + arrivalDay);
    source = source == null ? "scenario file" : source;
  }
}
