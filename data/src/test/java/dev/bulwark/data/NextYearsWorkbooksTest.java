package dev.bulwark.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.bulwark.core.panel.Edition;
import dev.bulwark.core.panel.Flag;
import dev.bulwark.core.panel.Indicator;
import dev.bulwark.core.panel.Source;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Next year's official workbooks import: the publishers move the constant-price base year with
 * their releases (NATO from 2015 to 2021 in its 2025 edition, SIPRI from 2023 to 2024 in its 2026
 * release) and add a year column, and a re-saved older workbook does not displace a newer
 * edition. Expected figures follow from the fixtures' rule (see {@link NatoFixture} and
 * {@link SipriFixture}).
 */
final class NextYearsWorkbooksTest {

  @TempDir Path tmp;

  private EditionStore store() {
    return EditionStore.at(tmp.resolve("store"));
  }

  private static NatoFixture nato2025() {
    NatoFixture next = new NatoFixture();
    next.years = List.of("2023", "2024", "2025e");
    next.priceBase = 2021;
    return next;
  }

  @Test
  void natoTablesAtTheNew2021PriceBaseWithA2025eColumnImportAndReportTheirBase() throws IOException {
    Edition edition = store().importWorkbook(Source.NATO, nato2025().write(tmp.resolve("n.xlsx")));
    Ledger ledger = Ledger.open(store(), Map.of());

    assertThat(edition.id()).isEqualTo("2025");
    assertThat(edition.priceBase()).isEqualTo(OptionalInt.of(2021));
    assertThat(ledger.priceBase(Source.NATO)).isEqualTo(OptionalInt.of(2021));
    // TABLE2's second block is "Constant 2021 prices and exchange rates": Germany's 1.5 + 1.
    assertThat(ledger.panel().observation(Indicator.NATO_DEFEXP_USD_CONSTANT, "DEU", 2025))
        .hasValueSatisfying(o -> {
          assertThat(o.value()).isEqualTo(2.5);
          assertThat(o.flag()).isEqualTo(Flag.ESTIMATE);
          assertThat(o.edition().priceBase()).isEqualTo(OptionalInt.of(2021));
        });
    assertThat(ledger.panel().value(Indicator.NATO_DEFEXP_NCU_CONSTANT, "POL", 2023)).hasValue(5.0);
    assertThat(ledger.panel().value(Indicator.NATO_GDP_PER_CAPITA_CONSTANT, "USA", 2024))
        .hasValue(3.3);
  }

  @Test
  void sipriWorkbookWithTheConstant2024SheetAndA2025ColumnImportsAndReportsItsBase()
      throws IOException {
    SipriFixture next = new SipriFixture();
    next.priceBase = 2024;
    next.years = List.of(2023, 2024, 2025);
    Edition edition = store().importWorkbook(Source.SIPRI, next.write(tmp.resolve("s.xlsx")));
    Ledger ledger = Ledger.open(store(), Map.of());

    assertThat(edition.id()).isEqualTo("2026-04");
    assertThat(edition.title()).isEqualTo("SIPRI Military Expenditure Database 2026 (data 2023-2025)");
    assertThat(ledger.priceBase(Source.SIPRI)).isEqualTo(OptionalInt.of(2024));
    assertThat(ledger.panel().observation(Indicator.SIPRI_MILEX_CONSTANT, "RUS", 2025))
        .hasValueSatisfying(o -> {
          assertThat(o.value()).isEqualTo(7.1);
          assertThat(o.flag()).isEqualTo(Flag.ESTIMATE);
        });
    // The World in US$ b. becomes US$ m.: 2810.0 at 2024 prices, 2890.0 at 2025 prices.
    assertThat(ledger.panel().value(Indicator.SIPRI_MILEX_CONSTANT, "WLD", 2025)).hasValue(2810000.0);
    assertThat(ledger.panel().value(Indicator.SIPRI_MILEX_CURRENT, "WLD", 2025)).hasValue(2890000.0);
    // The share sheet holds the fraction 0.034, stored as 3.4 percent.
    assertThat(ledger.panel().value(Indicator.SIPRI_MILEX_SHARE_GDP, "USA", 2025).orElseThrow())
        .isCloseTo(3.4, within(1e-12));
  }

  @Test
  void headingsThatNameTwoPriceBasesAreRejectedNamingBothCells() throws IOException {
    Path file = nato2025().text("TABLE5!B16", "Constant 2015 prices and exchange rates")
        .write(tmp.resolve("mixed.xlsx"));

    assertThatThrownBy(() -> store().importWorkbook(Source.NATO, file))
        .isInstanceOfSatisfying(ImportException.class, e -> {
          assertThat(e.getMessage()).isEqualTo("block heading 'Constant 2015 prices and exchange"
              + " rates' at TABLE5!B16 names price base 2015, but 'Constant 2021 prices' at"
              + " TABLE1!B16 names 2021: expected one price base year in the whole workbook");
          assertThat(e.sheet()).isEqualTo("TABLE5");
          assertThat(e.cell()).isEqualTo("B16");
        });
    assertThat(store().editions()).isEmpty();
  }

  @Test
  void aWorkbookWithoutAConstantPriceSheetNamesThePatternItExpected() throws IOException {
    NatoFixture notSipri = new NatoFixture();

    assertThatThrownBy(() -> store().importWorkbook(Source.SIPRI,
        notSipri.write(tmp.resolve("nato.xlsx"))))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith("'nato.xlsx' has no sheet 'Constant (YYYY) US$': expected SIPRI's");
  }

  @Test
  void theBundledEditionsRecordTheirPriceBases() {
    // NATO's June 2024 tables are at 2015 prices, SIPRI's April 2025 release at 2023 prices.
    Ledger ledger = Ledger.embedded();

    assertThat(ledger.priceBase(Source.NATO)).isEqualTo(OptionalInt.of(2015));
    assertThat(ledger.priceBase(Source.SIPRI)).isEqualTo(OptionalInt.of(2023));
    assertThat(ledger.priceBase(Source.WORLD_BANK)).isEmpty();
  }

  @Test
  void aReSavedOlderWorkbookDoesNotDisplaceTheNewerEdition() throws IOException {
    NatoFixture current = nato2025();
    current.savedOn = LocalDate.of(2025, 6, 5);
    NatoFixture resaved = new NatoFixture();
    resaved.savedOn = LocalDate.of(2025, 11, 2);
    store().importWorkbook(Source.NATO, current.write(tmp.resolve("2025.xlsx")));
    Edition older = store().importWorkbook(Source.NATO, resaved.write(tmp.resolve("2024.xlsx")));
    Ledger ledger = Ledger.open(store(), Map.of());

    assertThat(older.published()).isEqualTo(LocalDate.of(2025, 11, 2));
    assertThat(ledger.panel().edition(Source.NATO)).map(Edition::id).contains("2025");
    assertThat(ledger.availableEditions()).extracting(Edition::citation)
        .containsSubsequence("NATO 2024", "NATO 2025");
    assertThat(store().editions()).extracting(Edition::id).containsExactly("2024", "2025");
  }
}
