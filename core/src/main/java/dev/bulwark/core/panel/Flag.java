package dev.bulwark.core.panel;

/** How firmly the source stands behind a value. */
public enum Flag {
  /** A reported figure. */
  REPORTED,
  /** The source marks it as an estimate (NATO's "e" years, SIPRI's blue figures). */
  ESTIMATE,
  /** SIPRI marks it as highly uncertain (red figures). */
  HIGHLY_UNCERTAIN;

  /** Returns the lower-case word used in tidy output ({@code ""} for a reported figure). */
  public String word() {
    return this == REPORTED ? "" : name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Returns whether the value is anything but a reported figure. */
  public boolean isEstimate() {
    return this != REPORTED;
  }
}
