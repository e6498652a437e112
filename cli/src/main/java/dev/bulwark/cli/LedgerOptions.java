package dev.bulwark.cli;

import dev.bulwark.core.BadInputException;
import dev.bulwark.core.panel.Source;
import dev.bulwark.data.EditionStore;
import dev.bulwark.data.Ledger;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --edition} option: which edition of each source a command reads. By default the
 * newest of the embedded editions and those imported with {@code bulwark import}.
 */
final class LedgerOptions {

  @Spec(Spec.Target.MIXEE)
  private CommandSpec spec;

  /** What {@code --edition} does, for every command that takes it. */
  static final String HELP = "Use an older or specific edition of a source, e.g. --edition "
      + "nato=2024 (sources: nato, sipri, world-bank; see 'bulwark sources'). Repeatable.";

  @Option(names = "--edition", paramLabel = "SOURCE=ID", description = HELP)
  private List<String> editions = List.of();

  /**
   * Opens the ledger with the chosen editions, and warns on standard error about stored
   * editions that could not be read and were passed over.
   */
  Ledger ledger() {
    return open(editions, spec.commandLine().getErr());
  }

  /**
   * Opens the ledger with editions chosen as {@code SOURCE=ID}, warning on {@code err} about
   * stored editions that could not be read and were passed over.
   */
  static Ledger open(List<String> editions, PrintWriter err) {
    Map<Source, String> pinned = new EnumMap<>(Source.class);
    for (String choice : editions) {
      int eq = choice.indexOf('=');
      BadInputException.require(eq > 0 && eq < choice.length() - 1,
          "--edition must look like SOURCE=ID (e.g. nato=2024), was '" + choice + "'");
      pinned.put(source(choice.substring(0, eq)), choice.substring(eq + 1).strip());
    }
    Ledger ledger = Ledger.open(EditionStore.defaultLocation(), pinned);
    ledger.problems().forEach(problem -> err.println("bulwark: warning: " + problem));
    err.flush();
    return ledger;
  }

  /** Finds a source by its id ("nato", "sipri", "world-bank"). */
  static Source source(String id) {
    String wanted = id.strip().toLowerCase(java.util.Locale.ROOT);
    return Arrays.stream(Source.values()).filter(s -> s.id().equals(wanted)).findFirst()
        .orElseThrow(() -> new BadInputException("unknown source '" + id + "': expected one of "
            + Arrays.stream(Source.values()).map(Source::id).toList()));
  }
}
