package dev.bulwark.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.core.BulwarkException;
import dev.bulwark.core.panel.Edition;
import dev.bulwark.core.panel.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stored edition that does not read is skipped, not fatal: every command still runs on the
 * remaining editions and can show why one was skipped; only a command pinned to the damaged
 * edition fails, naming it. Imported editions are readable by everyone who can read the store.
 */
final class DamagedStoreTest {

  @TempDir Path tmp;

  private Path stored;

  private EditionStore store() {
    return EditionStore.at(tmp.resolve("store"));
  }

  @BeforeEach
  void importNato2025() throws IOException {
    NatoFixture next = new NatoFixture();
    next.years = List.of("2023", "2024", "2025e");
    store().importWorkbook(Source.NATO, next.write(tmp.resolve("2025.xlsx")));
    stored = tmp.resolve("store/editions/nato-2025@1");
  }

  private void damageValuesLine3() throws IOException {
    Path values = stored.resolve("values.csv");
    List<String> lines = Files.readAllLines(values);
    lines.set(2, "DEU,2024,nato_defexp_share_gdp");
    Files.write(values, lines);
  }

  @Test
  void aDamagedValuesFileIsSkippedAndTheBundledEditionServes() throws IOException {
    damageValuesLine3();
    Ledger ledger = Ledger.open(store(), Map.of());

    assertThat(ledger.panel().edition(Source.NATO)).map(Edition::id).contains("2024");
    assertThat(ledger.problems()).containsExactly("skipped stored edition"
        + " nato-2025@1/values.csv line 3: 3 fields in 'DEU,2024,nato_defexp_share_gdp', expected 5");
  }

  @Test
  void anEditionWithoutItsPropertiesIsLeftOutOfTheListAndReported() throws IOException {
    Files.delete(stored.resolve("edition.properties"));
    Ledger ledger = Ledger.open(store(), Map.of());

    assertThat(store().editions()).isEmpty();
    assertThat(ledger.panel().edition(Source.NATO)).map(Edition::id).contains("2024");
    assertThat(ledger.problems())
        .containsExactly("skipped stored edition nato-2025@1 has no edition.properties");
  }

  @Test
  void aSoundStoreOpensWithoutProblems() {
    Ledger ledger = Ledger.open(store(), Map.of());

    assertThat(ledger.panel().edition(Source.NATO)).map(Edition::id).contains("2025");
    assertThat(ledger.problems()).isEmpty();
  }

  @Test
  void pinningADamagedEditionFailsNamingIt() throws IOException {
    damageValuesLine3();

    assertThatThrownBy(() -> Ledger.open(store(), Map.of(Source.NATO, "2025")))
        .isInstanceOfSatisfying(LedgerException.class, e -> {
          assertThat(e.getMessage()).startsWith("the stored NATO edition '2025' is damaged"
              + " (nato-2025@1/values.csv line 3: 3 fields in").contains("import its workbook again");
          assertThat(e.kind()).isEqualTo(BulwarkException.Kind.FAILURE);
        });
  }

  @Test
  void pinningAnEditionWhoseMetadataIsDamagedFailsNamingIt() throws IOException {
    Files.writeString(stored.resolve("edition.properties"), "source=NATO\n");

    assertThatThrownBy(() -> Ledger.open(store(), Map.of(Source.NATO, "2025")))
        .isInstanceOf(LedgerException.class)
        .hasMessageStartingWith("the stored NATO edition '2025' is damaged"
            + " (nato-2025@1/edition.properties has no 'published')");
  }

  @Test
  void importedEditionsAreReadableByEveryoneWhoCanReadTheStore() throws IOException {
    Assumptions.assumeTrue(Files.getFileAttributeView(stored, PosixFileAttributeView.class) != null,
        "the file system has no POSIX permissions");

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(stored)))
        .isEqualTo("rwxr-xr-x");
    try (Stream<Path> files = Files.list(stored)) {
      assertThat(files.toList()).hasSize(3).allSatisfy(file ->
          assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
              .as(file.getFileName().toString()).isEqualTo("rw-r--r--"));
    }
  }
}
