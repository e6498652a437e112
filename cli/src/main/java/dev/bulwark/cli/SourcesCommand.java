package dev.bulwark.cli;

import dev.bulwark.cli.output.Column;
import dev.bulwark.cli.output.Tabular;
import dev.bulwark.core.panel.Edition;
import dev.bulwark.data.Ledger;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;
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
    Ledger ledger = ledgerOptions.ledger();
    Set<Edition> inUse = Set.copyOf(ledger.panel().editions());
    Tabular table = new Tabular(Column.text("source"), Column.text("edition"),
        Column.text("title"), Column.text("published"), Column.text("price_base_year"),
        Column.text("origin"),
        Column.text("in_use"), Column.text("terms"));
    for (Edition e : ledger.availableEditions().stream()
        .sorted(Comparator.comparing(Edition::source).thenComparing(Edition::published))
        .collect(Collectors.toList())) {
      table.row(e.source().id(), e.id(), e.title(), e.published().toString(),
          e.priceBase().isPresent() ? e.priceBase().getAsInt() : null, e.origin(),
          inUse.contains(e), e.source().terms());
    }
    output.print(table);
  }
}
