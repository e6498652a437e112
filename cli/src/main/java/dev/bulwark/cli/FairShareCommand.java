package dev.bulwark.cli;

import dev.bulwark.cli.output.Tables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Share of alliance spending over share of alliance GDP; or the US versus the rest over time. */
@Command(name = "fairshare", mixinStandardHelpOptions = true,
    description = {
        "For one year, each ally's share of alliance defence spending divided by its share of",
        "alliance GDP (both current US$): above 1 it carries more than its economic weight.",
        "With --split, the United States versus the other allies (for NATO: Europe and Canada)",
        "year by year instead.",
    },
    footer = {"", "Examples:", "  bulwark fairshare --year 2024",
        "  bulwark fairshare --split --from 2014 --to 2024 --format csv > split.csv"})
final class FairShareCommand implements Runnable {

  @Mixin
  private OutputOptions output;

  @Mixin
  private AllianceOptions options;

  @Mixin
  private YearOption year;

  @Option(names = "--split", description = "Show the US versus the other allies over time.")
  private boolean split;

  @Option(names = "--from", paramLabel = "YEAR", description = "With --split: the first year "
      + "(default: the first year of NATO's tables).")
  private Integer from;

  @Option(names = "--to", paramLabel = "YEAR", description = "With --split: the last year "
      + "(default: the last year of NATO's tables).")
  private Integer to;

  @Override
  public void run() {
    output.print(Tables.tidy(options.burden().fairShare(options.parameters()
        .with("split", split ? "true" : null).with("year", year.value()).with("from", from)
        .with("to", to).query())));
  }
}
