package dev.bulwark.posture.campaign;

import dev.bulwark.posture.PostureException;

/**
 * A defending manoeuvre unit in a posture's order of battle.
 *
 * <p>Its combat power is {@code kind.heavyBrigadeEquivalents() × strength}. It joins the fight
 * on its axis at hour {@code ⌊24 × arrivalDay × δ⌋}, where δ is the replication's reinforcement
 * delay; units present at the start have {@code arrivalDay = 0}.
 *
 * @param id a short id, unique within the posture ({@code "us-2cr"})
 * @param name the unit's name
 * @param nation the ISO 3166 alpha-3 code of the nation providing it, or {@code NATO}
 * @param kind the kind of unit
 * @param strength the fraction of full establishment it has, in (0, 1]
 * @param axis the id of the theatre axis it defends
 * @param arrivalDay the day it joins the fight, counted from the attack, 0 if present
 * @param basis whether its presence and timing are published or assumed
 * @param source where the figure comes from, or the reasoning of the assumption
 */
public record Unit(String id, String name, String nation, UnitKind kind, double strength,
    String axis, double arrivalDay, Basis basis, String source) {

  public Unit {
    Checks.id(id, "unit id");
    Checks.text(name, "name of unit '" + id + "'");
    PostureException.require(nation != null && nation.matches("[A-Z]{3,4}"),
        "nation of unit '" + id + "' must be an ISO alpha-3 code or NATO, was '" + nation + "'");
    PostureException.require(kind != null, "kind of unit '" + id
        + "' must be one of heavy_armoured, medium, light, battlegroup, was missing");
    PostureException.require(strength > 0 && strength <= 1, "strength of unit '" + id
        + "' must be a fraction of full establishment in (0, 1], was " + strength);
    Checks.id(axis, "axis of unit '" + id + "'");
    PostureException.require(Double.isFinite(arrivalDay) && arrivalDay >= 0,
        "arrival day of unit '" + id + "' must be 0 (present) or later, was " + arrivalDay);
    PostureException.require(basis != null, "basis of unit '" + id
        + "' must be published or assumption, was missing");
    source = Checks.source(source);
  }

  /** Combat power at its strength, in heavy brigade equivalents. */
  public double combatPower() {
    return kind.heavyBrigadeEquivalents() * strength;
  }

  /** Whether it arrives after the attack starts (a reinforcement). */
  public boolean reinforcement() {
    return arrivalDay > 0;
  }

  /** Returns this unit arriving {@code days} later. */
  public Unit delayedBy(double days) {
    return new Unit(id, name, nation, kind, strength, axis, arrivalDay + days, basis, source);
  }
}
