package dev.bulwark.answers.table;

/**
 * One column of an answer: its machine name (the header in every format and the key in JSON),
 * its unit, the digits shown in the aligned text table, and what it holds.
 *
 * @param name the machine name with its unit ({@code share_gdp_pct}), lower snake case
 * @param unit the unit ({@code "% of GDP"}, {@code "million current US$"}), empty for text,
 *     codes and counts without a unit
 * @param decimals digits after the point in the aligned table, or -1 to show the value as it is
 *     (text, codes, whole numbers); CSV and JSON always keep full precision
 * @param description one sentence saying what the column holds
 * @param heading a short heading for reading (the brief's "Spending"), or empty to show the name
 */
public record Column(String name, String unit, int decimals, String description,
    String heading) {

  public Column {
    if (name == null || !name.matches("[a-z][a-z0-9_]*")) {
      throw new IllegalArgumentException("a column name is lower snake case, was '" + name + "'");
    }
    if (unit == null || description == null || description.isBlank() || decimals < -1
        || heading == null) {
      throw new IllegalArgumentException("column " + name + " needs a unit (or \"\"), a "
          + "description, decimals of -1 or more and a heading (or \"\")");
    }
  }

  /** Returns this column with a short heading for reading. */
  public Column withHeading(String text) {
    return new Column(name, unit, decimals, description, text);
  }

  /** Returns the heading, or the name when the column has none. */
  public String label() {
    return heading.isEmpty() ? name : heading;
  }

  /** A text, code, flag or date column. */
  public static Column text(String name, String description) {
    return new Column(name, "", -1, description, "");
  }

  /** A whole-number column (a year, a count), shown as it is. */
  public static Column count(String name, String unit, String description) {
    return new Column(name, unit, -1, description, "");
  }

  /** A number column shown with this many decimals in the table format. */
  public static Column number(String name, String unit, int decimals, String description) {
    return new Column(name, unit, decimals, description, "");
  }
}
