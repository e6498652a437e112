package dev.bulwark.report.brief;

/**
 * A chart's value axis: what it measures and in which unit. The chart labels the axis
 * "name (unit)" and its data table uses the same words in its column headings.
 *
 * @param name what is measured ("Defence expenditure")
 * @param unit its unit ("% of GDP")
 */
public record Axis(String name, String unit) {

  public Axis {
    Checks.text(name, "axis name");
    Checks.text(unit, "axis unit");
  }

  /** Returns an axis measuring {@code name} in {@code unit}. */
  public static Axis of(String name, String unit) {
    return new Axis(name, unit);
  }

  /** Returns the label drawn beside the axis: {@code "name (unit)"}. */
  public String label() {
    return name + " (" + unit + ")";
  }
}
