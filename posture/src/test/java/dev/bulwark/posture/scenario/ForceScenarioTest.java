package dev.bulwark.posture.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.posture.forces.Quarter;
import dev.bulwark.posture.theatre.Command;
import dev.bulwark.posture.theatre.TheatrePosture;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class ForceScenarioTest {

  private static final Quarter DECEMBER_2024 = Quarter.parse("2024Q4");
  private final ForceScenario scenarios = ForceScenario.withDefaults();
  private final TheatrePosture baseline = TheatrePosture.withDefaults();

  private static Scenario moves(ForceMove... moves) {
    return new Scenario("test", null, "2024Q4", List.of(moves), null, null, null);
  }

  @Test
  void twoBrigadesFromEucomLeaveEuropeAndArriveInTheIndoPacificExactly() {
    ForceScenario.Result result = scenarios.apply(
        moves(new ForceMove("EUCOM", "INDOPACOM", null, 2.0)));
    TheatrePosture after = result.posture();
    assertThat(after.total(DECEMBER_2024, Command.EUCOM).abroad())
        .isEqualTo(baseline.total(DECEMBER_2024, Command.EUCOM).abroad() - 9_000);
    assertThat(after.total(DECEMBER_2024, Command.INDOPACOM).inTheatre())
        .isEqualTo(baseline.total(DECEMBER_2024, Command.INDOPACOM).inTheatre() + 9_000);
    // Germany holds 34,949 of EUCOM's 66,121: 9,000 x 34,949 / 66,121 = 4,757.0 (hand
    // division), so it gives 4,757 or 4,758 under largest remainders.
    assertThat(after.forces().activeDuty("DEU", DECEMBER_2024).getAsInt())
        .isBetween(34_949 - 4_758, 34_949 - 4_757);
  }

  @Test
  void everyChangedFigureIsReportedBesideItsBaseline() {
    ForceScenario.Result result = scenarios.apply(
        moves(new ForceMove("Germany", "JPN", 5_000L, null)));
    Map<String, FigureChange> changes = new LinkedHashMap<>();
    result.changes().forEach(c -> changes.put(c.subject() + " " + c.measure(), c));
    assertThat(changes.get("DEU active_duty").scenario()).isEqualTo(34_949 - 5_000);
    assertThat(changes.get("DEU active_duty").change()).isEqualTo(-5_000);
    assertThat(changes.get("JPN active_duty").change()).isEqualTo(5_000);
    assertThat(changes).containsKeys("EUCOM abroad_active_duty", "INDOPACOM abroad_active_duty",
        "europe_total supported_personnel", "germany_share supported_pct",
        "indopacific_assigned supported_personnel");
    assertThat(changes).doesNotContainKey("CENTCOM abroad_active_duty");
    assertThat(changes.get("europe_total supported_personnel").scenario())
        .isEqualTo(66_121 - 5_000);
  }

  @Test
  void aMoveLargerThanTheHostHoldsIsRefusedWithTheFigures() {
    assertThatThrownBy(() -> scenarios.apply(moves(new ForceMove("EST", "DEU", 50_000L, null))))
        .hasMessageContaining("the move of 50000 personnel from EST exceeds the")
        .hasMessageContaining("active duty there in 2024Q4");
  }

  @Test
  void anUnreportedBaselineQuarterIsRefused() {
    Scenario scenario = new Scenario("gap", null, "2023Q1",
        List.of(new ForceMove("DEU", "POL", 10L, null)), null, null, null);
    assertThatThrownBy(() -> scenarios.apply(scenario))
        .hasMessageContaining("baseline 2023Q1 has no DMDC report");
  }

  @Test
  void largestRemaindersSplitATotalExactly() {
    Map<String, Integer> weights = new LinkedHashMap<>();
    weights.put("A", 1);
    weights.put("B", 1);
    weights.put("C", 1);
    // 10 / 3 = 3.33 each: floors 3, 3, 3 and the one left goes to the first by name.
    assertThat(ForceScenario.allocate(10, weights)).containsExactlyInAnyOrderEntriesOf(
        Map.of("A", 4, "B", 3, "C", 3));
    weights.put("C", 2);
    // 10 x (1, 1, 2) / 4 = 2.5, 2.5, 5: floors 2, 2, 5, remainders 0.5, 0.5, 0.
    assertThat(ForceScenario.allocate(10, weights)).containsExactlyInAnyOrderEntriesOf(
        Map.of("A", 3, "B", 2, "C", 5));
  }
}
