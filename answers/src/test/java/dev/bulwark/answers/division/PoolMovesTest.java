package dev.bulwark.answers.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.bulwark.answers.AnswersException;
import dev.bulwark.posture.campaign.CampaignCase;
import dev.bulwark.posture.campaign.Launcher;
import dev.bulwark.posture.campaign.Posture;
import dev.bulwark.posture.campaign.ScenarioChanges;
import dev.bulwark.posture.campaign.StraitDefence;
import dev.bulwark.posture.campaign.StraitResult;
import dev.bulwark.posture.campaign.StraitSimulation;
import dev.bulwark.posture.campaign.Theatre;
import dev.bulwark.posture.campaign.Theatres;
import dev.bulwark.posture.campaign.Triangular;
import dev.bulwark.posture.campaign.Unit;
import dev.bulwark.posture.scenario.Scenario;
import dev.bulwark.posture.scenario.ScenarioFile;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A scenario's moves from EUCOM, translated by the division's pool: checked against the
 * division's own postures ({@link TheatrePostures}) for the same elements moved whole.
 */
final class PoolMovesTest {

  private static final DivisionSetting SETTING = DivisionSetting.bundled();
  private static final TheatrePostures POSTURES = new TheatrePostures(SETTING);

  private static Scenario moving(String moves) {
    return ScenarioFile.parse("""
        name: Pivot
        orders_of_battle:
          - theatre: taiwan
            posture: taiwan-indopacom-2026
            strait:
              move_from_eucom: %s
        """.formatted(moves), "pivot.yaml");
  }

  private static Posture taiwan(Scenario scenario) {
    return ScenarioChanges.apply(scenario, Theatres.bundled().theatre("taiwan"),
        SETTING.taiwanPosture(), PoolMoves.bundled());
  }

  @Test
  void elementsMovedOnDayZeroMakeTheDivisionsTaiwanPostureForThemMovedWhole() {
    Posture moved = taiwan(moving("[{element: usafe-fighters}, {element: rota-destroyers}]"));
    Posture division = POSTURES.taiwan(Allocation.ofElements(SETTING.pool(),
        Set.of("usafe-fighters", "rota-destroyers")));

    assertThat(moved.id()).isEqualTo("taiwan-indopacom-2026-scenario");
    assertThat(moved.strait()).isEqualTo(division.strait());
    Triangular a = moved.airSupport();
    Triangular b = division.airSupport();
    assertThat(new double[] {a.low(), a.mode(), a.high()})
        .containsExactly(new double[] {b.low(), b.mode(), b.high()}, within(1e-12));
  }

  @Test
  void anElementArrivingLaterJoinsTheAirSupportOnItsArrivalDay() {
    Posture moved = taiwan(moving("[{element: usafe-fighters, arrival_day: 4}]"));

    // division.yaml: the fighters add 0.1 to the multiplier m; arriving on day 4, from then on.
    assertThat(moved.airSupport()).isEqualTo(SETTING.taiwanPosture().airSupport());
    assertThat(moved.strait().airArrivals())
        .containsExactly(new StraitDefence.AirArrival(4, 0.1));
  }

  @Test
  void anElementArrivingAfterTheHorizonChangesNoOutcome() {
    // The fighters' air support and their JASSM-ER launchers both arrive after day 30, so every
    // replication's outcome is the one it has without them (their aircraft, exposed from day 0,
    // change only the losses).
    Theatre theatre = Theatres.bundled().theatre("taiwan");
    Posture before = SETTING.taiwanPosture();
    Posture after = taiwan(moving("[{element: usafe-fighters, arrival_day: 300}]"));
    List<StraitResult> pair = StraitSimulation.withDefaults().withRuns(5_000).withSeed(3)
        .runTogether(theatre, List.of(CampaignCase.of(theatre, before),
            CampaignCase.of(theatre, after)));

    assertThat(pair.get(1).outcomes()).isEqualTo(pair.get(0).outcomes());
  }

  @Test
  void anElementArrivingBeyondTheLastDayIsRefusedNamingItsArrivalDay() {
    assertThatThrownBy(() -> taiwan(moving("[{element: rota-destroyers, arrival_day: 364}]")))
        .hasMessageContaining("arrival_day must be at most 363");
  }

  @Test
  void anElementArrivingLaterFiresItsLaunchersThatManyDaysLater() {
    Posture moved = taiwan(moving("[{element: eucom-bombers, arrival_day: 5}]"));

    // division.yaml: Bomber Task Force Europe's JASSM-ER fire first on day 2; arriving on day 5
    // they fire first on day 2 + 5 = 7, with all 96 rounds in salvoes of 24. No ships or
    // aircraft join, and the air support is unchanged.
    Launcher added = moved.strait().launcher("eucom-bombers-jassm-er");
    assertThat(added.firstDay()).isEqualTo(7);
    assertThat(added.inventory()).isEqualTo(96);
    assertThat(added.salvo()).isEqualTo(24);
    Posture today = SETTING.taiwanPosture();
    assertThat(moved.strait().withLaunchers(today.strait().launchers()))
        .isEqualTo(today.strait());
    assertThat(moved.airSupport()).isEqualTo(today.airSupport());
  }

  @Test
  void theSameMovesRunOnTheBalticTakeTheElementsAwayAsTheDivisionDoes() {
    Scenario scenario = moving("[{element: usafe-fighters}, {element: us-2cr, arrival_day: 9}]");
    Posture moved = ScenarioChanges.apply(scenario, Theatres.bundled().theatre("baltic"),
        SETTING.balticPosture(), PoolMoves.bundled());
    Posture division = POSTURES.baltic(Allocation.ofElements(SETTING.pool(),
        Set.of("usafe-fighters", "us-2cr")), 0, 0);

    assertThat(moved.id()).isEqualTo("baltic-2025-scenario");
    assertThat(moved.units()).extracting(Unit::id).doesNotContain("us-2cr")
        .containsExactlyElementsOf(division.units().stream().map(Unit::id).toList());
    // baltic-2025's air support (1.1, 1.5, 2.0) with the fighters' share 0.15 gone: 1.425 mode.
    assertThat(moved.airSupport().mode()).isCloseTo(1.425, within(1e-12));
    assertThat(moved.airSupport().high()).isCloseTo(division.airSupport().high(), within(1e-12));
  }

  @Test
  void anElementNotInThePoolOrMovedTwiceIsRefused() {
    assertThatThrownBy(() -> taiwan(moving("[{element: us-6th-fleet}]")))
        .isInstanceOf(AnswersException.class)
        .hasMessageContaining("unknown element 'us-6th-fleet' to move from EUCOM: expected one"
            + " of [usafe-fighters, rota-destroyers");
    // Twice in one list is refused when the file is read; in two edits, when they are applied.
    assertThatThrownBy(() -> moving("[{element: eucom-bombers}, {element: eucom-bombers,"
        + " arrival_day: 3}]")).hasMessageContaining("pivot.yaml line 7")
        .hasMessageContaining("move_from_eucom lists 'eucom-bombers' twice");
    Scenario twoEdits = ScenarioFile.parse("""
        name: Pivot twice
        orders_of_battle:
          - theatre: taiwan
            strait:
              move_from_eucom: [{element: eucom-bombers}]
          - theatre: taiwan
            strait:
              move_from_eucom: [{element: eucom-bombers, arrival_day: 3}]
        """, "twice.yaml");
    assertThatThrownBy(() -> taiwan(twoEdits)).isInstanceOf(AnswersException.class)
        .hasMessageContaining("element 'eucom-bombers' is moved from EUCOM twice");
  }
}
