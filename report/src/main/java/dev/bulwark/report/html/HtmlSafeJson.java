package dev.bulwark.report.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.bulwark.report.ReportException;

/**
 * Serialises a Jackson tree as JSON that can sit inside an HTML {@code <script>} element: the
 * characters {@code < > & '} are written as {@code \u003C}-style escapes, so a string such as
 * {@code "</script>"} can neither end the element nor open a comment, and the JSON still parses
 * to the same values.
 */
final class HtmlSafeJson {

  private final ObjectWriter writer = new ObjectMapper().writer().with(new HtmlEscapes());

  /** Returns the tree as compact, HTML-safe JSON. */
  String write(JsonNode tree) {
    try {
      return writer.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw ReportException.failure("could not write chart option as JSON: " + e.getMessage(), e);
    }
  }

  /** Jackson's standard JSON escapes plus the characters that matter to an HTML parser. */
  private static final class HtmlEscapes extends CharacterEscapes {

    private static final long serialVersionUID = 1L;

    private final int[] asciiEscapes;

    HtmlEscapes() {
      asciiEscapes = standardAsciiEscapesForJSON();
      asciiEscapes['<'] = ESCAPE_STANDARD;
      asciiEscapes['>'] = ESCAPE_STANDARD;
      asciiEscapes['&'] = ESCAPE_STANDARD;
      asciiEscapes['\''] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return asciiEscapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return null;
    }
  }
}
