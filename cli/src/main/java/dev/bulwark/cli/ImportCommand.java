package dev.bulwark.cli;

import dev.bulwark.core.panel.Edition;
import dev.bulwark.core.panel.Source;
import dev.bulwark.data.EditionStore;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Imports an official workbook, or a release of Kiel's aid tracker, into the edition store. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = {
        "Reads an official workbook (NATO's 'Defence Expenditure of NATO Countries' tables or",
        "SIPRI's Military Expenditure Database), or the directory of a Ukraine Support Tracker",
        "release's Data Hub files from the Kiel Institute (data_explorer.csv, total_allocations.csv,",
        "procurement_trends.csv, eu_aid_shares.csv, weapons.csv, release_info.csv), and stores",
        "it as a new edition in your data directory ($BULWARK_HOME, else",
        "$XDG_DATA_HOME/bulwark, else ~/.local/share/bulwark).",
        "Later commands use the newest edition unless --edition says otherwise.",
        "The import is atomic: on any error nothing changes, and the message names the sheet and",
        "cell (or the file, line and column) and the problem.",
    },
    footer = {"", "Examples:", "  bulwark import nato def-exp-2025-en.xlsx",
        "  bulwark import sipri SIPRI-Milex-data-1949-2025.xlsx",
        "  bulwark import kiel ukraine-support-tracker/data",
        "  bulwark sources"})
final class ImportCommand implements Runnable {

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SOURCE", description = "nato, sipri or kiel")
  private String source;

  @Parameters(index = "1", paramLabel = "FILE", description = "The official .xlsx workbook; for kiel, the directory of the"
      + " release's Data Hub CSV files.")
  private Path file;

  @Override
  public void run() {
    Source chosen = LedgerOptions.source(source);
    EditionStore store = EditionStore.defaultLocation();
    Edition edition = chosen == Source.KIEL ? store.importAid(file)
        : store.importWorkbook(chosen, file);
    spec.commandLine().getOut().printf("imported %s (%s, published %s) from %s%n",
        edition.citation(), edition.title(), edition.published(), file.getFileName());
    spec.commandLine().getOut().println("later commands use it unless --edition "
        + chosen.id() + "=ID chooses another; 'bulwark sources' lists them all");
    spec.commandLine().getOut().flush();
  }
}
