package dev.bulwark.data.derive;

import dev.bulwark.core.aid.AidRelease;
import dev.bulwark.data.format.AidFormat;
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
 * one tidy directory per edition plus the index {@code editions.txt}, and the release of Kiel's
 * Ukraine Support Tracker in the aid ledger's format plus its index {@code aid.txt}.
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
    writeAid(OfficialFiles.readAid(Path.of(args[0])), Path.of(args[1]));
  }

  /** Writes the release of Kiel's tracker beside the editions, with its index {@code aid.txt}. */
  static void writeAid(AidRelease release, Path ledger) throws IOException {
    Path dir = ledger.resolve(LedgerEdition.directoryName(release.edition()));
    fresh(dir);
    AidFormat.write(release, dir);
    Files.writeString(ledger.resolve("aid.txt"), "# Bundled releases of Kiel's Ukraine Support"
        + " Tracker, one directory each; written by tools/derive-ledger\n"
        + dir.getFileName() + "\n");
  }

  private static void fresh(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> paths = Files.walk(dir)) {
        for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(dir);
  }

  static void write(List<LedgerEdition> editions, Path ledger) throws IOException {
    Files.createDirectories(ledger);
    StringBuilder index = new StringBuilder(
        "# Bundled editions, one directory each; written by tools/derive-ledger\n");
    for (LedgerEdition edition : editions) {
      Path dir = ledger.resolve(edition.directoryName());
      fresh(dir);
      TidyFormat.write(edition, dir);
      index.append(edition.directoryName()).append('\n');
    }
    Files.writeString(ledger.resolve("editions.txt"), index);
  }
}
