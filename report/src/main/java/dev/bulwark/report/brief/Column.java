package dev.bulwark.report.brief;

import dev.bulwark.report.ReportException;

/**
 * A table column: its heading, the unit of its figures and whether they are numbers (numbers are
 * right-aligned in tabular figures so their digits line up).
 *
 * @param heading what the column holds ("Defence expenditure")
 * @param unit the unit of its figures ("% of GDP", "USD million, 2015 prices"); empty for text
 * @param numeric whether the cells are figures
 */
public record Column(String heading, String unit, boolean numeric) {

  public Column {
    Checks.text(heading, "column heading");
    unit = Checks.optional(unit);
    ReportException.require(!numeric || !unit.isBlank(),
        "column '" + heading + "' holds figures and needs a unit (such as '% of GDP'), was blank");
  }

  /** Returns a column of text such as country names. */
  public static Column text(String heading) {
    return new Column(heading, "", false);
  }

  /** Returns a column of figures in {@code unit}. */
  public static Column number(String heading, String unit) {
    return new Column(heading, unit, true);
  }
}
