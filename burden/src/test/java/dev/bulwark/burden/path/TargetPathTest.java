package dev.bulwark.burden.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.bulwark.burden.BurdenException;
import dev.bulwark.burden.NatoLedger;
import dev.bulwark.burden.SmallAlliance;
import dev.bulwark.core.alliance.Alliance;
import dev.bulwark.core.panel.Panel;
import dev.bulwark.core.unit.Percent;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Paths from 2024 in {@link SmallAlliance}; expected values computed independently in Python. */
final class TargetPathTest {

  private static final double TOLERANCE = 1e-9;

  private final Panel panel = SmallAlliance.panel();
  private final Alliance alliance = SmallAlliance.alliance();
  private final PathReport paths = TargetPath.withDefaults().project(panel, alliance);

  @Test
  void thePathStartsAtTheLatestYearWithDataAndEndsAtTheTargetYear() {
    assertThat(paths.baseYear()).isEqualTo(2024);
    assertThat(paths.targetYear()).isEqualTo(2035);
    assertThat(paths.ally("ESP").years()).hasSize(12);
    assertThat(paths.roster().leftOut()).containsExactly("ISL");
  }

  @Test
  void theShareRisesLinearlyAndGdpGrowsThreePercentAYear() {
    PathYear y2030 = paths.ally("ESP").years().get(6);
    // hand: published 1.3 + (3.5 - 1.3) x 6 / 11 = 2.5; at current prices 20 / 1600 = 1.25,
    // 1.25 + (3.5 - 1.25) x 6 / 11 = 2.4772727...
    assertThat(y2030.sharePct()).isCloseTo(2.5, within(TOLERANCE));
    assertThat(y2030.shareCurrentPct()).isCloseTo(1.25 + 2.25 * 6 / 11, within(TOLERANCE));
    // python3 -c 'print(1600*1.03**6)'  -> 1910.4836744464003
    assertThat(y2030.gdpUsdMillion()).isCloseTo(1910.4836744464003, within(TOLERANCE));
    // python3 -c 'print((1.25+2.25*6/11)/100*1600*1.03**6)'  -> 47.32789102605855
    assertThat(y2030.spendingUsdMillion()).isCloseTo(47.32789102605855, within(TOLERANCE));
  }

  @Test
  void thePathStartsFromThePublishedSpendingNotShareTimesGdp() {
    // hand: ESP publishes 20 (share 1.3% x GDP 1600 would be 20.8)
    assertThat(paths.ally("ESP").years().get(0).spendingUsdMillion()).isEqualTo(20.0);
    assertThat(paths.ally("ESP").startShareCurrentPct()).isCloseTo(1.25, within(TOLERANCE));
  }

  @Test
  void theRequiredSpendingGrowthIsTheCompoundRateFromStartToTarget() {
    // python3 -c 'print((3.5/100*1600*1.03**11/20)**(1/11)-1)'  -> 0.13106601874266266
    assertThat(paths.ally("ESP").requiredSpendingGrowth()).isCloseTo(0.13106601874266266, within(TOLERANCE));
  }

  @Test
  void theCumulativeExtraIsTheSpendingAboveTodaysShare() {
    // python3 -c 'print(sum((2.25*k/11)/100*1600*1.03**k for k in range(1,12)))'  -> 271.7825665929459
    assertThat(paths.ally("ESP").cumulativeExtraUsdMillion()).isCloseTo(271.7825665929459, within(1e-9));
    // python3, shares at current prices: DEU 100/5000 = 2.0 -> 566.2136804019706,
    // SWE 12/600 = 2.0 -> 67.94564164823647, ESP 271.7825665929459, POL and USA 0
    assertThat(paths.totalExtraUsdMillion())
        .isCloseTo(271.7825665929459 + 566.2136804019706 + 67.94564164823647, within(1e-9));
  }

  @Test
  void anAllyAlreadyAboveTheTargetStaysAtItsShare() {
    AllyPath poland = paths.ally("POL");
    assertThat(poland.years()).allSatisfy(y -> assertThat(y.sharePct()).isEqualTo(4.0));
    assertThat(poland.cumulativeExtraUsdMillion()).isZero();
    // hand: spending then grows with GDP, 3% a year
    assertThat(poland.requiredSpendingGrowth()).isCloseTo(0.03, within(TOLERANCE));
  }

  @Test
  void gdpCanGrowAtEachAllysOwnPastRate() {
    PathReport own = TargetPath.withDefaults().withGrowth(GdpGrowth.ownHistory(2023, 2024))
        .project(panel, alliance);
    // hand: ESP GDP 1500 -> 1600 is 1/15 a year
    assertThat(own.ally("ESP").gdpGrowthRate()).isCloseTo(1.0 / 15, within(TOLERANCE));
    // python3 -c 'g=1600/1500-1; print((3.5/100*1600*(1+g)**11/20)**(1/11)-1, sum((2.25*k/11)/100*1600*(1+g)**k for k in range(1,12)))'
    assertThat(own.ally("ESP").requiredSpendingGrowth()).isCloseTo(0.17133050484677037, within(TOLERANCE));
    assertThat(own.ally("ESP").cumulativeExtraUsdMillion()).isCloseTo(359.4583218164832, within(1e-9));
    assertThat(own.assumptions()).contains("GDP in current US$ grows at each ally's compound average rate over 2023–2024");
  }

  @Test
  void aFlatRateIsStatedInPercentWithoutBinaryNoise() {
    // 0.035 x 100 is 3.5000000000000004 in binary floating point; the words must say 3.5%
    assertThat(GdpGrowth.flat(0.035).describe()).isEqualTo("GDP in current US$ grows 3.5% a year for every ally");
  }

  @Test
  void aGrowthWindowWithoutGdpIsBadInput() {
    TargetPath path = TargetPath.withDefaults().withGrowth(GdpGrowth.ownHistory(2014, 2024));
    assertThatThrownBy(() -> path.project(panel, alliance)).isInstanceOf(BurdenException.class)
        .hasMessageContaining("no GDP in current US$ for DEU in 2014")
        .hasMessageContaining("window within 2023-2024");
  }

  @Test
  void theTargetYearMustComeAfterTheBaseYear() {
    TargetPath path = TargetPath.withDefaults().withTarget(Percent.of(3.5), 2024);
    assertThatThrownBy(() -> path.project(panel, alliance))
        .hasMessage("target year must be after the base year 2024, was 2024");
  }

  @Test
  void theAssumptionsAreStated() {
    assertThat(paths.assumptions()).containsExactly(
        "share rises linearly from the published 2024 share to 3.5% in 2035; allies already at or above it stay at their share",
        "GDP in current US$ grows 3% a year for every ally",
        "every path starts from the published spending in current US$; spending = share at"
            + " current prices (spending / GDP, rising to 3.5%) × GDP; the published share, which"
            + " NATO computes at constant prices, decides who is already at the target");
  }

  @Nested
  class OnTheEmbeddedNatoLedger {

    @Test
    void pathsStartFromThe2024eTablesForTheThirtyOneAlliesWithArmedForces() {
      PathReport nato = TargetPath.withDefaults().project(NatoLedger.panel(), NatoLedger.nato());
      assertThat(nato.baseYear()).isEqualTo(2024);
      assertThat(nato.allies()).hasSize(31);
      // NATO 2024, 2024e: Spain spends 21269.292206478982 US$ million (Table 2) of a GDP of
      // 1658360.1528221054 (Table 5), both at current prices
      // python3 -c 'S=21269.292206478982; Y=1658360.1528221054; print((3.5/100*Y*1.03**11/S)**(1/11)-1)'
      //   -> 0.12842585982517707 (Spain's share at current prices equals its Table 3 share)
      assertThat(nato.ally("ESP").requiredSpendingGrowth()).isCloseTo(0.12842585982517707, within(1e-12));
    }

    @Test
    void theNetherlandsPathStartsFromNatosPublishedSpendingAt21460() {
      AllyPath nld = TargetPath.withDefaults().project(NatoLedger.panel(), NatoLedger.nato())
          .ally("NLD");
      // NATO 2024, Table 2 (current prices and exchange rates), Netherlands 2024e: 21,460 US$ m.
      // Before, the path started at Table 3's 2.05% x Table 5's 1,162,883 = 23,834, 11% more.
      assertThat(nld.years().get(0).spendingUsdMillion()).isCloseTo(21460, within(0.5));
      // Table 3: 2.05% of real GDP; Table 2 / Table 5 at current prices: 21,460 / 1,162,883 = 1.85%
      assertThat(nld.startSharePct()).isCloseTo(2.05, within(0.005));
      assertThat(nld.startShareCurrentPct()).isCloseTo(1.85, within(0.005));
    }
  }
}
