package dev.bulwark.posture.theatre;

import dev.bulwark.posture.PostureException;

/**
 * How sure Bulwark is of a dated assignment in the command plan, marked as in the treaty data:
 * V verified, M from memory or secondary sources.
 */
public enum Confidence {
  /** V: the date and assignment are in the source named (the plan's history, a DoD release). */
  VERIFIED("V"),
  /** M: from memory or secondary sources; the year or the assignment may be off. */
  FROM_MEMORY("M");

  private final String mark;

  Confidence(String mark) {
    this.mark = mark;
  }

  /** The mark used in the resource file and in tidy output ({@code V}, {@code M}). */
  public String mark() {
    return mark;
  }

  /** Finds a confidence by its mark. */
  public static Confidence ofMark(String mark) {
    for (Confidence confidence : values()) {
      if (confidence.mark.equals(mark)) {
        return confidence;
      }
    }
    throw PostureException.badInput("confidence must be V or M, was '" + mark + "'");
  }
}
