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
