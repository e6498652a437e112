package dev.bulwark.posture.campaign;

import java.util.Locale;

/** How a replication of the Taiwan Strait model ends by its last day ({@link StraitModel}). */
public enum StraitOutcome {
  /** The lodgement broke (lost β_A of its peak power) while cut off from its lift. */
  INVASION_DEFEATED,
  /**
   * Neither by the last day: a lodgement that survives on the island without reaching Taipei,
   * mostly one cut off from its lift that Taiwan, its stocks spent, contains but cannot reduce.
   */
  STALEMATE,
  /** The attacker's advance reached Taipei. */
  CAPITAL_TAKEN;

  /** Its id in tables: {@code invasion_defeated}, {@code stalemate}, {@code capital_taken}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
