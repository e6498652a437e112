package dev.bulwark.cli;

import dev.bulwark.cli.output.Tables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The spending table: each ally's share of GDP and whether it meets each NATO target. */
@Command(name = "spending", mixinStandardHelpOptions = true,
    description = {
        "For one year, every member of the alliance that year: defence expenditure as %% of GDP",
        "(NATO's published %% of real GDP), per capita, equipment share, personnel, rank, and",
        "whether it meets 2%% of GDP and 20%% on equipment (Wales 2014), 3.5%% core and 5%% total",
        "(The Hague 2025). NATO's tables give total spending only, so 3.5%% and 5%% are tested",
        "against total spending. Years NATO's tables do not cover are answered from SIPRI.",
    },
    footer = {"", "Examples:", "  bulwark spending --year 2024 --alliance NATO",
        "  bulwark spending --year 1995 --format csv > nato-1995.csv"})
final class SpendingCommand implements Runnable {

  @Mixin
  private OutputOptions output;

  @Mixin
  private AllianceOptions options;

  @Mixin
  private YearOption year;

  @Override
  public void run() {
    output.print(Tables.tidy(options.burden().spending(options.parameters()
        .with("year", year.value()).query())));
  }
}
