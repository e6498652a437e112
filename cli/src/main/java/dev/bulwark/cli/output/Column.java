package dev.bulwark.cli.output;

/**
 * One column of a tidy result.
 *
 * @param name the machine name with its unit ({@code share_gdp_pct}); the header in every format
 * @param decimals digits after the point in the aligned table; CSV and JSON keep full precision
 */
public record Column(String name, int decimals) {

  /** A text, code or whole-number column. */
  public static Column text(String name) {
    return new Column(name, -1);
  }

  /** A number column shown with this many decimals in the table format. */
  public static Column number(String name, int decimals) {
    return new Column(name, decimals);
  }
}
