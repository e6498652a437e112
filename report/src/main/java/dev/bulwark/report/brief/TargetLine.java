package dev.bulwark.report.brief;

import dev.bulwark.report.ReportException;

/**
 * A horizontal reference line across a chart, such as NATO's 2% of GDP guideline (Wales, 2014)
 * or the 3.5% core and 5% overall targets for 2035 (The Hague, 2025).
 *
 * @param label the text printed at the line ("2% (Wales 2014)")
 * @param value where the line crosses the value axis, in the axis unit
 */
public record TargetLine(String label, double value) {

  public TargetLine {
    Checks.text(label, "target line label");
    ReportException.require(Double.isFinite(value),
        "target line '" + label + "' value must be a finite number, was " + value);
  }

  /** Returns a line labelled {@code label} at {@code value}. */
  public static TargetLine at(double value, String label) {
    return new TargetLine(label, value);
  }
}
