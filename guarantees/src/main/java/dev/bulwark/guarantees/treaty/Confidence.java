package dev.bulwark.guarantees.treaty;

import dev.bulwark.guarantees.GuaranteesException;
import java.util.Arrays;

/** How firmly a fact stands, with the marks of treaties.md: [V], [M] and [D]. */
public enum Confidence {
  /** [V] checked against at least one consulted source. */
  VERIFIED("V"),
  /** [M] a standard reference fact not re-confirmed in the consulted material. */
  FROM_MEMORY("M"),
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
   * @throws GuaranteesException naming the mark when it is not V, M or D
   */
  public static Confidence ofMark(String mark) {
    return Arrays.stream(values()).filter(c -> c.mark.equals(mark)).findFirst()
        .orElseThrow(() -> GuaranteesException.badInput(
            "confidence must be V, M or D, was '" + mark + "'"));
  }
}
