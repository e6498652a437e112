package dev.bulwark.burden.fairshare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.bulwark.burden.NatoLedger;
import dev.bulwark.burden.SmallAlliance;
import dev.bulwark.core.alliance.Alliance;
import dev.bulwark.core.panel.Indicator;
import dev.bulwark.core.panel.Panel;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Fair shares and the transatlantic split in {@link SmallAlliance}. Expected values:
 * python3 -c 'sp=[1000,40,100,12,20]; gd=[28000,1000,5000,600,1600]; S=sum(sp); Y=sum(gd);
 * print([(s/S)/(g/Y) for s, g in zip(sp, gd)])' for USA, POL, DEU, SWE, ESP.
 */
final class FairShareTest {

  private static final double TOLERANCE = 1e-12;

  private final Panel panel = SmallAlliance.panel();
  private final Alliance alliance = SmallAlliance.alliance();
  private final FairShareReport shares = FairShare.withDefaults().measure(panel, alliance, 2024);

  @Test
  void totalsRunOverAlliesWithSpendingSoIcelandGdpIsNotInThem() {
    // hand: 1000 + 40 + 100 + 12 + 20 = 1172; 28000 + 1000 + 5000 + 600 + 1600 = 36200
    assertThat(shares.totalSpendingUsdMillion()).isEqualTo(1172.0);
    assertThat(shares.totalGdpUsdMillion()).isEqualTo(36200.0);
    assertThat(shares.roster().leftOut()).containsExactly("ISL");
  }

  @Test
  void theRatioIsTheShareOfSpendingOverTheShareOfGdp() {
    AllyFairShare us = shares.ally("USA");
    assertThat(us.spendingSharePct()).isCloseTo(85.32423208191126, within(TOLERANCE));
    assertThat(us.gdpSharePct()).isCloseTo(77.34806629834254, within(TOLERANCE));
    assertThat(us.ratio()).isCloseTo(1.1031204290589955, within(TOLERANCE));
    assertThat(shares.ally("ESP").ratio()).isCloseTo(0.3860921501706485, within(TOLERANCE));
  }

  @Test
  void alliesCarryingMoreThanTheirWeightComeFirst() {
    assertThat(shares.allies()).extracting(AllyFairShare::iso3).startsWith("POL", "USA")
        .endsWith("ESP");
    assertThat(shares.allies()).filteredOn(a -> a.ratio() > 1).hasSize(2);
  }

  @Test
  void theUsShareIsItsSpendingOverTheMembersOfEachYear() {
    List<SplitYear> split = TransatlanticSplit.withDefaults().split(panel, alliance);
    assertThat(split).extracting(SplitYear::year).containsExactly(2023, 2024);
    // hand: 2023 members without Sweden: 900 / (900 + 30 + 70 + 18) = 900 / 1018
    assertThat(split.get(0).usSharePct()).isCloseTo(100.0 * 900 / 1018, within(TOLERANCE));
    assertThat(split.get(0).alliesCounted()).isEqualTo(4);
    assertThat(split.get(0).estimate()).isFalse();
    // hand: 2024: 1000 / 1172 and 172 / 1172
    assertThat(split.get(1).usSharePct()).isCloseTo(85.32423208191126, within(TOLERANCE));
    assertThat(split.get(1).othersSharePct()).isCloseTo(14.675767918088736, within(TOLERANCE));
    assertThat(split.get(1).othersUsdMillion()).isEqualTo(172.0);
    assertThat(split.get(1).provenance()).containsExactly("NATO 2024, estimate");
  }

  @Test
  void theSplitReachesBackIntoSipriYearsOnRequest() {
    SplitYear y1995 = TransatlanticSplit.withDefaults().withYears(1995, 1995).split(panel, alliance).get(0);
    // hand: 278000 / (278000 + 41000 + 8500) = 278000 / 327500; Iceland, with a SIPRI milex but
    // no share of GDP, is left out as in NATO's years
    assertThat(y1995.source()).isEqualTo("SIPRI");
    assertThat(y1995.usSharePct()).isCloseTo(100.0 * 278000 / 327500, within(TOLERANCE));
    assertThat(y1995.alliesCounted()).isEqualTo(3);
  }

  @Test
  void icelandIsLeftOutInSipriYearsAsInNatoYears() {
    // Iceland has no armed forces: no share in NATO's Table 3, none in SIPRI's share sheet
    FairShareReport y1995 = FairShare.withDefaults().measure(panel, alliance, 1995);
    FairShareReport y2024 = FairShare.withDefaults().measure(panel, alliance, 2024);
    assertThat(y1995.roster().leftOut()).containsExactly("ISL");
    assertThat(y2024.roster().leftOut()).containsExactly("ISL");
    // hand: 1995 GDP sums the three allies only, 7.6e6 + 2.6e6 + 6.1e5 = 1.081e7 US$ million
    assertThat(y1995.totalGdpUsdMillion()).isCloseTo(1.081e7, within(1e-3));
  }

  @Test
  void aYearWithoutUsFiguresIsBadInput() {
    assertThatThrownBy(() -> TransatlanticSplit.withDefaults().withYears(2024, 2024)
        .split(SmallAlliance.panelWithoutUs(), alliance))
        .hasMessage("the United States has no NATO defence spending in 2024 as a member of TEST");
  }

  @Nested
  class OnTheEmbeddedNatoLedger {

    private final List<SplitYear> split = TransatlanticSplit.withDefaults()
        .split(NatoLedger.panel(), NatoLedger.nato());

    @Test
    void theSplitCoversTheYearsOfTheNatoTables() {
      assertThat(split).extracting(SplitYear::year).containsExactly(
          2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024);
    }

    @Test
    void theUnitedStatesPaysAboutTwoThirdsOfNatoSpendingIn2024e() {
      SplitYear y2024 = split.get(split.size() - 1);
      // NATO Table 2, 2024e, current US$ million: United States 967707, NATO Total 1474399.4765734388
      // python3 -c 'print(100*967707/1474399.4765734388)'  -> 65.63397609506674
      assertThat(y2024.usSharePct()).isCloseTo(65.63397609506674, within(1e-9));
      assertThat(y2024.alliesCounted()).isEqualTo(31);
    }

    @Test
    void summingTheAlliesOfEachYearReproducesThePublishedNatoTotal() {
      for (SplitYear year : split) {
        double published = NatoLedger.panel()
            .value(Indicator.NATO_DEFEXP_USD_CURRENT, "NATO_TOTAL", year.year()).orElseThrow();
        assertThat(year.totalUsdMillion()).as("NATO Total %d", year.year())
            .isCloseTo(published, within(published * 1e-9));
      }
    }

    @Test
    void theUnitedStatesCarriesMoreThanItsEconomicWeight() {
      FairShareReport shares = FairShare.withDefaults().measure(NatoLedger.panel(), NatoLedger.nato(), 2024);
      // NATO Tables 2 and 5, 2024e, the 31 allies with spending (Iceland's GDP is not summed):
      // python3: S = 1474399.4765734388, Y = 53943542.499704406 (sums of the allies' rows);
      // USA (967707 / S) / (28719941.5569791 / Y) = 1.232777292350878,
      // ESP (21269.292206478982 / S) / (1658360.1528221054 / Y) = 0.4692437309664463
      assertThat(shares.totalGdpUsdMillion()).isCloseTo(53943542.499704406, within(1e-3));
      assertThat(shares.ally("USA").ratio()).isCloseTo(1.232777292350878, within(1e-12));
      assertThat(shares.ally("ESP").ratio()).isCloseTo(0.4692437309664463, within(1e-12));
    }

    @Test
    void theCountOfAlliesChangesOnlyWithMembershipAcrossTheSourceBoundary() {
      // SIPRI 2025-04 gives Iceland a military expenditure of 0 and no share of GDP; NATO's tables
      // give it none. NATO had 28 members in 2013 (a SIPRI year) and in 2014 (a NATO year); with
      // Iceland left out of both, 27 allies are counted in each (before, 28 in 2013).
      List<SplitYear> years = TransatlanticSplit.withDefaults().withYears(2013, 2014)
          .split(NatoLedger.panel(), NatoLedger.nato());
      assertThat(years).extracting(SplitYear::source).containsExactly("SIPRI", "NATO");
      assertThat(years).extracting(SplitYear::alliesCounted).containsExactly(27, 27);
    }
  }
}
