package dev.bulwark.forces.catalogue;

import dev.bulwark.forces.ForcesException;
import java.util.Arrays;

/** How far a catalogue figure can be trusted, as its row's {@code confidence} letter says. */
public enum Confidence {
  /** V: the figure as printed in the cited source. */
  VERIFIED("V"),
  /** S: the figure as secondary coverage reports the cited source. */
  SECONDARY("S"),
  /** M: an open-source figure recalled and not re-checked against its source. */
  RECALLED("M"),
  /** E: Bulwark's estimate, composed from the parts the row's basis names. */
  ESTIMATE("E");

  private final String letter;

  Confidence(String letter) {
    this.letter = letter;
  }

  /** Returns the letter of the catalogue file. */
  public String letter() {
    return letter;
  }

  /**
   * Reads a letter.
   *
   * @throws ForcesException naming the letter and the known ones
   */
  public static Confidence of(String letter) {
    return Arrays.stream(values()).filter(c -> c.letter.equals(letter)).findFirst()
        .orElseThrow(() -> ForcesException.badInput("confidence must be one of V, S, M, E, was '"
            + letter + "'"));
  }
}
