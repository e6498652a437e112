package dev.bulwark.posture.campaign;

import dev.bulwark.posture.PostureException;

/**
 * One line of the attacker's advance: from the border to an objective, with the attacking force
 * committed to it.
 *
 * @param id a short id, lower-case letters, digits and hyphens
 * @param objective what the attacker must reach ("the outskirts of the capital")
 * @param distanceKm the road distance from the border to the objective, km
 * @param attackerHbe the attacking force on this axis at the start, heavy brigade equivalents
 * @param basis whether the figures are published or assumed
 * @param source where the figures come from, or the reasoning of the assumption
 */
public record Axis(String id, String objective, double distanceKm, double attackerHbe,
    Basis basis, String source) {

  public Axis {
    Checks.id(id, "axis id");
    Checks.text(objective, "objective of axis '" + id + "'");
    PostureException.require(distanceKm > 0 && distanceKm < 5000,
        "distance of axis '" + id + "' must be in (0, 5000) km, was " + distanceKm);
    PostureException.require(attackerHbe > 0 && attackerHbe < 1000,
        "attacking force on axis '" + id + "' must be in (0, 1000) HBE, was " + attackerHbe);
    PostureException.require(basis != null, "basis of axis '" + id + "' must be given");
    source = Checks.source(source);
  }
}
