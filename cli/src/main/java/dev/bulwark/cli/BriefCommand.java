package dev.bulwark.cli;

import dev.bulwark.report.compose.BurdenBrief;
import dev.bulwark.report.compose.ComposedBrief;
import dev.bulwark.report.html.BriefRenderer;
import dev.bulwark.report.html.BriefWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes the self-contained HTML brief and prints its key findings. */
@Command(name = "brief", mixinStandardHelpOptions = true,
    description = {
        "Writes a self-contained HTML brief that opens offline in any browser: who meets 2%%,",
        "3.5%% and 5%% of GDP, each ally's gap and its cost, the paths to 3.5%% by 2035, the",
        "United States versus Europe and Canada over time, and the exploitation test, with",
        "charts, tables and a sources section. Prints the key findings and the file's path.",
    },
    footer = {"", "Examples:", "  bulwark brief", "  bulwark brief --out /tmp/nato-brief",
        "  bulwark brief --edition nato=2024 --out brief-2024"})
final class BriefCommand implements Runnable {

  @Spec
  private CommandSpec spec;

  @Mixin
  private LedgerOptions ledgerOptions;

  @Option(names = "--alliance", defaultValue = "NATO", paramLabel = "ID",
      description = "The alliance the brief is about (default: ${DEFAULT-VALUE}).")
  private String alliance;

  @Option(names = "--out", defaultValue = "brief", paramLabel = "DIR",
      description = "Directory to write index.html into (created if missing; default: ${DEFAULT-VALUE}).")
  private Path out;

  @Override
  public void run() {
    ComposedBrief composed = BurdenBrief.withDefaults().withAlliance(alliance)
        .compose(ledgerOptions.ledger());
    Path file = new BriefWriter(new BriefRenderer()).write(composed.brief(), out);
    PrintWriter terminal = spec.commandLine().getOut();
    composed.summary().forEach(line -> terminal.println("  " + line));
    terminal.println("brief written to " + file.toAbsolutePath().normalize());
    terminal.flush();
  }
}
