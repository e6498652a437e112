package dev.bulwark.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.core.BulwarkException;
import dev.bulwark.core.panel.Edition;
import dev.bulwark.core.panel.Flag;
import dev.bulwark.core.panel.Indicator;
import dev.bulwark.core.panel.Panel;
import dev.bulwark.core.panel.Source;
import dev.bulwark.core.panel.SpendingDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The editions published since the bundled ones import from workbooks in their published layouts
 * ({@link NatoEditionWorkbook}, {@link SipriFixture}) and give the figures the publishers report:
 * NATO, Defence Expenditure of NATO Countries (2014–2025), 28 August 2025; NATO, Defence
 * Investment of NATO Countries (2014–2026), July 2026, whose figures are core defence expenditure;
 * SIPRI Military Expenditure Database, April 2026 (1949–2025, constant 2024 US$).
 */
final class TodaysEditionsTest {

  @TempDir Path tmp;

  private EditionStore store() {
    return EditionStore.at(tmp.resolve("store"));
  }

  private Ledger imported(Source source, Path workbook) {
    store().importWorkbook(source, workbook);
    return Ledger.open(store(), Map.of());
  }

  private static Optional<Double> share(Ledger ledger, String iso3, int year) {
    return ledger.panel().value(Indicator.NATO_DEFEXP_SHARE_GDP, iso3, year).stream().boxed()
        .findFirst();
  }

  @Test
  void nato2025ReadsFromTheRenamedSheetsWithTheSharesOfTable3() throws IOException {
    Ledger ledger = imported(Source.NATO,
        NatoEditionWorkbook.edition2025().write(tmp.resolve("nato-2025.xlsx")));
    Edition edition = ledger.panel().edition(Source.NATO).orElseThrow();

    assertThat(edition.id()).isEqualTo("2025");
    assertThat(edition.title()).isEqualTo("Defence Expenditure of NATO Countries (2023-2025)");
    assertThat(edition.published()).isEqualTo(LocalDate.of(2025, 8, 28));
    assertThat(edition.priceBase()).isEqualTo(OptionalInt.of(2021));
    assertThat(ledger.definition(Source.NATO)).contains(SpendingDefinition.NATO_TOTAL);
    // NATO, Defence Expenditure of NATO Countries (2014-2025), 28 Aug 2025, Table 3, 2025e.
    Map<String, Double> published = Map.ofEntries(Map.entry("POL", 4.48), Map.entry("LTU", 4.00),
        Map.entry("LVA", 3.73), Map.entry("EST", 3.38), Map.entry("NOR", 3.35),
        Map.entry("USA", 3.22), Map.entry("BEL", 2.00), Map.entry("CZE", 2.00),
        Map.entry("LUX", 2.00), Map.entry("MKD", 2.00), Map.entry("PRT", 2.00),
        Map.entry("ESP", 2.00));
    published.forEach((iso3, value) -> assertThat(share(ledger, iso3, 2025)).as(iso3)
        .contains(value));
    assertThat(ledger.panel().observation(Indicator.NATO_DEFEXP_SHARE_GDP, "POL", 2025))
        .hasValueSatisfying(o -> assertThat(o.flag()).isEqualTo(Flag.ESTIMATE));
    assertThat(ledger.nationalCommitments(Source.NATO))
        .containsExactlyInAnyOrder("CZE", "EST", "LTU", "LVA", "POL");
  }

  @Test
  void germanysPending2025eIsMissingInEveryTableNeverZero() throws IOException {
    Panel panel = imported(Source.NATO,
        NatoEditionWorkbook.edition2025().write(tmp.resolve("nato-2025.xlsx"))).panel();

    for (Indicator indicator : List.of(Indicator.NATO_DEFEXP_SHARE_GDP,
        Indicator.NATO_DEFEXP_USD_CURRENT, Indicator.NATO_DEFEXP_NCU_CONSTANT,
        Indicator.NATO_EQUIPMENT_SHARE)) {
      assertThat(panel.value(indicator, "DEU", 2025)).as(indicator.id()).isEmpty();
      assertThat(panel.value(indicator, "DEU", 2024)).as(indicator.id()).isPresent();
    }
    assertThat(panel.value(Indicator.NATO_DEFEXP_SHARE_GDP, "ISL", 2025)).isEmpty();
    assertThat(panel.value(Indicator.NATO_GDP_USD_CURRENT, "ISL", 2025)).isPresent();
  }

  @Test
  void nato2026IsCoreDefenceExpenditureByItsTitleAndGivesTheReportedFigures()
      throws IOException {
    Ledger ledger = imported(Source.NATO,
        NatoEditionWorkbook.edition2026().write(tmp.resolve("nato-2026.xlsx")));
    Panel panel = ledger.panel();
    Edition edition = panel.edition(Source.NATO).orElseThrow();

    assertThat(edition.id()).isEqualTo("2026");
    assertThat(edition.title()).isEqualTo("Defence Investment of NATO Countries (2024-2026)");
    assertThat(edition.definition()).contains(SpendingDefinition.HAGUE_CORE);
    assertThat(ledger.priceBase(Source.NATO)).isEqualTo(OptionalInt.of(2021));
    // NATO, Defence Investment of NATO Countries (2014-2026), July 2026, Tables 1, 2, 3 and 8a.
    assertThat(panel.value(Indicator.NATO_DEFEXP_NCU_CURRENT, "SWE", 2024)).hasValue(140_549.0);
    assertThat(panel.value(Indicator.NATO_DEFEXP_USD_CURRENT, "SWE", 2026)).hasValue(24_186.0);
    assertThat(panel.value(Indicator.NATO_DEFEXP_USD_CONSTANT, "SWE", 2026)).hasValue(21_538.0);
    assertThat(share(ledger, "SWE", 2026)).contains(3.22);
    assertThat(panel.value(Indicator.NATO_EQUIPMENT_SHARE, "SWE", 2026)).hasValue(25.41);
    assertThat(panel.value(Indicator.NATO_DEFEXP_USD_CURRENT, "USA", 2026))
        .hasValue(1_032_849.0);
    assertThat(share(ledger, "POL", 2026)).contains(4.68);
    assertThat(share(ledger, "DEU", 2025)).contains(2.22);
    assertThat(share(ledger, "DEU", 2026)).contains(2.69);
    assertThat(Files.readString(tmp.resolve("store/editions/nato-2026@1/edition.properties")))
        .contains("definition=hague_core\n");
  }

  @Test
  void eachEditionKeepsItsOwnDefinitionAndPolandsRevised2025eShare() throws IOException {
    store().importWorkbook(Source.NATO,
        NatoEditionWorkbook.edition2025().write(tmp.resolve("nato-2025.xlsx")));
    store().importWorkbook(Source.NATO,
        NatoEditionWorkbook.edition2026().write(tmp.resolve("nato-2026.xlsx")));
    Ledger newest = Ledger.open(store(), Map.of());
    Ledger pinned = Ledger.open(store(), Map.of(Source.NATO, "2025"));

    // Poland's 2025e: 4.48% of GDP in the 2025 edition, revised to 4.25% (core) in 2026.
    assertThat(share(newest, "POL", 2025)).contains(4.25);
    assertThat(newest.definition(Source.NATO)).contains(SpendingDefinition.HAGUE_CORE);
    assertThat(share(pinned, "POL", 2025)).contains(4.48);
    assertThat(pinned.definition(Source.NATO)).contains(SpendingDefinition.NATO_TOTAL);
    assertThat(newest.availableEditions()).filteredOn(e -> e.source() == Source.NATO)
        .extracting(e -> e.id() + " " + e.definition().orElseThrow().id())
        .containsExactly("2024 nato_total", "2025 nato_total", "2026 hague_core");
  }

  @Test
  void sipri2026AtConstant2024PricesGivesTheReportedTotals() throws IOException {
    SipriFixture release = new SipriFixture();
    release.priceBase = 2024;
    release.years = List.of(2023, 2024, 2025);
    // SIPRI, Military Expenditure Database, April 2026: 2025 in current US$ (world US$ 2,887 bn).
    release.published.put("Regional totals|World|current", 2887.0);
    release.published.put("Current US$|United States of America|2025", 954_000.0);
    release.published.put("Current US$|Russia|2025", 190_000.0);
    Ledger ledger = imported(Source.SIPRI,
        release.write(tmp.resolve("SIPRI-Milex-data-1949-2025_v1.2.xlsx")));
    Edition edition = ledger.panel().edition(Source.SIPRI).orElseThrow();

    assertThat(edition.id()).isEqualTo("2026-04");
    assertThat(edition.origin()).isEqualTo("SIPRI-Milex-data-1949-2025_v1.2.xlsx");
    assertThat(edition.priceBase()).isEqualTo(OptionalInt.of(2024));
    assertThat(edition.definition()).contains(SpendingDefinition.SIPRI_MILEX);
    assertThat(ledger.panel().value(Indicator.SIPRI_MILEX_CURRENT, "WLD", 2025))
        .hasValue(2_887_000.0);
    assertThat(ledger.panel().value(Indicator.SIPRI_MILEX_CURRENT, "USA", 2025))
        .hasValue(954_000.0);
    assertThat(ledger.panel().value(Indicator.SIPRI_MILEX_CURRENT, "RUS", 2025))
        .hasValue(190_000.0);
  }

  /**
   * A 2026 workbook damaged one way (rows and columns as {@link NatoEditionWorkbook} lays them
   * out: Germany on row 7, the years 2024, 2025e, 2026e in columns B to D).
   *
   * @param name what is damaged
   * @param workbook the damaged workbook
   * @param place what the refusal names
   */
  record Damaged(String name, NatoEditionWorkbook workbook, String place) {

    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Damaged> damaged() {
    return Stream.of(
        new Damaged("a text in a share cell", NatoEditionWorkbook.edition2026()
            .text("Table 3", "C7", "n/a"), "text 'n/a' in a number cell Table 3!C7"),
        new Damaged("a misspelt ally", NatoEditionWorkbook.edition2026()
            .text("Table 2", "A7", "Germny"), "unknown country 'Germny' in Table 2!A7"),
        new Damaged("a repeated year heading", NatoEditionWorkbook.edition2026()
            .text("Table 5", "C4", "2024"), "Table 5!C4"),
        new Damaged("a subtitle that is no block", NatoEditionWorkbook.edition2026()
            .text("Table 3", "A6", "share of nominal GDP"), "row 'Germany' at Table 3!A7 comes"
            + " before any block heading"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("damaged")
  void aDamaged2026WorkbookIsRefusedNamingThePlaceAndTheStoreIsUnchanged(Damaged damaged)
      throws IOException {
    Edition before = store().importWorkbook(Source.NATO,
        NatoEditionWorkbook.edition2025().write(tmp.resolve("nato-2025.xlsx")));
    Map<String, String> hashes = HostileWorkbooksTest.hashes(store().directory());
    Path file = damaged.workbook().write(tmp.resolve("damaged.xlsx"));

    assertThatThrownBy(() -> store().importWorkbook(Source.NATO, file))
        .isInstanceOfSatisfying(ImportException.class, e -> {
          assertThat(e.kind()).isEqualTo(BulwarkException.Kind.BAD_INPUT);
          assertThat(e.getMessage()).contains(damaged.place());
        });
    assertThat(HostileWorkbooksTest.hashes(store().directory())).isEqualTo(hashes);
    assertThat(Ledger.open(store(), Map.of()).panel().edition(Source.NATO)).contains(before);
  }
}
