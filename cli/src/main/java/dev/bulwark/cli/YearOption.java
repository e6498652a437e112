package dev.bulwark.cli;

import picocli.CommandLine.Option;

/** The {@code --year} option of the one-year analyses, defaulting to the latest year they answer. */
final class YearOption {

  @Option(names = "--year", paramLabel = "YEAR",
      description = "The year (default: the latest year in which the chosen source has every "
          + "figure the analysis needs).")
  private Integer year;

  /** Returns the year given, or {@code null} for the analysis's latest year. */
  Integer value() {
    return year;
  }
}
