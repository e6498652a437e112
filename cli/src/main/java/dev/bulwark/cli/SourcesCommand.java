package dev.bulwark.cli;

import dev.bulwark.cli.output.Tables;
import dev.bulwark.server.api.BurdenApi;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Lists the editions Bulwark can read and which one each command uses. */
@Command(name = "sources", mixinStandardHelpOptions = true,
    description = {
        "Lists every edition of every source: the embedded ones and those you imported with",
        "'bulwark import', with publication date, origin file, terms of use, and which edition",
        "the other commands use (the newest, unless --edition chooses).",
    },
    footer = {"", "Examples:", "  bulwark sources", "  bulwark sources --edition nato=2024 --format json"})
final class SourcesCommand implements Runnable {

  @Mixin
  private OutputOptions output;

  @Mixin
  private LedgerOptions ledgerOptions;

  @Override
  public void run() {
    output.print(Tables.tidy(new BurdenApi(ledgerOptions.ledger())
        .sources(new ApiQuery().query())));
  }
}
