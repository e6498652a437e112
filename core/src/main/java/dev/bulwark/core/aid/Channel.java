package dev.bulwark.core.aid;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How military aid reached Ukraine: from the donor's existing stocks, procured new from industry,
 * unspecified, or bought from US stocks and industry under NATO's Prioritized Ukraine Requirements
 * List (PURL), which European allies and Canada fund.
 */
public enum Channel {
  /** Delivered from the donor's existing stocks. */
  STOCKS,
  /** Procured new from industry. */
  PROCURED,
  /** Not specified by the source. */
  UNSPECIFIED,
  /** Purchased under NATO's Prioritized Ukraine Requirements List (PURL). */
  NATO_PURL;

  /** Returns the lower-case word used in files and columns ({@code nato_purl}). */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Finds a channel by its word. */
  public static Optional<Channel> ofWord(String word) {
    return Arrays.stream(values()).filter(c -> c.word().equals(word)).findFirst();
  }
}
