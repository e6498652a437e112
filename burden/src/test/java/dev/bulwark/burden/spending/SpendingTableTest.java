package dev.bulwark.burden.spending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import dev.bulwark.burden.BurdenException;
import dev.bulwark.burden.NatoLedger;
import dev.bulwark.burden.SmallAlliance;
import dev.bulwark.burden.figures.SpendingSource;
import dev.bulwark.core.BulwarkException.Kind;
import dev.bulwark.core.alliance.Alliance;
import dev.bulwark.core.panel.Panel;
import dev.bulwark.core.panel.SpendingDefinition;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Expected values are read off the table in {@link SmallAlliance} by hand. */
final class SpendingTableTest {

  private final Panel panel = SmallAlliance.panel();
  private final Alliance alliance = SmallAlliance.alliance();
  private final SpendingReport table = SpendingTable.withDefaults().tabulate(panel, alliance, 2024);

  @Test
  void alliesAreRankedByShareOfGdpHighestFirst() {
    assertThat(table.allies()).extracting(AllySpending::iso3)
        .containsExactly("POL", "USA", "DEU", "SWE", "ESP");
    assertThat(table.allies()).extracting(AllySpending::rank).containsExactly(1, 2, 3, 4, 5);
  }

  @Test
  void aShareOfExactlyTwoPercentMeetsTheWalesTarget() {
    assertThat(table.ally("SWE").verdict("nato_2pct")).isEqualTo(Verdict.MET);
    assertThat(table.tally("nato_2pct").summary()).isEqualTo("4 of 5 allies meet nato_2pct");
  }

  @Test
  void theEquipmentTargetIsCheckedOnTheEquipmentShare() {
    // hand: USA 30, POL 50, DEU 28 meet 20; SWE 19.99 and ESP 19 do not
    assertThat(table.ally("SWE").verdict("nato_equipment_20pct")).isEqualTo(Verdict.NOT_MET);
    assertThat(table.tally("nato_equipment_20pct")).extracting(TargetTally::met, TargetTally::assessed)
        .containsExactly(3, 5);
  }

  @Test
  void onCoreFiguresTheCoreTargetIsTestedAsAgreedAndFivePercentIsALowerBound() {
    // NATO's 2026 tables give core defence expenditure (The Hague 2025 definition).
    assertThat(Targets.nato().caveats(SpendingDefinition.HAGUE_CORE)).containsExactly(
        "nato_2pct: tested on core defence expenditure, which the edition reports in place of"
            + " total defence expenditure",
        "nato_equipment_20pct: tested on equipment as a share of core defence expenditure, as"
            + " the edition reports it",
        "hague_core_3_5pct: tested on core defence expenditure as the edition reports it (The"
            + " Hague 2025 definition)",
        "hague_total_5pct: tested on core defence expenditure alone, a lower bound on the whole:"
            + " the 1.5% defence- and security-related part is not in the data, so an ally that"
            + " misses 5% may meet it");
    assertThat(table.notes())
        .contains("the shares and verdicts count total defence expenditure (NATO definition)");
  }

  @Test
  void theHagueTargetsAreTestedOnTotalSpendingAndSaySo() {
    // hand: POL 4.0 and USA 3.5 are at or above 3.5; nobody reaches 5
    assertThat(table.tally("hague_core_3_5pct").met()).isEqualTo(2);
    assertThat(table.tally("hague_total_5pct").met()).isZero();
    assertThat(table.notes()).anyMatch(n -> n.startsWith("hague_core_3_5pct: tested on total")
        && n.contains("upper bound on core defence"));
    assertThat(table.notes()).anyMatch(n -> n.startsWith("hague_total_5pct:")
        && n.contains("1.5% defence- and security-related part is not in the data"));
  }

  @Test
  void aRowCarriesEveryFigureWithItsProvenance() {
    AllySpending poland = table.ally("POL");
    assertThat(poland.shareOfGdpPct()).isEqualTo(4.0);
    assertThat(poland.spendingUsdMillion()).isEqualTo(OptionalDouble.of(40));
    assertThat(poland.equipmentSharePct()).isEqualTo(OptionalDouble.of(50));
    assertThat(poland.militaryPersonnelThousand()).isEqualTo(OptionalDouble.of(200));
    assertThat(poland.perCapitaUsd()).isEqualTo(OptionalDouble.of(200));
    assertThat(poland.provenance()).containsExactly("NATO 2024, estimate");
    assertThat(poland.estimate()).isTrue();
    assertThat(table.perCapitaUnit())
        .isEqualTo("US$ per person, constant prices of the edition's price base year");
  }

  @Test
  void icelandIsLeftOutOfRowsAndCounts() {
    assertThat(table.roster().leftOut()).containsExactly("ISL");
    assertThat(table.allies()).hasSize(5);
    assertThatThrownBy(() -> table.ally("ISL")).hasMessageContaining("no row for 'ISL'");
  }

  @Test
  void aYearBeforeTheNatoTablesIsReadFromSipriWithoutEquipment() {
    SpendingReport y1995 = SpendingTable.withDefaults().tabulate(panel, alliance, 1995);
    assertThat(y1995.source()).isEqualTo(SpendingSource.SIPRI);
    assertThat(y1995.allies()).extracting(AllySpending::iso3).containsExactly("USA", "DEU", "ESP");
    assertThat(y1995.ally("USA").verdict("nato_equipment_20pct")).isEqualTo(Verdict.NO_DATA);
    assertThat(y1995.tally("nato_equipment_20pct").assessed()).isZero();
    assertThat(y1995.notes().get(0)).isEqualTo("source: SIPRI (1995 is not in NATO's tables in this panel)");
    assertThat(y1995.ally("USA").provenance()).containsExactly("SIPRI 2025-04");
    assertThat(y1995.ally("USA").estimate()).isFalse();
  }

  @Test
  void equalSharesShareARank() {
    SpendingReport tied = SpendingTable.withDefaults()
        .withTargets(Targets.of(Targets.WALES_2_PERCENT))
        .tabulate(SmallAlliance.panelWithTie(), alliance, 2024);
    assertThat(tied.allies()).extracting(AllySpending::rank).containsExactly(1, 1, 3);
  }

  @Test
  void aYearWithoutDataIsBadInput() {
    assertThatThrownBy(() -> SpendingTable.withDefaults().tabulate(panel, alliance, 2031))
        .isInstanceOf(BurdenException.class)
        .extracting(e -> ((BurdenException) e).kind()).isEqualTo(Kind.BAD_INPUT);
  }

  @Test
  void targetIdsMustBeUnique() {
    assertThatThrownBy(() -> Targets.of(Targets.WALES_2_PERCENT, Targets.WALES_2_PERCENT))
        .hasMessage("target ids must be unique, were [nato_2pct, nato_2pct]");
  }

  /** NATO's own statements about its 2024 tables (press release of 17 June 2024). */
  @Nested
  class OnTheEmbeddedNatoLedger {

    private final SpendingReport nato2024 = SpendingTable.withDefaults()
        .tabulate(NatoLedger.panel(), NatoLedger.nato(), 2024);

    @Test
    void twentyThreeOfThirtyOneAlliesWithArmedForcesReachTwoPercentIn2024e() {
      assertThat(nato2024.source()).isEqualTo(SpendingSource.NATO);
      assertThat(nato2024.tally("nato_2pct").summary()).isEqualTo("23 of 31 allies meet nato_2pct");
      assertThat(nato2024.roster().summary()).startsWith("31 allies with armed forces and NATO figures for 2024")
          .contains("ISL");
    }

    @Test
    void slovakiaAtExactlyTwoPercentCountsAsMeetingIt() {
      // NATO Table 3, 2024e: Slovak Republic 2.00
      assertThat(nato2024.ally("SVK").shareOfGdpPct()).isEqualTo(2.0);
      assertThat(nato2024.ally("SVK").verdict("nato_2pct")).isEqualTo(Verdict.MET);
    }

    @Test
    void polandSpendsTheMostAndSpainTheLeast() {
      // NATO Table 3, 2024e: Poland 4.12, Spain 1.28
      assertThat(nato2024.allies().get(0).iso3()).isEqualTo("POL");
      assertThat(nato2024.allies().get(0).shareOfGdpPct()).isCloseTo(4.12, offset(0.005));
      assertThat(nato2024.allies().get(30).iso3()).isEqualTo("ESP");
      assertThat(nato2024.allies().get(30).rank()).isEqualTo(31);
      assertThat(nato2024.ally("ESP").provenance()).containsExactly("NATO 2024, estimate");
    }
  }
}
