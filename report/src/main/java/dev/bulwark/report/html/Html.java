package dev.bulwark.report.html;

/** Escaping of plain text for HTML element content and attribute values. */
final class Html {

  private Html() {}

  /**
   * Returns {@code text} with {@code & < > " '} replaced by character references, safe inside an
   * element and inside a quoted attribute.
   */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
