package dev.bulwark.guarantees.treaty;

import dev.bulwark.guarantees.GuaranteesException;
import dev.bulwark.guarantees.Ids;

/** What an attack hits: a state's territory, its forces, a public vessel, an aircraft, or its networks. */
public enum TargetKind {
  /** The state's territory (land, territorial sea and airspace). */
  TERRITORY,
  /** Its armed forces on land. */
  FORCES,
  /** A warship or other public vessel (coast guards included). */
  VESSEL,
  /** A military or other state aircraft. */
  AIRCRAFT,
  /** Its networks and infrastructure, by cyber operations. */
  CYBER;

  /** Returns the lower-case id ({@code forces}). */
  public String id() {
    return Ids.of(this);
  }

  /**
   * Finds a kind by its id.
   *
   * @throws GuaranteesException naming the known kinds when none matches
   */
  public static TargetKind of(String id) {
    return Ids.parse(TargetKind.class, id, "target kind");
  }
}
