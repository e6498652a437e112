package dev.bulwark.posture.forces;

import dev.bulwark.posture.PostureException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar quarter, the date of a DMDC report: quarter 1 is the March report, 2 June, 3
 * September, 4 December. Written {@code 2024Q4}.
 *
 * @param year calendar year, 1950 to 2100
 * @param quarter 1 to 4
 */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

  private static final Pattern TEXT = Pattern.compile("(\\d{4})\\s*-?\\s*[Qq]([1-4])");

  public Quarter {
    PostureException.require(year >= 1950 && year <= 2100,
        "year must be between 1950 and 2100, was " + year);
    PostureException.require(quarter >= 1 && quarter <= 4,
        "quarter must be 1 to 4, was " + quarter + " in " + year);
  }

  /** Parses {@code 2024Q4} (also {@code 2024-Q4}, {@code 2024q4}). */
  public static Quarter parse(String text) {
    Matcher m = TEXT.matcher(text == null ? "" : text.strip());
    if (!m.matches()) {
      throw PostureException.badInput("quarter must look like 2024Q4, was '" + text + "'");
    }
    return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /** The last day's month of the quarter: 3, 6, 9 or 12 (the month DMDC dates its report). */
  public int reportMonth() {
    return quarter * 3;
  }

  /** The last day of the quarter, the date a DMDC report counts personnel on. */
  public LocalDate endDate() {
    return LocalDate.of(year, reportMonth(), 1).plusMonths(1).minusDays(1);
  }

  /** Returns the quarter as a year fraction for charts: 2024Q4 is 2024.75. */
  public double asYearFraction() {
    return year + (quarter - 1) / 4.0;
  }

  @Override
  public int compareTo(Quarter other) {
    return Integer.compare(year * 4 + quarter, other.year * 4 + other.quarter);
  }

  @Override
  public String toString() {
    return year + "Q" + quarter;
  }
}
