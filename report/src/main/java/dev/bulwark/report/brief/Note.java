package dev.bulwark.report.brief;

/**
 * A remark set apart from the running text: a caveat on a figure, a country's footnote, a
 * definition. Plain text, escaped by the renderer.
 *
 * @param text the note
 */
public record Note(String text) implements Block {

  public Note {
    Checks.text(text, "note text");
  }

  /** Returns a note of {@code text}. */
  public static Note of(String text) {
    return new Note(text);
  }
}
