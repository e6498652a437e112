package dev.bulwark.guarantees.engine;

import dev.bulwark.guarantees.GuaranteesException;
import dev.bulwark.guarantees.Ids;

/**
 * How grave the act is, because every treaty clause requires an armed attack (treaties.md §0,
 * cross-cutting rule 1): coercion below that line has produced consultations, never collective
 * defence.
 */
public enum Intensity {
  /** An armed attack: the trigger of every defence clause. */
  ARMED_ATTACK,
  /** An armed attack in which nuclear weapons are used (the Budapest assurance's trigger). */
  NUCLEAR,
  /** A strike intercepted without damage or casualties: eligible, but invocation is unlikely. */
  INTERCEPTED,
  /** Below the armed-attack threshold: airspace violations, drones without casualties, water cannon, ramming. */
  BELOW_THRESHOLD;

  /** Returns the lower-case id ({@code below_threshold}). */
  public String id() {
    return Ids.of(this);
  }

  /**
   * Finds an intensity by its id.
   *
   * @throws GuaranteesException naming the known ids when none matches
   */
  public static Intensity of(String id) {
    return Ids.parse(Intensity.class, id, "intensity");
  }
}
