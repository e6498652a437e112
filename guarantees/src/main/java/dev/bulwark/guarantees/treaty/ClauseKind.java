package dev.bulwark.guarantees.treaty;

/** What sets a clause off and what it asks for. */
public enum ClauseKind {
  /** Triggered by an armed attack; asks for assistance. */
  DEFENCE,
  /** Triggered by a threat; asks for consultation. */
  CONSULTATION,
  /** A promise or a policy; asks for no defence. */
  ASSURANCE,
  /** A framework for optional operations; asks for nothing. */
  FRAMEWORK
}
