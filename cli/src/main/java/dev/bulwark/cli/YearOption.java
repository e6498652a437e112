package dev.bulwark.cli;

import java.util.function.IntSupplier;
import picocli.CommandLine.Option;

/** The {@code --year} option of the one-year analyses, defaulting to the latest year they answer. */
final class YearOption {

  @Option(names = "--year", paramLabel = "YEAR",
      description = "The year (default: the latest year in which the chosen source has every "
          + "figure the analysis needs).")
  private Integer year;

  /** Returns whether the user gave a year. */
  boolean given() {
    return year != null;
  }

  /** Returns the year asked for, or the analysis's latest year. */
  int resolve(IntSupplier latest) {
    return year != null ? year : latest.getAsInt();
  }
}
