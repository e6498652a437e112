package dev.bulwark.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.core.panel.Flag;
import dev.bulwark.core.panel.Indicator;
import dev.bulwark.core.panel.Observation;
import dev.bulwark.core.panel.Source;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The bundled ledger reproduces the published figures to the published digit. Expected values
 * are read off the official tables: NATO, Defence Expenditure of NATO Countries (2014-2024),
 * Table 3 and Table 8a, column 2024e; SIPRI Military Expenditure Database 2025, sheets Current
 * US$, Share of GDP and Regional totals, column 2024.
 */
final class PublishedFiguresTest {

  private final Ledger ledger = Ledger.embedded();

  private double nato(Indicator indicator, String iso3) {
    return ledger.panel().value(indicator, iso3, 2024).orElseThrow();
  }

  private static double published(double value, int digits) {
    return BigDecimal.valueOf(value).setScale(digits, RoundingMode.HALF_UP).doubleValue();
  }

  @Test
  void natoShareOfGdpIn2024MatchesTable3() {
    assertThat(published(nato(Indicator.NATO_DEFEXP_SHARE_GDP, "POL"), 2)).isEqualTo(4.12);
    assertThat(published(nato(Indicator.NATO_DEFEXP_SHARE_GDP, "USA"), 2)).isEqualTo(3.38);
    assertThat(published(nato(Indicator.NATO_DEFEXP_SHARE_GDP, "ESP"), 2)).isEqualTo(1.28);
    assertThat(published(nato(Indicator.NATO_DEFEXP_SHARE_GDP, "NATO_TOTAL"), 2)).isEqualTo(2.71);
    assertThat(published(nato(Indicator.NATO_DEFEXP_SHARE_GDP, "NATO_EUROPE_CANADA"), 2))
        .isEqualTo(2.02);
  }

  @Test
  void polandSpendsHalfOnEquipmentIn2024AsTable8aShows() {
    assertThat(published(nato(Indicator.NATO_EQUIPMENT_SHARE, "POL"), 1)).isEqualTo(51.1);
  }

  @Test
  void the2024FiguresAreNatoEstimates() {
    Observation poland = ledger.panel()
        .observation(Indicator.NATO_DEFEXP_SHARE_GDP, "POL", 2024).orElseThrow();
    assertThat(poland.flag()).isEqualTo(Flag.ESTIMATE);
    assertThat(poland.provenance()).isEqualTo("NATO 2024, estimate");
    assertThat(ledger.panel().observation(Indicator.NATO_DEFEXP_SHARE_GDP, "POL", 2022)
        .orElseThrow().flag()).isEqualTo(Flag.REPORTED);
  }

  /**
   * 23 of the 31 allies with armed forces are at or above 2.0% in 2024e. The count is the same on
   * NATO's unrounded figures and on the figures rounded to the two published decimals: no ally
   * lies between 1.995 and 2.0, and Slovakia's figure is exactly 2.
   */
  @Test
  void twentyThreeOfThirtyOneAlliesMeetTwoPercentIn2024() {
    List<String> allies = ledger.alliance("NATO").membersIn(2024).stream()
        .filter(a -> ledger.panel().value(Indicator.NATO_DEFEXP_SHARE_GDP, a, 2024).isPresent())
        .toList();
    List<Double> shares = allies.stream()
        .map(a -> nato(Indicator.NATO_DEFEXP_SHARE_GDP, a)).toList();

    assertThat(allies).hasSize(31).doesNotContain("ISL");
    assertThat(shares.stream().filter(s -> s >= 2.0).count()).isEqualTo(23);
    assertThat(shares.stream().filter(s -> published(s, 2) >= 2.0).count()).isEqualTo(23);
    assertThat(nato(Indicator.NATO_DEFEXP_SHARE_GDP, "SVK")).isEqualTo(2.0);
  }

  @Test
  void spainIsTheLowestAllyIn2024() {
    String lowest = ledger.alliance("NATO").membersIn(2024).stream()
        .filter(a -> ledger.panel().value(Indicator.NATO_DEFEXP_SHARE_GDP, a, 2024).isPresent())
        .min(java.util.Comparator.comparingDouble(a -> nato(Indicator.NATO_DEFEXP_SHARE_GDP, a)))
        .orElseThrow();
    assertThat(lowest).isEqualTo("ESP");
  }

  @Test
  void natoMarksSixAlliesWithANationalTwoPercentCommitment() {
    assertThat(ledger.nationalCommitments(Source.NATO))
        .isEqualTo(Set.of("CZE", "EST", "LVA", "LTU", "POL", "ROU"));
    assertThat(ledger.nationalCommitments(Source.SIPRI)).isEmpty();
  }

  @Test
  void sipriFiguresFor2024MatchTheWorkbook() {
    // United States, current US$ m.: 997 309 = $997.3 bn.
    assertThat(published(ledger.panel().value(Indicator.SIPRI_MILEX_CURRENT, "USA", 2024)
        .orElseThrow() / 1000, 1)).isEqualTo(997.3);
    Observation russia = ledger.panel()
        .observation(Indicator.SIPRI_MILEX_SHARE_GDP, "RUS", 2024).orElseThrow();
    assertThat(published(russia.value(), 1)).isEqualTo(7.1);
    assertThat(russia.flag()).isEqualTo(Flag.ESTIMATE);
    Observation ukraine = ledger.panel()
        .observation(Indicator.SIPRI_MILEX_SHARE_GDP, "UKR", 2024).orElseThrow();
    assertThat(published(ukraine.value(), 1)).isEqualTo(34.5);
    assertThat(ukraine.flag()).isEqualTo(Flag.ESTIMATE);
    // World, Regional totals "2024 (current prices)": US$ 2 718 bn, stored in US$ m.
    assertThat(Math.round(ledger.panel().value(Indicator.SIPRI_MILEX_CURRENT, "WLD", 2024)
        .orElseThrow() / 1000)).isEqualTo(2718);
    assertThat(ledger.panel().years(Indicator.SIPRI_MILEX_CONSTANT).stream()
        .filter(y -> ledger.panel().value(Indicator.SIPRI_MILEX_CONSTANT, "WLD", y).isPresent()))
        .hasSize(36).doesNotContain(1991);
  }

  @Test
  void sipriRegionalTotalsFor2024MatchTheRegionalTotalsSheet() {
    // SIPRI 2025-04, sheet "Regional totals", column AM "2024 (current prices)", US$ b.:
    // Europe (row 29) AM29 = 693.44172213752552, in black; Middle East (row 33)
    // AM33 = 243.32818991656828, in red (more than 10% of it SIPRI's estimates).
    Observation europe = ledger.panel()
        .observation(Indicator.SIPRI_MILEX_CURRENT, "SIPRI_EUROPE", 2024).orElseThrow();
    assertThat(published(europe.value() / 1000, 1)).isEqualTo(693.4);
    assertThat(europe.flag()).isEqualTo(Flag.REPORTED);
    Observation middleEast = ledger.panel()
        .observation(Indicator.SIPRI_MILEX_CURRENT, "SIPRI_MIDDLE_EAST", 2024).orElseThrow();
    assertThat(published(middleEast.value() / 1000, 1)).isEqualTo(243.3);
    assertThat(middleEast.flag()).isEqualTo(Flag.ESTIMATE);
    // Same sheet, column AL "2024" at constant 2023 prices: Europe AL29 = 680.74335824986088,
    // Middle East AL33 = 243.4933715715496.
    assertThat(published(ledger.panel().value(Indicator.SIPRI_MILEX_CONSTANT, "SIPRI_EUROPE",
        2024).orElseThrow() / 1000, 1)).isEqualTo(680.7);
    assertThat(published(ledger.panel().value(Indicator.SIPRI_MILEX_CONSTANT,
        "SIPRI_MIDDLE_EAST", 2024).orElseThrow() / 1000, 1)).isEqualTo(243.5);
    // Every row of the sheet under the year headings: World and SIPRI's 18 regions and
    // sub-regions (A15:A33).
    assertThat(ledger.panel().countries(Indicator.SIPRI_MILEX_CURRENT).stream()
        .filter(c -> c.equals("WLD") || c.startsWith("SIPRI_"))).hasSize(19);
  }

  @Test
  void worldBankSeriesKeepCountriesAndTheWorldButNotOtherAggregates() {
    assertThat(ledger.panel().value(Indicator.WB_POPULATION, "WLD", 2024)).isPresent();
    assertThat(ledger.panel().value(Indicator.WB_GDP_USD_CURRENT, "USA", 2023)).isPresent();
    assertThat(ledger.panel().countries(Indicator.WB_GDP_USD_CURRENT))
        .doesNotContain("EUU", "HIC").contains("DEU", "WLD");
  }

  @Test
  void theBundledEditionsAreOnePerSource() {
    assertThat(ledger.availableEditions()).extracting(e -> e.citation())
        .containsExactly("NATO 2024", "SIPRI 2025-04", "World Bank 2026-03");
    assertThat(ledger.panel().edition(Source.NATO).orElseThrow().published())
        .isEqualTo(java.time.LocalDate.of(2024, 6, 17));
  }

  @Test
  void unknownAllianceNamesTheKnownOnes() {
    assertThat(ledger.alliance("nato").id()).isEqualTo("NATO");
    assertThatThrownBy(() -> ledger.alliance("SEATO"))
        .isInstanceOf(LedgerException.class)
        .hasMessage("unknown alliance 'SEATO': expected one of [NATO]");
  }
}
