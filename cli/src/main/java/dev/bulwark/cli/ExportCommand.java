package dev.bulwark.cli;

import dev.bulwark.answers.AnswerContext;
import dev.bulwark.answers.export.DataPackage;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes the whole curated dataset as a Frictionless data package. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {
        "Writes Bulwark's whole curated dataset into a directory as a Frictionless tabular data",
        "package: tidy CSV files (UTF-8, ISO3 codes, units in column names, an empty cell for a",
        "missing value) and a datapackage.json declaring each file's fields, sources, editions",
        "and terms. It holds every edition's values (bundled and imported), the indicators,",
        "countries and codes, alliance memberships by date, treaties with their clauses and",
        "parties, the gazetteer, US personnel by host and quarter, and the command plan.",
        "The package is written aside and moved into place: on any error the directory is left",
        "as it was. A directory that is not empty is refused unless --force replaces it.",
    },
    footer = {"", "Examples:", "  bulwark export --out bulwark-data",
        "  bulwark export --out bulwark-data --force",
        "  python -c \"import pandas; print(pandas.read_csv('bulwark-data/values.csv').head())\""})
final class ExportCommand implements Runnable {

  @Spec
  private CommandSpec spec;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "The directory to write the package into: new or empty, unless --force.")
  private Path out;

  @Option(names = "--force", description = "Replace what the directory holds.")
  private boolean force;

  @Override
  public void run() {
    PrintWriter err = spec.commandLine().getErr();
    AnswerContext context = AnswerContext.of(() -> LedgerOptions.open(List.of(), err),
        Clock.systemDefaultZone(), new ScenarioFiles());
    DataPackage data = DataPackage.of(context);
    data.writeTo(out, force);
    PrintWriter terminal = spec.commandLine().getOut();
    terminal.printf("wrote %d files (%,d rows) and %s to %s%n", data.files().size(), data.rows(),
        DataPackage.DESCRIPTOR, out.toAbsolutePath().normalize());
    terminal.flush();
  }
}
