package dev.bulwark.data.derive;

import dev.bulwark.data.format.LedgerEdition;
import dev.bulwark.data.format.TidyFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Derives the bundled ledger: reads the official files with the project's importers and writes
 * one tidy directory per edition plus the index {@code editions.txt}.
 *
 * <p>Usage: {@code DeriveLedger <shared-data-dir> <ledger-resource-dir>}; {@code
 * tools/derive-ledger} runs it with {@code ../shared/data} and
 * {@code data/src/main/resources/dev/bulwark/data/ledger}. The output replaces the edition
 * directories it writes and is byte-for-byte the same on every run.
 */
public final class DeriveLedger {

  private DeriveLedger() {
  }

  /** Runs the derivation; a command-line entry point for the build tooling, not for users. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: DeriveLedger <shared-data-dir> <ledger-dir>");
    }
    write(OfficialFiles.read(Path.of(args[0])), Path.of(args[1]));
  }

  static void write(List<LedgerEdition> editions, Path ledger) throws IOException {
    Files.createDirectories(ledger);
    StringBuilder index = new StringBuilder(
        "# Bundled editions, one directory each; written by tools/derive-ledger\n");
    for (LedgerEdition edition : editions) {
      Path dir = ledger.resolve(edition.directoryName());
      if (Files.exists(dir)) {
        try (Stream<Path> paths = Files.walk(dir)) {
          for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
      Files.createDirectories(dir);
      TidyFormat.write(edition, dir);
      index.append(edition.directoryName()).append('\n');
    }
    Files.writeString(ledger.resolve("editions.txt"), index);
  }
}
