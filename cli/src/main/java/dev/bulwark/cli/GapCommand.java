package dev.bulwark.cli;

import dev.bulwark.cli.output.Tables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Each ally's gap to a target share of GDP, in points and in current US dollars. */
@Command(name = "gap", mixinStandardHelpOptions = true,
    description = {
        "For one year and a target share of GDP, each ally's gap in percentage points and what",
        "closing it would have cost that year: gap_pp / 100 x GDP (current US$). Allies at or",
        "above the target have a gap of zero and a surplus instead.",
    },
    footer = {"", "Examples:", "  bulwark gap --target 3.5 --year 2024",
        "  bulwark gap --target 2 --year 2024 --format json"})
final class GapCommand implements Runnable {

  @Mixin
  private OutputOptions output;

  @Mixin
  private AllianceOptions options;

  @Option(names = "--target", defaultValue = "2", paramLabel = "PERCENT",
      description = "Target share of GDP in percent (default: ${DEFAULT-VALUE}; 3.5 is the Hague "
          + "core target, 5 the Hague total).")
  private double target;

  @Mixin
  private YearOption year;

  @Override
  public void run() {
    output.print(Tables.tidy(options.burden().gap(options.parameters()
        .with("target", target).with("year", year.value()).query())));
  }
}
