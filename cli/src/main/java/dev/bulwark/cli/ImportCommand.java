package dev.bulwark.cli;

import dev.bulwark.core.panel.Edition;
import dev.bulwark.core.panel.Source;
import dev.bulwark.data.EditionStore;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Imports an official workbook into the user's edition store. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = {
        "Reads an official workbook (NATO's 'Defence Expenditure of NATO Countries' tables or",
        "SIPRI's Military Expenditure Database) and stores it as a new edition in your data",
        "directory ($BULWARK_HOME, else $XDG_DATA_HOME/bulwark, else ~/.local/share/bulwark).",
        "Later commands use the newest edition unless --edition says otherwise.",
        "The import is atomic: on any error nothing changes, and the message names the sheet,",
        "the cell and the problem.",
    },
    footer = {"", "Examples:", "  bulwark import nato def-exp-2025-en.xlsx",
        "  bulwark import sipri SIPRI-Milex-data-1949-2025.xlsx", "  bulwark sources"})
final class ImportCommand implements Runnable {

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SOURCE", description = "nato or sipri")
  private String source;

  @Parameters(index = "1", paramLabel = "FILE", description = "The official .xlsx workbook.")
  private Path file;

  @Override
  public void run() {
    Source chosen = LedgerOptions.source(source);
    EditionStore store = EditionStore.defaultLocation();
    Edition edition = store.importWorkbook(chosen, file);
    spec.commandLine().getOut().printf("imported %s (%s, published %s) from %s%n",
        edition.citation(), edition.title(), edition.published(), file.getFileName());
    spec.commandLine().getOut().println("later commands use it unless --edition "
        + chosen.id() + "=ID chooses another; 'bulwark sources' lists them all");
    spec.commandLine().getOut().flush();
  }
}
