package dev.bulwark.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.bulwark.core.BulwarkException;
import dev.bulwark.core.panel.Edition;
import dev.bulwark.core.panel.Flag;
import dev.bulwark.core.panel.Indicator;
import dev.bulwark.core.panel.Source;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class EditionStoreTest {

  @TempDir Path tmp;

  private EditionStore store() {
    return EditionStore.at(tmp.resolve("store"));
  }

  @Test
  void importingNatoTablesStoresTheEditionNamedAfterItsLastYear() throws IOException {
    Edition edition = store().importWorkbook(Source.NATO,
        new NatoFixture().write(tmp.resolve("def-exp-2024.xlsx")));

    assertThat(edition.id()).isEqualTo("2024");
    assertThat(edition.title()).isEqualTo("Defence Expenditure of NATO Countries (2022-2024)");
    assertThat(edition.origin()).isEqualTo("def-exp-2024.xlsx");
    assertThat(store().editions()).containsExactly(edition);
  }

  @Test
  void importedFiguresReachTheLedgerWithEstimateFlagsAndCommitmentMarks() throws IOException {
    store().importWorkbook(Source.NATO, new NatoFixture().write(tmp.resolve("t.xlsx")));
    Ledger ledger = Ledger.open(store(), Map.of(Source.NATO, "2024"));

    // TABLE3 first block: Poland's base is 4.0 in every year; the second block adds 1.
    assertThat(ledger.panel().value(Indicator.NATO_DEFEXP_SHARE_GDP, "POL", 2024)).hasValue(4.0);
    assertThat(ledger.panel().value(Indicator.NATO_DEFEXP_REAL_CHANGE, "POL", 2024)).hasValue(5.0);
    assertThat(ledger.panel().value(Indicator.NATO_MILITARY_PERSONNEL, "USA", 2022)).hasValue(3.3);
    assertThat(ledger.panel().value(Indicator.NATO_DEFEXP_SHARE_GDP, "NATO_TOTAL", 2023)).hasValue(2.7);
    assertThat(ledger.panel().observation(Indicator.NATO_DEFEXP_SHARE_GDP, "DEU", 2023))
        .hasValueSatisfying(o -> assertThat(o.flag()).isEqualTo(Flag.ESTIMATE));
    assertThat(ledger.panel().observation(Indicator.NATO_DEFEXP_SHARE_GDP, "DEU", 2022))
        .hasValueSatisfying(o -> assertThat(o.flag()).isEqualTo(Flag.REPORTED));
    assertThat(ledger.nationalCommitments(Source.NATO)).containsExactly("POL");
  }

  @Test
  void nextYearsLayoutWithAnotherYearColumnAndMovedRowsReadsToo() throws IOException {
    NatoFixture next = new NatoFixture();
    next.years = java.util.List.of("2023", "2024", "2025e");
    next.firstRow = 12;
    Edition edition = store().importWorkbook(Source.NATO, next.write(tmp.resolve("2025.xlsx")));
    Ledger ledger = Ledger.open(store(), Map.of());

    assertThat(edition.id()).isEqualTo("2025");
    assertThat(ledger.panel().edition(Source.NATO)).contains(edition);
    assertThat(ledger.panel().observation(Indicator.NATO_EQUIPMENT_SHARE, "DEU", 2025))
        .hasValueSatisfying(o -> {
          assertThat(o.value()).isEqualTo(1.5);
          assertThat(o.flag()).isEqualTo(Flag.ESTIMATE);
        });
    assertThat(ledger.availableEditions()).extracting(Edition::citation)
        .contains("NATO 2024", "NATO 2025");
  }

  @Test
  void reimportingAnEditionReplacesIt() throws IOException {
    store().importWorkbook(Source.NATO, new NatoFixture().write(tmp.resolve("a.xlsx")));
    NatoFixture revised = new NatoFixture();
    revised.allies.put("Germany", 2.1);
    store().importWorkbook(Source.NATO, revised.write(tmp.resolve("b.xlsx")));

    assertThat(store().editions()).hasSize(1);
    Ledger ledger = Ledger.open(store(), Map.of(Source.NATO, "2024"));
    assertThat(ledger.panel().value(Indicator.NATO_DEFEXP_SHARE_GDP, "DEU", 2024)).hasValue(2.1);
    try (Stream<Path> dirs = Files.list(tmp.resolve("store/editions"))) {
      assertThat(dirs.map(d -> d.getFileName().toString())).containsExactly("nato-2024@2");
    }
  }

  @Test
  void sipriFontColoursBecomeFlagsAndFractionsBecomePercent() throws IOException {
    Edition edition = store().importWorkbook(Source.SIPRI,
        new SipriFixture().write(tmp.resolve("sipri.xlsx")));
    Ledger ledger = Ledger.open(store(), Map.of(Source.SIPRI, edition.id()));

    assertThat(edition.id()).isEqualTo("2025-04");
    var russia = ledger.panel().observation(Indicator.SIPRI_MILEX_SHARE_GDP, "RUS", 2024).orElseThrow();
    assertThat(russia.value()).isCloseTo(7.1, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(russia.flag()).isEqualTo(Flag.ESTIMATE);
    assertThat(ledger.panel().observation(Indicator.SIPRI_MILEX_CURRENT, "UKR", 2024).orElseThrow()
        .flag()).isEqualTo(Flag.HIGHLY_UNCERTAIN);
    assertThat(ledger.panel().value(Indicator.SIPRI_MILEX_CURRENT, "UKR", 2023)).isEmpty();
    assertThat(ledger.panel().observation(Indicator.SIPRI_MILEX_CURRENT, "USA", 2024).orElseThrow()
        .flag()).isEqualTo(Flag.REPORTED);
    // World 2024 in current prices: 2718.2 bn is stored as US$ million.
    assertThat(ledger.panel().value(Indicator.SIPRI_MILEX_CURRENT, "WLD", 2024)).hasValue(2718200.0);
    assertThat(ledger.panel().observation(Indicator.SIPRI_MILEX_CONSTANT, "WLD", 2022).orElseThrow()
        .flag()).isEqualTo(Flag.ESTIMATE);
  }

  @Test
  void textInANumberCellIsRejectedWithItsPlace() throws IOException {
    Path file = new NatoFixture().text("TABLE3!D12", "n/a").write(tmp.resolve("t.xlsx"));

    assertFailsUnchanged(Source.NATO, file,
        "text 'n/a' in a number cell TABLE3!D12: expected a number", "TABLE3", "D12");
  }

  @Test
  void unknownCountryIsRejectedWithASuggestion() throws IOException {
    Path file = new NatoFixture().text("TABLE3!C11", "Germny").write(tmp.resolve("t.xlsx"));

    assertFailsUnchanged(Source.NATO, file,
        "unknown country 'Germny' in TABLE3!C11: did you mean Germany (DEU)", "TABLE3", "C11");
  }

  @Test
  void duplicateCountryIsRejectedNamingBothCells() throws IOException {
    Path file = new NatoFixture().text("TABLE5!C13", "Germany").write(tmp.resolve("t.xlsx"));

    assertFailsUnchanged(Source.NATO, file,
        "duplicate country 'Germany' in TABLE5!C13: Germany (DEU) is already listed at TABLE5!C11",
        "TABLE5", "C13");
  }

  @Test
  void renamedSheetIsRejectedNamingTheMissingSheet() throws IOException {
    NatoFixture fixture = new NatoFixture();
    fixture.renamed.put("TABLE3", "Table 3 revised");
    Path file = fixture.write(tmp.resolve("t.xlsx"));

    assertFailsUnchanged(Source.NATO, file, "'t.xlsx' has no sheet 'TABLE3'", "TABLE3", "");
  }

  @Test
  void sipriWorkbookGivenAsNatoIsRejected() throws IOException {
    Path file = new SipriFixture().write(tmp.resolve("sipri.xlsx"));

    assertFailsUnchanged(Source.NATO, file,
        "'sipri.xlsx' has no sheet 'TABLE1': expected NATO's Defence Expenditure tables", "TABLE1", "");
  }

  @Test
  void truncatedWorkbookIsRejected() throws IOException {
    byte[] whole = Files.readAllBytes(new NatoFixture().write(tmp.resolve("whole.xlsx")));
    Path cut = Files.write(tmp.resolve("cut.xlsx"), java.util.Arrays.copyOf(whole, whole.length / 2));

    assertFailsUnchanged(Source.NATO, cut, "cannot read 'cut.xlsx' as an Excel workbook", "", "");
  }

  @Test
  void defaultLocationFollowsBulwarkHomeThenXdgThenHome() {
    assertThat(EditionStore.defaultDirectory(Map.of("BULWARK_HOME", "/b", "XDG_DATA_HOME", "/x"), "/h"))
        .isEqualTo(Path.of("/b"));
    assertThat(EditionStore.defaultDirectory(Map.of("XDG_DATA_HOME", "/x"), "/h"))
        .isEqualTo(Path.of("/x", "bulwark"));
    assertThat(EditionStore.defaultDirectory(Map.of(), "/h"))
        .isEqualTo(Path.of("/h", ".local", "share", "bulwark"));
  }

  @Test
  void unknownPinnedEditionNamesTheAvailableOnes() {
    assertThatThrownBy(() -> Ledger.open(store(), Map.of(Source.NATO, "2019")))
        .isInstanceOf(LedgerException.class)
        .hasMessage("unknown NATO edition '2019': expected one of [2024]")
        .extracting(e -> ((BulwarkException) e).kind()).isEqualTo(BulwarkException.Kind.BAD_INPUT);
  }

  @Test
  void aStoreThatMayNotBeWrittenSaysPermissionDeniedWithItsPath() {
    assertThat(EditionStore.why(new AccessDeniedException("/srv/bulwark/editions")))
        .startsWith("permission denied on /srv/bulwark/editions").contains("BULWARK_HOME");
  }

  @Test
  void importingIntoAReadOnlyStoreFailsSayingPermissionDeniedAndChangesNothing()
      throws IOException {
    Path root = Files.createDirectories(tmp.resolve("store"));
    Path workbook = new NatoFixture().write(tmp.resolve("def-exp-2024.xlsx"));
    root.toFile().setWritable(false, false);
    assumeFalse(Files.isWritable(root),
        "the user may write anywhere (root): the message is checked above");
    try {
      assertThatThrownBy(() -> store().importWorkbook(Source.NATO, workbook))
          .isInstanceOf(LedgerException.class)
          .hasMessageContaining("permission denied on " + root.resolve("editions"));
      assertThat(store().editions()).isEmpty();
    } finally {
      root.toFile().setWritable(true, false);
    }
  }

  /** Imports a good edition, then the bad file, and checks the message and the unchanged store. */
  private void assertFailsUnchanged(Source source, Path bad, String message, String sheet,
      String cell) throws IOException {
    store().importWorkbook(Source.NATO, new NatoFixture().write(tmp.resolve("good.xlsx")));
    Map<String, String> before = snapshot(tmp.resolve("store"));

    assertThatThrownBy(() -> store().importWorkbook(source, bad))
        .isInstanceOfSatisfying(ImportException.class, e -> {
          assertThat(e.getMessage()).contains(message);
          assertThat(e.sheet()).isEqualTo(sheet);
          assertThat(e.cell()).isEqualTo(cell);
          assertThat(e.kind()).isEqualTo(BulwarkException.Kind.BAD_INPUT);
        });
    assertThat(snapshot(tmp.resolve("store"))).isEqualTo(before);
  }

  /** Every file and directory under a root, with the file's bytes (as hex of its hash and size). */
  private static Map<String, String> snapshot(Path root) throws IOException {
    Map<String, String> tree = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.toList()) {
        tree.put(root.relativize(p).toString(), Files.isDirectory(p) ? "dir"
            : java.util.HexFormat.of().formatHex(Files.readAllBytes(p)));
      }
    }
    return tree;
  }
}
