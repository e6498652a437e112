package dev.bulwark.report.brief;

import java.util.Arrays;
import java.util.List;

/**
 * A numbered part of a brief with its own heading and entry in the table of contents.
 *
 * @param id the section's id, unique within the brief; it becomes the link target
 * @param heading the heading
 * @param blocks the body, in order
 */
public record Section(String id, String heading, List<Block> blocks) {

  public Section {
    Checks.id(id, "section id");
    Checks.text(heading, "heading of section '" + id + "'");
    blocks = Checks.list(blocks, "blocks of section '" + id + "'");
  }

  /** Returns a section of these blocks. */
  public static Section of(String id, String heading, Block... blocks) {
    return new Section(id, heading, Arrays.asList(blocks));
  }
}
