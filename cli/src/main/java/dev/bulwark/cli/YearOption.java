package dev.bulwark.cli;

import dev.bulwark.burden.figures.Figures;
import picocli.CommandLine.Option;

/** The {@code --year} option of the one-year analyses, defaulting to the source's latest year. */
final class YearOption {

  @Option(names = "--year", paramLabel = "YEAR",
      description = "The year (default: the latest year of the chosen source).")
  private Integer year;

  /** Returns the year asked for, or the latest year the chosen source covers. */
  int resolve(AllianceOptions options) {
    return year != null ? year : Figures.latestYear(options.panel(), options.source());
  }
}
