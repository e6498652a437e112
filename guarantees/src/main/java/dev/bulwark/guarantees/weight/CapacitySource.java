package dev.bulwark.guarantees.weight;

import dev.bulwark.guarantees.GuaranteesException;

/**
 * Which definition of military expenditure a capacity is read under. NATO's and SIPRI's differ
 * (SIPRI counts paramilitary forces and uses its own GDP), so a total over states that adds
 * figures of both definitions is labelled as mixed.
 */
public enum CapacitySource {
  /**
   * NATO's tables (Table 2; personnel Table 7) for a state from its accession to the North
   * Atlantic Treaty, SIPRI for every other state: totals over allies and partners mix the two.
   */
  NATO("nato"),
  /** SIPRI's military expenditure for every state: one definition in every total. */
  SIPRI("sipri");

  private final String id;

  CapacitySource(String id) {
    this.id = id;
  }

  /** The id used in parameters and tidy output ({@code nato}, {@code sipri}). */
  public String id() {
    return id;
  }

  /** Finds a source by its id. */
  public static CapacitySource of(String id) {
    for (CapacitySource source : values()) {
      if (source.id.equals(id)) {
        return source;
      }
    }
    throw GuaranteesException.badInput("source must be nato or sipri, was '" + id + "'");
  }
}
