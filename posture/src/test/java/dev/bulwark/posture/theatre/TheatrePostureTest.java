package dev.bulwark.posture.theatre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.bulwark.posture.forces.Quarter;
import org.junit.jupiter.api.Test;

/**
 * Expected totals were computed independently from the bundled CSV files with Python's csv
 * module: for each row of us-personnel.csv in the quarter, the command-plan.csv row whose places
 * include it and whose [from, to) holds the quarter's last day; active duty summed by command
 * and setting.
 */
final class TheatrePostureTest {

  private final TheatrePosture posture = TheatrePosture.withDefaults();
  private final Quarter december2024 = Quarter.parse("2024Q4");

  @Test
  void decemberTwentyTwentyFourTotalsMatchAnIndependentSum() {
    assertThat(posture.total(december2024, Command.EUCOM).abroad()).isEqualTo(66_121);
    TheatreTotal pacific = posture.total(december2024, Command.INDOPACOM);
    assertThat(pacific.abroad()).isEqualTo(76_976);
    assertThat(pacific.usTerritories()).isEqualTo(6_732);
    assertThat(pacific.usStates()).isEqualTo(64_201);
    assertThat(posture.total(december2024, Command.CENTCOM).abroad()).isEqualTo(5_142);
    assertThat(posture.total(december2024, Command.AFRICOM).abroad()).isEqualTo(631);
    assertThat(posture.total(december2024, Command.SOUTHCOM).abroad()).isEqualTo(1_431);
  }

  /**
   * DMDC began to report Guard/Reserve, civilians and Hawaii and Alaska in 2008: before, those
   * parts are missing, never zero. The March 2014 state report (troopdata's state file, via the
   * reference copy) gives Hawaii 48,882 and Alaska 21,127 active duty: 70,009.
   */
  @Test
  void partsNotReportedBefore2008AreMissingNotZero() {
    TheatreTotal pacific2005 = posture.total(Quarter.parse("2005Q3"), Command.INDOPACOM);
    TheatreTotal pacific2014 = posture.total(Quarter.parse("2014Q1"), Command.INDOPACOM);

    assertThat(pacific2005.missing()).containsExactly(TheatreTotal.US_STATES,
        TheatreTotal.GUARD_RESERVE, TheatreTotal.CIVILIANS);
    assertThat(pacific2014.missing()).isEmpty();
    assertThat(pacific2014.usStates()).isEqualTo(48_882 + 21_127);
  }

  /**
   * The September 2005 report lists Iraq and Afghanistan at 0; troopdata's June 2005 rows
   * (Kane 2006) estimate 150,000 and 19,500, and the series uses them, flagged estimate.
   */
  @Test
  void aTotalThatIncludesAnEstimatedHostCountCarriesTheEstimateFlag() {
    Quarter september2005 = Quarter.parse("2005Q3");
    TheatreTotal central = posture.total(september2005, Command.CENTCOM);

    assertThat(central.estimated()).containsExactlyInAnyOrder("IRQ", "AFG");
    assertThat(posture.forces().activeDuty("IRQ", september2005)).hasValue(150_000);
    assertThat(posture.forces().activeDuty("AFG", september2005)).hasValue(19_500);
    assertThat(posture.total(september2005, Command.EUCOM).estimated()).isEmpty();
  }

  @Test
  void theUnitedStatesDomesticTotalIsNeverPartOfACommandsFigure() {
    TheatreTotal north = posture.total(december2024, Command.NORTHCOM);
    assertThat(north.abroad()).isEqualTo(293);
    assertThat(north.usTerritories()).isEqualTo(673);
    assertThat(north.inTheatre()).isLessThan(2_000);
  }

  @Test
  void israelsPersonnelCountUnderCentcomFromTheThirdQuarterOf2021() {
    assertThat(posture.hosts(Quarter.parse("2021Q2"), Command.EUCOM))
        .anyMatch(h -> h.count().place().equals("ISR"));
    assertThat(posture.hosts(Quarter.parse("2021Q3"), Command.CENTCOM))
        .anyMatch(h -> h.count().place().equals("ISR"));
  }

  @Test
  void aTrendLeavesTheUnreportedQuartersOutAndNamesThem() {
    TheatrePosture.Trend trend = posture.trend(Quarter.parse("2022Q1"), Quarter.parse("2023Q4"));
    assertThat(trend.unreported()).extracting(Quarter::toString)
        .containsExactly("2022Q4", "2023Q1", "2023Q2");
    assertThat(trend.totals()).extracting(TheatreTotal::quarter).map(Quarter::toString)
        .containsOnly("2022Q1", "2022Q2", "2022Q3", "2023Q3", "2023Q4");
    assertThat(trend.totals()).hasSize(5 * Command.values().length);
  }

  @Test
  void totalsOfAnUnreportedQuarterAreRefusedNotZero() {
    assertThatThrownBy(() -> posture.totals(Quarter.parse("2023Q1")))
        .hasMessageContaining("quarter 2023Q1 was not reported by DMDC")
        .hasMessageContaining("missing, not zero");
  }

  @Test
  void germanyIsTheLargestEucomHost() {
    HostCount first = posture.hosts(december2024, Command.EUCOM).get(0);
    assertThat(first.count().place()).isEqualTo("DEU");
    assertThat(100.0 * first.count().activeDutyOrZero() / 66_121).isCloseTo(52.86, within(0.01));
  }
}
