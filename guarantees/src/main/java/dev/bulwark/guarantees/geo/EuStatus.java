package dev.bulwark.guarantees.geo;

/** How a place stands with the EU treaties. */
public enum EuStatus {
  /** Territory of a member state where EU law applies, outermost regions included. */
  MEMBER,
  /** Territory of a member state outside the EU treaties (overseas countries and territories, the Faroes). */
  OUTSIDE_EU_LAW,
  /** Not a member state's territory. */
  NONE
}
