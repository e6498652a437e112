package dev.bulwark.burden.spending;

/** The outcome of checking one ally against one target. */
public enum Verdict {
  /** The figure is at or above the threshold. */
  MET,
  /** The figure is below the threshold. */
  NOT_MET,
  /** The source does not publish the figure (SIPRI has no equipment share). */
  NO_DATA
}
