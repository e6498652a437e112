package dev.bulwark.guarantees.treaty;

/** Whether a party's membership works, is frozen, or is itself contested. */
public enum PartyStatus {
  /** A party in the ordinary way. */
  ACTIVE,
  /** Participation frozen without a formal withdrawal (Armenia in the CSTO since 2024). */
  FROZEN,
  /** Membership contested (Venezuela's 2019 return and Cuba in the Rio Treaty). */
  DISPUTED
}
