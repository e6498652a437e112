package dev.bulwark.core.aid;

import java.util.Locale;

/** The three types of aid the Ukraine Support Tracker distinguishes. */
public enum AidType {
  /** Weapons, equipment, training and funds for military purposes. */
  MILITARY,
  /** Grants, loans and guarantees to the Ukrainian state. */
  FINANCIAL,
  /** Food, medicine, shelter and other relief. */
  HUMANITARIAN;

  /** Returns the lower-case word used in files and columns ({@code military}). */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
