package dev.bulwark.burden.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.bulwark.burden.NatoLedger;
import dev.bulwark.burden.SmallAlliance;
import dev.bulwark.core.alliance.Alliance;
import dev.bulwark.core.panel.Panel;
import dev.bulwark.core.unit.Percent;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Expected values are derived by hand from the table in {@link SmallAlliance}. */
final class TargetGapTest {

  private static final double TOLERANCE = 1e-9;

  private final Panel panel = SmallAlliance.panel();
  private final Alliance alliance = SmallAlliance.alliance();
  private final GapReport gaps = TargetGap.withDefaults().measure(panel, alliance, 2024);

  @Test
  void theGapIsTheShortfallInPointsAndTargetTimesGdpLessSpendingInDollars() {
    AllyGap spain = gaps.ally("ESP");
    // hand: (2.0 - 1.3) = 0.7 pp of the published share; 2 / 100 x 1600 - 20 = 12 US$ million
    assertThat(spain.gapPoints()).isCloseTo(0.7, within(TOLERANCE));
    assertThat(spain.gapUsdMillion()).isCloseTo(12.0, within(TOLERANCE));
    assertThat(spain.shareCurrentPct()).isCloseTo(1.25, within(TOLERANCE));
    assertThat(spain.surplusPoints()).isZero();
    assertThat(spain.provenance()).containsExactly("NATO 2024, estimate");
  }

  @Test
  void anAllyAtOrAboveTheTargetHasNoGapButASurplus() {
    AllyGap germany = gaps.ally("DEU");
    // hand: 2.1 - 2.0 = 0.1 pp by the published share; at current prices 100 / 5000 = 2.0%,
    // exactly the target, so neither gap nor surplus in dollars
    assertThat(germany.surplusPoints()).isCloseTo(0.1, within(TOLERANCE));
    assertThat(germany.gapUsdMillion()).isZero();
    assertThat(germany.surplusUsdMillion()).isZero();
    // hand: USA 1000 - 2 / 100 x 28000 = 440
    assertThat(gaps.ally("USA").surplusUsdMillion()).isCloseTo(440.0, within(TOLERANCE));
    assertThat(gaps.ally("SWE").meetsTarget()).isTrue();
  }

  @Test
  void totalsSumTheAllies() {
    // hand: gap only ESP 12; surplus USA 440, POL 40 - 20 = 20, DEU 0, SWE 0
    assertThat(gaps.totalGapUsdMillion()).isCloseTo(12.0, within(TOLERANCE));
    assertThat(gaps.totalSurplusUsdMillion()).isCloseTo(460.0, within(TOLERANCE));
    assertThat(gaps.alliesBelow()).isEqualTo(1);
    assertThat(gaps.allies()).hasSize(5).first().extracting(AllyGap::iso3).isEqualTo("ESP");
  }

  @Test
  void aHigherTargetWidensEveryGap() {
    GapReport hague = TargetGap.withDefaults().withTarget(Percent.of(3.5)).measure(panel, alliance, 2024);
    // hand: ESP 56 - 20 = 36, DEU 175 - 100 = 75, SWE 21 - 12 = 9; USA (980 < 1000) and POL none
    assertThat(hague.totalGapUsdMillion()).isCloseTo(120.0, within(TOLERANCE));
    assertThat(hague.alliesBelow()).isEqualTo(3);
    assertThat(hague.allies()).extracting(AllyGap::iso3).startsWith("DEU", "ESP", "SWE");
  }

  @Test
  void sipriYearsPriceTheGapAtWorldBankGdp() {
    GapReport y1995 = TargetGap.withDefaults().measure(panel, alliance, 1995);
    // hand: DEU 2.0 / 100 x 2.6e6 US$ million - 41000 = 11000
    assertThat(y1995.ally("DEU").gapUsdMillion()).isCloseTo(11000.0, within(1e-6));
    assertThat(y1995.ally("DEU").provenance()).containsExactly("SIPRI 2025-04", "World Bank 2025-01");
  }

  @Test
  void aTargetAboveOneHundredPercentIsRefused() {
    assertThatThrownBy(() -> TargetGap.withDefaults().withTarget(Percent.of(120)))
        .hasMessageContaining("target share of GDP (%) must be a number from")
        .hasMessageContaining("was 120.0");
  }

  @Nested
  class OnTheEmbeddedNatoLedger {

    @Test
    void spainIsShortOfTwoPercentByItsPublishedGapTimesItsGdp() {
      AllyGap spain = TargetGap.withDefaults().measure(NatoLedger.panel(), NatoLedger.nato(), 2024)
          .ally("ESP");
      // NATO 2024 tables, 2024e: Table 3 share 1.282549642204323 %, Table 5 GDP 1658360.1528221054
      // US$ million; hand: (2.0 - 1.282549642204323) / 100 x 1658360.1528221054
      // python3 -c 'print((2.0-1.282549642204323)/100*1658360.1528221054)'  -> 11897.910849963131
      assertThat(spain.gapPoints()).isCloseTo(0.717450357795677, within(1e-12));
      // at current prices Spain spends 21269.292206478982 (Table 2): 2% x GDP - spending is the same
      // python3 -c 'print(0.02*1658360.1528221054-21269.292206478982)'  -> 11897.910849963126
      assertThat(spain.gapUsdMillion()).isCloseTo(11897.910849963131, within(1e-6));
    }

    @Test
    void theNetherlandsMeetsTwoPercentByNatosShareButHasAGapAtCurrentPrices() {
      AllyGap nld = TargetGap.withDefaults().measure(NatoLedger.panel(), NatoLedger.nato(), 2024)
          .ally("NLD");
      // NATO 2024 tables, 2024e: Table 3 share of real GDP 2.05%, so no gap in points;
      // Table 2 spending 21,460 and Table 5 GDP 1,162,883 US$ million (current prices):
      // 21,460 / 1,162,883 = 1.85%, and 2% x 1,162,883 - 21,460 = 1,797.7 US$ million
      assertThat(nld.meetsTarget()).isTrue();
      assertThat(nld.gapPoints()).isZero();
      assertThat(nld.shareCurrentPct()).isCloseTo(1.85, within(0.005));
      assertThat(nld.gapUsdMillion()).isCloseTo(0.02 * 1_162_883 - 21_460, within(1.0));
      assertThat(nld.surplusUsdMillion()).isZero();
      assertThat(nld.sharesDisagree()).isTrue();
    }
  }
}
