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
    // hand: 1.3 + (3.5 - 1.3) x 6 / 11 = 2.5
    assertThat(y2030.sharePct()).isCloseTo(2.5, within(TOLERANCE));
    // python3 -c 'print(1600*1.03**6)'  -> 1910.4836744464003
    assertThat(y2030.gdpUsdMillion()).isCloseTo(1910.4836744464003, within(TOLERANCE));
    assertThat(y2030.spendingUsdMillion()).isCloseTo(2.5 / 100 * 1910.4836744464003, within(TOLERANCE));
  }

  @Test
  void theRequiredSpendingGrowthIsTheCompoundRateFromStartToTarget() {
    // python3 -c 'print((3.5/100*1600*1.03**11/(1.3/100*1600))**(1/11)-1)'  -> 0.12704036197894575
    assertThat(paths.ally("ESP").requiredSpendingGrowth()).isCloseTo(0.12704036197894575, within(TOLERANCE));
  }

  @Test
  void theCumulativeExtraIsTheSpendingAboveTodaysShare() {
    // python3 -c 'print(sum((2.2*k/11)/100*1600*1.03**k for k in range(1,12)))'  -> 265.74295400199156
    assertThat(paths.ally("ESP").cumulativeExtraUsdMillion()).isCloseTo(265.74295400199156, within(1e-9));
    // python3: DEU 528.4661017085059, SWE 67.94564164823647, ESP 265.74295400199156, POL and USA 0
    assertThat(paths.totalExtraUsdMillion())
        .isCloseTo(265.74295400199156 + 528.4661017085059 + 67.94564164823647, within(1e-9));
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
    // python3 -c 'g=1600/1500-1; print((3.5*(1+g)**11/1.3)**(1/11)-1, sum((2.2*k/11)/100*1600*(1+g)**k for k in range(1,12)))'
    assertThat(own.ally("ESP").requiredSpendingGrowth()).isCloseTo(0.16716153991347138, within(TOLERANCE));
    assertThat(own.ally("ESP").cumulativeExtraUsdMillion()).isCloseTo(351.4703591094503, within(1e-9));
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
        "spending = share / 100 × GDP, in current US$");
  }

  @Nested
  class OnTheEmbeddedNatoLedger {

    @Test
    void pathsStartFromThe2024eTablesForTheThirtyOneAlliesWithArmedForces() {
      PathReport nato = TargetPath.withDefaults().project(NatoLedger.panel(), NatoLedger.nato());
      assertThat(nato.baseYear()).isEqualTo(2024);
      assertThat(nato.allies()).hasSize(31);
      // NATO Table 3, 2024e: Spain 1.282549642204323 %
      // python3 -c 'print((3.5/1.282549642204323*1.03**11)**(1/11)-1)'  -> 0.12842585982517707
      assertThat(nato.ally("ESP").requiredSpendingGrowth()).isCloseTo(0.12842585982517707, within(1e-12));
    }
  }
}
