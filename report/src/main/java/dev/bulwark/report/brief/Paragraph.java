package dev.bulwark.report.brief;

/**
 * A paragraph of plain text; the renderer escapes it, so markup in it is shown, never run.
 *
 * @param text the paragraph
 */
public record Paragraph(String text) implements Block {

  public Paragraph {
    Checks.text(text, "paragraph text");
  }

  /** Returns a paragraph of {@code text}. */
  public static Paragraph of(String text) {
    return new Paragraph(text);
  }
}
