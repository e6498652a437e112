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
  void theGapIsTheShortfallInPointsPricedAtCurrentGdp() {
    AllyGap spain = gaps.ally("ESP");
    // hand: (2.0 - 1.3) = 0.7 pp; 0.7 / 100 x 1600 = 11.2 US$ million
    assertThat(spain.gapPoints()).isCloseTo(0.7, within(TOLERANCE));
    assertThat(spain.gapUsdMillion()).isCloseTo(11.2, within(TOLERANCE));
    assertThat(spain.surplusPoints()).isZero();
    assertThat(spain.provenance()).containsExactly("NATO 2024, estimate");
  }

  @Test
  void anAllyAtOrAboveTheTargetHasNoGapButASurplus() {
    AllyGap germany = gaps.ally("DEU");
    // hand: 2.1 - 2.0 = 0.1 pp; 0.1 / 100 x 5000 = 5 US$ million
    assertThat(germany.gapUsdMillion()).isZero();
    assertThat(germany.surplusUsdMillion()).isCloseTo(5.0, within(TOLERANCE));
    assertThat(gaps.ally("SWE").meetsTarget()).isTrue();
  }

  @Test
  void totalsSumTheAllies() {
    // hand: gap only ESP 11.2; surplus USA 1.5% x 28000 = 420, POL 2% x 1000 = 20, DEU 5, SWE 0
    assertThat(gaps.totalGapUsdMillion()).isCloseTo(11.2, within(TOLERANCE));
    assertThat(gaps.totalSurplusUsdMillion()).isCloseTo(445.0, within(TOLERANCE));
    assertThat(gaps.alliesBelow()).isEqualTo(1);
    assertThat(gaps.allies()).hasSize(5).first().extracting(AllyGap::iso3).isEqualTo("ESP");
  }

  @Test
  void aHigherTargetWidensEveryGap() {
    GapReport hague = TargetGap.withDefaults().withTarget(Percent.of(3.5)).measure(panel, alliance, 2024);
    // hand: ESP 2.2% x 1600 = 35.2, DEU 1.4% x 5000 = 70, SWE 1.5% x 600 = 9; USA and POL none
    assertThat(hague.totalGapUsdMillion()).isCloseTo(114.2, within(TOLERANCE));
    assertThat(hague.alliesBelow()).isEqualTo(3);
    assertThat(hague.allies()).extracting(AllyGap::iso3).startsWith("DEU", "ESP", "SWE");
  }

  @Test
  void sipriYearsPriceTheGapAtWorldBankGdp() {
    GapReport y1995 = TargetGap.withDefaults().measure(panel, alliance, 1995);
    // hand: DEU (2.0 - 1.6) / 100 x 2.6e6 US$ million = 10400
    assertThat(y1995.ally("DEU").gapUsdMillion()).isCloseTo(10400.0, within(1e-6));
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
      assertThat(spain.gapUsdMillion()).isCloseTo(11897.910849963131, within(1e-6));
    }
  }
}
