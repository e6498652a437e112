package dev.bulwark.guarantees.engine;

import dev.bulwark.guarantees.GuaranteesException;
import dev.bulwark.guarantees.geo.Place;
import dev.bulwark.guarantees.treaty.TargetKind;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An attack to assess: who attacks whom, what it hits, where, when and how gravely.
 *
 * @param attacker the attacking state (ISO3), or empty for a non-state or unnamed attacker
 * @param target the state attacked (ISO3)
 * @param kind what is hit: territory, forces, a public vessel, an aircraft, networks
 * @param place where (for territory, a place the target holds as sovereign or administrator)
 * @param date the day of the attack; memberships are read on this day
 * @param intensity armed attack by default; below threshold, intercepted or nuclear
 */
public record Attack(Optional<String> attacker, String target, TargetKind kind, Place place,
    LocalDate date, Intensity intensity) {

  public Attack {
    GuaranteesException.require(attacker != null, "attacker must be a state or empty, was null");
    GuaranteesException.require(target != null && target.matches("[A-Z]{3}"),
        "target must be an ISO 3166 alpha-3 code, was '" + target + "'");
    GuaranteesException.require(kind != null && place != null && date != null && intensity != null,
        "an attack on " + target + " needs a target kind, a place, a date and an intensity");
    GuaranteesException.require(!attacker.equals(Optional.of(target)),
        "attacker and target must differ, both were " + target);
    GuaranteesException.require(kind != TargetKind.TERRITORY || !place.isSea(),
        "an attack on territory needs a land place, was the sea area " + place.label()
            + "; use --kind vessel or aircraft");
    GuaranteesException.require(kind != TargetKind.TERRITORY || place.heldBy(target),
        "an attack on " + target + "'s territory needs a place " + target + " holds, but "
            + place.label() + " is held by " + place.administrator()
            + "; use --kind forces for forces abroad");
  }

  /** Returns an armed attack by a state. */
  public static Attack of(String attacker, String target, TargetKind kind, Place place,
      LocalDate date) {
    return new Attack(Optional.of(attacker), target, kind, place, date, Intensity.ARMED_ATTACK);
  }

  /** Returns a copy with another intensity. */
  public Attack withIntensity(Intensity intensity) {
    return new Attack(attacker, target, kind, place, date, intensity);
  }

  /** Returns a copy by a non-state or unnamed attacker. */
  public Attack byUnnamedAttacker() {
    return new Attack(Optional.empty(), target, kind, place, date, intensity);
  }
}
