package dev.bulwark.posture.campaign;

/** Whether an input of the campaign model is a published figure or Bulwark's own assumption. */
public enum Basis {
  /** Stated in the cited publication (RAND RR-1253, a NATO or national announcement). */
  PUBLISHED,
  /** Bulwark's assumption, documented with its reasoning in {@code docs/campaign-model.md}. */
  ASSUMPTION
}
