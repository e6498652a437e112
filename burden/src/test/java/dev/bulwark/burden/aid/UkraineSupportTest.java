package dev.bulwark.burden.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.bulwark.burden.BurdenException;
import dev.bulwark.core.aid.AidRelease;
import dev.bulwark.core.aid.Channel;
import dev.bulwark.data.Ledger;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/*
 * Expected values are computed independently with python3 over Kiel's Release 29 Data Hub files
 * (data_explorer.csv, procurement_trends.csv; Europe = the 27 members listed in
 * eu_aid_shares.csv, the EU row, GBR, NOR, CHE, ISL), summing rows by year and donor group:
 *   for r in csv.DictReader(open('data_explorer.csv')): groups[r['year']][group(r['iso'])] += ...
 */
final class UkraineSupportTest {

  private static final Ledger LEDGER = Ledger.embedded();
  private static final AidRelease RELEASE = LEDGER.aid();

  @Test
  void theUnitedStatesGiveMostInEurosAndDenmarkMostAsAShareOfGdp() {
    List<DonorAid> donors = UkraineSupport.withDefaults().byDonor(RELEASE);

    assertThat(donors.get(0).iso3()).isEqualTo("USA");
    assertThat(donors.get(0).aid().total()).isCloseTo(115.381, within(0.001));
    assertThat(donors.get(1).iso3()).isEqualTo("EUU");
    assertThat(donors.get(1).pctGdp()).isEmpty();
    DonorAid denmark = donors.stream().max((a, b) -> Double.compare(
        a.pctGdp().orElse(0), b.pctGdp().orElse(0))).orElseThrow();
    assertThat(denmark.iso3()).isEqualTo("DNK");
    assertThat(denmark.pctGdp().getAsDouble()).isCloseTo(3.2739, within(0.0001));
    assertThat(denmark.euAttributedEurBn().getAsDouble()).isCloseTo(1.944231, within(1e-9));
  }

  @Test
  void europeOvertakesTheUnitedStatesAfterUsAidStopsInJanuary2025() {
    List<MonthAid> years = UkraineSupport.withDefaults().byYear(RELEASE);

    assertThat(years).extracting(MonthAid::period).containsExactly("2022", "2023", "2024",
        "2025", "2026-01..2026-04", "2022-01..2026-04");
    double[][] europeUs = {{37.19, 35.44}, {46.76, 33.02}, {44.49, 46.44}, {74.07, 0.48},
        {12.33, 0}, {214.84, 115.38}};
    for (int i = 0; i < europeUs.length; i++) {
      RegionSplit split = years.get(i).split();
      assertThat(split.europe().total()).as(years.get(i).period())
          .isCloseTo(europeUs[i][0], within(0.005));
      assertThat(split.of(AidRegion.UNITED_STATES).total()).as(years.get(i).period())
          .isCloseTo(europeUs[i][1], within(0.005));
    }
    RegionSplit whole = years.get(5).split();
    assertThat(whole.of(AidRegion.EU_INSTITUTIONS).total()).isCloseTo(84.43, within(0.005));
    assertThat(whole.of(AidRegion.EUROPEAN_STATE).total()).isCloseTo(130.42, within(0.005));
    assertThat(whole.europeanMilitarySharePct()).isCloseTo(59.08, within(0.005));
    assertThat(years.get(3).split().europeanMilitarySharePct()).isCloseTo(93.09, within(0.005));

    List<MonthAid> after = UkraineSupport.withDefaults()
        .withMonths(Optional.of(YearMonth.of(2025, 2)), Optional.empty())
        .byMonth(RELEASE, Optional.of("USA"));
    assertThat(after).hasSize(15).allSatisfy(m -> assertThat(m.split().all().total()).isZero());
  }

  @Test
  void militaryAidByChannelAddsUpToKielsChannelSeries() {
    List<ChannelMonthAid> months = UkraineSupport.withDefaults().byChannel(RELEASE);

    assertThat(months).hasSize(52);
    assertThat(months.stream().mapToDouble(m -> m.byChannel().get(Channel.NATO_PURL)).sum())
        .isCloseTo(4.1224, within(0.0001));
    assertThat(months.stream().mapToDouble(m -> m.byChannel().get(Channel.STOCKS)).sum())
        .isCloseTo(56.8428, within(0.0001));
    assertThat(months.stream().mapToDouble(ChannelMonthAid::militaryAllocated).sum())
        .isCloseTo(172.993, within(0.001));
  }

  /*
   * Denmark 2024: NATO's 2024 tables give 2.374576871428173% (2024e); Kiel's 2024 allocations are
   * military 2.80656, financial 0, humanitarian 0.161774 EUR bn over a 2021 GDP of
   * 336.76308262323 EUR bn, so total = 2.3746 + 100 × 0.161774 / 336.763 = 2.4226% and the upper
   * bound 2.3746 + 100 × 2.968334 / 336.763 = 3.2560%.
   */
  @Test
  void totalContributionAddsOnlyTheAidNotAlreadyInNatoFigures() {
    List<Contribution> all = UkraineSupport.withDefaults().contributions(RELEASE,
        LEDGER.panel(), LEDGER.alliance("NATO").membersIn(2024), 2024);

    Contribution denmark = all.stream().filter(c -> c.iso3().equals("DNK")).findFirst()
        .orElseThrow();
    assertThat(denmark.defencePctGdp()).isCloseTo(2.3746, within(0.0001));
    assertThat(denmark.defenceEstimate()).isTrue();
    assertThat(denmark.totalPctGdp()).isCloseTo(2.4226, within(0.0001));
    assertThat(denmark.upperBoundPctGdp()).isCloseTo(3.2560, within(0.0001));
    assertThat(denmark.treatment()).isEqualTo(Contribution.ASSUMED_INCLUDED);
    assertThat(all).extracting(Contribution::iso3).doesNotContain("ISL");
  }

  @Test
  void aSpanThatEndsBeforeItStartsIsRefused() {
    assertThatThrownBy(() -> UkraineSupport.withDefaults().withMonths(
        Optional.of(YearMonth.of(2025, 1)), Optional.of(YearMonth.of(2024, 1))))
        .isInstanceOf(BurdenException.class).hasMessageContaining("from 2025-01 is after to 2024-01");
  }
}
