package dev.bulwark.guarantees.treaty;

import dev.bulwark.guarantees.GuaranteesException;
import java.util.Arrays;

/**
 * How firmly a fact stands, with the marks of treaties.md ([V], [M] and [D]) and Bulwark's own
 * [C] for facts a documented tool computed from a public dataset. Ordered from the firmest.
 */
public enum Confidence {
  /** [V] checked against at least one consulted source. */
  VERIFIED("V"),
  /** [M] a standard reference fact not re-confirmed in the consulted material. */
  FROM_MEMORY("M"),
  /**
   * [C] computed by a documented, re-runnable tool from a public dataset and not checked by hand:
   * the gazetteer's states derived from world-atlas by {@code tools/gazetteer}.
   */
  DERIVED("C"),
  /** [D] disputed or unsettled in law or practice. */
  DISPUTED("D");

  private final String mark;

  Confidence(String mark) {
    this.mark = mark;
  }

  /** Returns the one-letter mark. */
  public String mark() {
    return mark;
  }

  /** Returns the weaker of the two. */
  public Confidence weakest(Confidence other) {
    return ordinal() >= other.ordinal() ? this : other;
  }

  /**
   * Finds the confidence for a mark.
   *
   * @throws GuaranteesException naming the mark when it is not V, M, C or D
   */
  public static Confidence ofMark(String mark) {
    return Arrays.stream(values()).filter(c -> c.mark.equals(mark)).findFirst()
        .orElseThrow(() -> GuaranteesException.badInput(
            "confidence must be V, M, C or D, was '" + mark + "'"));
  }
}
