package dev.bulwark.answers.burden;

import static dev.bulwark.answers.Asking.ask;
import static dev.bulwark.answers.Asking.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.answers.AnswersException;
import dev.bulwark.answers.table.Table;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The burden questions, asked as the adapters ask them. */
final class BurdenQuestionsTest {

  @Test
  void withoutAYearSpendingAnswersTheLatestYearAndSaysWhich() {
    Table table = ask(new SpendingQuestion());

    // NATO's 2024 tables end with 2024 (an estimate); no later year has every figure.
    assertThat(table.query().get("year")).isEqualTo(2024);
    assertThat(table.records()).allSatisfy(row -> assertThat(row.get("year")).isEqualTo(2024));
    assertThat(table.sources()).contains("NATO 2024");
  }

  @Test
  void theEquipmentColumnIsNamedAfterItsIndicator() {
    Map<String, Object> poland = row(ask(new SpendingQuestion(), "year", "2024"), "iso3", "POL");

    // NATO 2024 Table 8a: Poland spent 51.1% of its defence expenditure on equipment in 2024e.
    assertThat((Double) poland.get("equipment_pct_of_defexp")).isCloseTo(51.1,
        Offset.offset(0.05));
  }

  @Test
  void theGapOfGermanyTo2PercentIn2024IsZeroAndItsSurplusIsPositive() {
    Map<String, Object> germany = row(ask(new GapQuestion(), "target", "2", "year", "2024"),
        "iso3", "DEU");

    // NATO 2024 Table 3: Germany 2.12% in 2024 (estimate), so no gap and 0.12 points over.
    assertThat((Double) germany.get("gap_pp")).isZero();
    assertThat((Double) germany.get("surplus_pp")).isCloseTo(0.12, Offset.offset(0.005));
  }

  @Test
  void aGrowthThatIsNeitherAPercentNorOwnHistoryNamesTheField() {
    assertThatThrownBy(() -> ask(new PathQuestion(), "growth", "fast"))
        .isInstanceOfSatisfying(AnswersException.class, e -> {
          assertThat(e.field()).hasValue("growth");
          assertThat(e.value()).hasValue("fast");
        }).hasMessageContaining("own:FROM-TO");
  }

  @Test
  void growthHasOneRangeTheModelsFromMinus50To100() {
    assertThat(ask(new PathQuestion(), "growth", "-50", "country", "POL").records()).isNotEmpty();
    assertThat(ask(new PathQuestion(), "growth", "100", "country", "POL").records()).isNotEmpty();
    assertThatThrownBy(() -> ask(new PathQuestion(), "growth", "-60"))
        .hasMessageContaining("from -50 to 100");
    assertThatThrownBy(() -> ask(new PathQuestion(), "growth", "100.5"))
        .hasMessageContaining("from -50 to 100");
  }

  @Test
  void aTargetOfZeroOrOverAHundredPercentIsRefused() {
    assertThatThrownBy(() -> ask(new GapQuestion(), "target", "0")).hasMessageContaining("target");
    assertThatThrownBy(() -> ask(new GapQuestion(), "target", "101"))
        .hasMessageContaining("target");
  }

  @Test
  void splitAndYearTogetherAreRefused() {
    assertThatThrownBy(() -> ask(new FairShareQuestion(), "split", "true", "year", "2024"))
        .isInstanceOfSatisfying(AnswersException.class,
            e -> assertThat(e.field()).hasValue("year"));
  }

  @Test
  void thePathOfPolandStartsFromItsPublishedShare() {
    Table path = ask(new PathQuestion(), "target", "3.5", "by", "2035", "country", "POL");

    // NATO 2024 Table 3: Poland 4.12% of GDP in 2024e, already above 3.5%: it stays there.
    assertThat(path.records()).allSatisfy(r -> assertThat(r.get("iso3")).isEqualTo("POL"));
    assertThat((Double) path.records().get(0).get("share_gdp_pct")).isCloseTo(4.12,
        Offset.offset(0.005));
    assertThat(path.attachments()).containsKey("allies");
  }

  @Test
  void spendingListsAnyStatesFromSipriWithItsFlagsAndTheWorldTotal() {
    Table table = ask(new SpendingQuestion(), "country", "RUS,CHN,UKR,USA", "year", "2024");
    Map<String, Object> russia = row(table, "iso3", "RUS");

    // SIPRI 2025-04, sheet "Share of GDP", Russia 2024: 0.07052338645003664 (a fraction), an
    // estimate (blue in the workbook): 7.05% of GDP.
    assertThat((Double) russia.get("share_gdp_pct")).isCloseTo(7.052338645003664,
        Offset.offset(1e-12));
    assertThat(russia.get("estimate")).isEqualTo(true);
    assertThat((String) russia.get("source")).contains("SIPRI 2025-04, estimate");
    // every row is SIPRI's: NATO's tables cover the United States but not Russia or China
    assertThat(table.records()).extracting(r -> (String) r.get("source"))
        .allSatisfy(s -> assertThat(s).startsWith("SIPRI"));
    assertThat(table.records()).extracting(r -> r.get("national_2pct_commitment"))
        .containsOnlyNulls();
    // SIPRI 2025-04, "Regional totals": World 2024, 2,718.2 US$ bn at current prices
    assertThat(table.notes()).anyMatch(n -> n.startsWith("SIPRI's world total for 2024: US$"
        + " 2,718,184 m at current prices"));
    // SIPRI 2025-04, "Share of GDP" 2024: UKR 0.3448, RUS 0.0705, USA 0.0342 at 2% or more; CHN 0.0171
    assertThat(table.notes()).anyMatch(n -> n.startsWith("3 of 4 states meet nato_2pct"));
    assertThat(table.columns()).filteredOn(c -> c.name().equals("meets_nato_2pct"))
        .allSatisfy(c -> assertThat(c.description()).contains("SIPRI's share of GDP"));
  }

  @Test
  void spendingGivesAStatesTrendYearByYear() {
    Table table = ask(new SpendingQuestion(), "country", "RUS", "from", "2014", "to", "2024");

    assertThat(table.records()).extracting(r -> r.get("year"))
        .containsExactly(2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024);
    // SIPRI 2025-04, "Share of GDP", Russia 2023: 0.05402318441206858
    assertThat((Double) row(table, "year", 2023).get("share_gdp_pct"))
        .isCloseTo(5.402318441206858, Offset.offset(1e-12));
    assertThat(table.query()).containsEntry("from", 2014).containsEntry("to", 2024);
  }

  @Test
  void spendingListsSipriRegionalTotalsAskedForByNameOrCode() {
    Table table = ask(new SpendingQuestion(), "country", "Europe,SIPRI_MIDDLE_EAST,USA",
        "year", "2024");

    assertThat(table.records()).extracting(r -> (String) r.get("iso3"))
        .containsExactly("USA", "SIPRI_EUROPE", "SIPRI_MIDDLE_EAST");
    // SIPRI 2025-04, "Regional totals", column AM "2024 (current prices)", US$ b.:
    // Europe AM29 = 693.44172213752552; Middle East AM33 = 243.32818991656828, in red.
    Map<String, Object> europe = row(table, "iso3", "SIPRI_EUROPE");
    assertThat((Double) europe.get("spending_usd_current_m"))
        .isCloseTo(693441.72213752552, Offset.offset(1e-6));
    assertThat(europe.get("share_gdp_pct")).isNull();
    assertThat(europe.get("rank")).isNull();
    assertThat(europe.get("country")).isEqualTo("Europe");
    Map<String, Object> middleEast = row(table, "iso3", "SIPRI_MIDDLE_EAST");
    assertThat((Double) middleEast.get("spending_usd_current_m"))
        .isCloseTo(243328.18991656828, Offset.offset(1e-6));
    assertThat(middleEast.get("estimate")).isEqualTo(true);
    // Same sheet, column AL "2024" at constant 2023 prices: Europe AL29 = 680.74335824986088
    assertThat((Double) europe.get("spending_usd_const2023_m"))
        .isCloseTo(680743.35824986088, Offset.offset(1e-6));
    assertThat(table.notes()).noneMatch(n -> n.contains("not in Bulwark's ledger"));
  }

  @Test
  void spendingGivesARegionsTrendAtConstantPrices() {
    Table table = ask(new SpendingQuestion(), "country", "Western Europe", "from", "2022",
        "to", "2024");

    assertThat(table.records()).extracting(r -> r.get("year")).containsExactly(2022, 2023, 2024);
    // SIPRI 2025-04, "Regional totals": current prices are published for 2024 only (AM32)
    assertThat(row(table, "year", 2023).get("spending_usd_current_m")).isNull();
    assertThat((Double) row(table, "year", 2024).get("spending_usd_current_m"))
        .isCloseTo(397381.61436814357, Offset.offset(1e-6));
  }

  @Test
  void spendingForAllStatesListsEveryStateSipriCoversButNoAggregate() {
    Table table = ask(new SpendingQuestion(), "country", "all", "year", "2024");

    assertThat(table.records()).extracting(r -> (String) r.get("iso3"))
        .contains("RUS", "CHN", "UKR", "USA", "IND").doesNotContain("EUU", "WLD");
    assertThat(table.records().size()).isGreaterThan(140);
  }

  @Test
  void spendingMarksNatosAsteriskInItsOwnColumn() {
    Table table = ask(new SpendingQuestion(), "year", "2024");

    // NATO 2024 tables: Czechia, Estonia, Latvia, Lithuania, Poland and Romania carry the asterisk
    // (national law or political agreement to spend at least 2% of GDP).
    assertThat(table.records()).filteredOn(r -> Boolean.TRUE.equals(r.get("national_2pct_commitment")))
        .extracting(r -> r.get("iso3"))
        .containsExactlyInAnyOrder("CZE", "EST", "LVA", "LTU", "POL", "ROU");
    assertThat(row(table, "iso3", "DEU").get("national_2pct_commitment")).isEqualTo(false);
  }

  @Test
  void inSipriYearsTheTargetColumnsSayTheyTestSipriShares() {
    Table table = ask(new SpendingQuestion(), "year", "1995");

    assertThat(table.notes()).anyMatch(n -> n.startsWith("the targets are tested on SIPRI's share"));
    assertThat(table.records()).extracting(r -> r.get("national_2pct_commitment"))
        .containsOnlyNulls();
  }

  @Test
  void aYearWithASpanIsRefused() {
    assertThatThrownBy(() -> ask(new SpendingQuestion(), "year", "2024", "from", "2014"))
        .isInstanceOfSatisfying(AnswersException.class,
            e -> assertThat(e.field()).hasValue("year"));
  }

  @Test
  void theNetherlandsGapIsPricedAtCurrentPricesWithBothSharesShown() {
    Table gap = ask(new GapQuestion(), "target", "2", "year", "2024");
    Map<String, Object> nld = row(gap, "iso3", "NLD");

    // NATO 2024, 2024e: Table 3 2.05% of real GDP; Table 2 21,460 and Table 5 1,162,883 US$ m
    // at current prices: 1.85%, and 2% x 1,162,883 - 21,460 = 1,797.7
    assertThat((Double) nld.get("share_gdp_pct")).isCloseTo(2.05, Offset.offset(0.005));
    assertThat((Double) nld.get("share_gdp_current_pct")).isCloseTo(1.85, Offset.offset(0.005));
    assertThat((Double) nld.get("gap_pp")).isZero();
    assertThat((Double) nld.get("gap_usd_current_m")).isCloseTo(1797.7, Offset.offset(1.0));
    assertThat(gap.notes()).anyMatch(n -> n.startsWith("NLD meets 2% by its published share"
        + " (2.05%) but spends 1.85% of GDP at current prices in 2024: NATO computes"));
  }

  @Test
  void theNetherlandsPathStartsFromNatosPublishedSpending() {
    Table path = ask(new PathQuestion(), "country", "NLD");

    // NATO 2024 Table 2, Netherlands 2024e: 21,460 US$ million at current prices (not 23,834)
    assertThat((Double) path.records().get(0).get("spending_usd_current_m")).isCloseTo(21460,
        Offset.offset(0.5));
    assertThat((Double) path.records().get(0).get("share_gdp_current_pct")).isCloseTo(1.85,
        Offset.offset(0.005));
  }
}
