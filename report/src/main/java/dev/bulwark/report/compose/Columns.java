package dev.bulwark.report.compose;

import dev.bulwark.answers.table.Column;
import java.util.OptionalDouble;

/**
 * The columns several sections' tables share, so that they read and are named alike: the ally,
 * its share of GDP, sums in US$ billions and the estimate flag that ends a row.
 */
final class Columns {

  /** The ally's name and ISO3 code, "Poland (POL)". */
  static final Column ALLY = Column.text("ally", "the ally's name and ISO3 code")
      .withHeading("Ally");
  /**
   * Whether the source flags the row's figures as estimates, headed "e" as NATO marks them; see
   * {@link #ESTIMATE_NOTE}.
   */
  static final Column ESTIMATE = Column.text("estimate",
      "whether the source flags the row's figures as estimates").withHeading("e");
  /** The note under a table that ends with {@link #ESTIMATE}. */
  static final String ESTIMATE_NOTE = "e = estimate: yes where the source flags the row's figures"
      + " as estimates (NATO's 2023e and 2024e columns, SIPRI's estimates).";

  private Columns() {}

  /** Returns the published share of GDP, two decimals as NATO prints it, under {@code heading}. */
  static Column shareOfGdp(String heading) {
    return Column.number("share_gdp_pct", "% of GDP", 2, "defence expenditure as a share of GDP,"
        + " as the source publishes it").withHeading(heading);
  }

  /** Returns a sum in billions of current US$ to one decimal. */
  static Column billions(String name, String heading, String description) {
    return Column.number(name, "US$ bn, current", 1, description).withHeading(heading);
  }

  /** Returns the value as a cell: the number, or null (missing) when it is absent. */
  static Double cell(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }
}
