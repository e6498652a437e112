package dev.bulwark.answers.export;

/**
 * One column of an exported file, as the data package's schema declares it.
 *
 * @param name the header, lower snake case with its unit ({@code radius_km})
 * @param type the Frictionless type: string, integer, number, boolean or date
 * @param unit the unit in words, empty for text, codes, dates and counts without one
 * @param description what the column holds, one sentence
 */
public record Field(String name, String type, String unit, String description) {

  public Field {
    if (name == null || !name.matches("[a-z][a-z0-9_]*") || type == null || unit == null
        || description == null || description.isBlank()) {
      throw new IllegalArgumentException("a field needs a lower snake-case name, a type, a unit"
          + " (or \"\") and a description: " + name);
    }
  }

  /** A text or code column. */
  static Field text(String name, String description) {
    return new Field(name, "string", "", description);
  }

  /** A whole-number column. */
  static Field integer(String name, String unit, String description) {
    return new Field(name, "integer", unit, description);
  }

  /** A number column. */
  static Field number(String name, String unit, String description) {
    return new Field(name, "number", unit, description);
  }

  /** A day, ISO 8601 ({@code 2024-06-17}). */
  static Field date(String name, String description) {
    return new Field(name, "date", "", description);
  }

  /** A true-or-false column. */
  static Field bool(String name, String description) {
    return new Field(name, "boolean", "", description);
  }
}
