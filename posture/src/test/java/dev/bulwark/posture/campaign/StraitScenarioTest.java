package dev.bulwark.posture.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.posture.PostureException;
import dev.bulwark.posture.scenario.Scenario;
import dev.bulwark.posture.scenario.ScenarioFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A scenario file's strait edits applied to Taiwan Strait postures, and what they do. */
final class StraitScenarioTest {

  private static final Theatre TAIWAN = Theatres.bundled().theatre("taiwan");
  private static final EucomPool NO_POOL = (moves, theatre, posture) -> {
    throw new AssertionError("no move expected");
  };

  private static Posture apply(String posture, String strait) {
    Scenario scenario = ScenarioFile.parse("""
        name: Strait edit
        orders_of_battle:
          - theatre: taiwan
            strait:
        """ + strait.indent(6), "strait.yaml");
    return ScenarioChanges.apply(scenario, TAIWAN, Posture.bundled(posture), NO_POOL);
  }

  @Test
  void addedLaunchersJoinWithEveryFieldAsWrittenAndTheScenarioRenamesThePosture() {
    Posture changed = apply("taiwan-2026", """
        add_launchers:
          - id: us-b52-lrasm
            name: US B-52H bombers with LRASM
            nation: USA
            munition: lrasm
            basing: distant
            inventory: 200
            salvo: 40
            first_day: 3
            reload_days: 2
        """);

    assertThat(changed.id()).isEqualTo("taiwan-2026-scenario");
    assertThat(changed.name()).contains("scenario 'Strait edit'");
    List<Launcher> launchers = changed.strait().launchers();
    assertThat(launchers).hasSize(Posture.bundled("taiwan-2026").strait().launchers().size() + 1);
    assertThat(launchers.get(launchers.size() - 1)).isEqualTo(new Launcher("us-b52-lrasm",
        "US B-52H bombers with LRASM", "USA", "lrasm", Basing.DISTANT, 200, 40, 3, 2,
        Basis.ASSUMPTION, "scenario file"));
  }

  @Test
  void withdrawnLaunchersLeaveAndDelayedOnesFireFirstLater() {
    Posture base = Posture.bundled("taiwan-2026");
    Posture changed = apply("taiwan-2026", """
        withdraw_launchers: [us-b1b-lrasm]
        delay_launchers:
          - launcher: us-jf-lrasm
            days: 4
          - launcher: us-fa18-lrasm
            days: -3
        """);

    assertThat(changed.strait().launchers()).extracting(Launcher::id)
        .doesNotContain("us-b1b-lrasm").hasSize(base.strait().launchers().size() - 1);
    // taiwan-2026: us-jf-lrasm fires first on day 1, us-fa18-lrasm on day 3.
    assertThat(changed.strait().launcher("us-jf-lrasm").firstDay()).isEqualTo(1 + 4);
    assertThat(changed.strait().launcher("us-fa18-lrasm").firstDay()).isEqualTo(3 - 3);
    assertThat(changed.strait().launcher("us-jf-lrasm").inventory())
        .isEqualTo(base.strait().launcher("us-jf-lrasm").inventory());
  }

  @Test
  void shipsAndAircraftAreAddedThenWithdrawnAndTheUsShareInJapanRecomputed() {
    Posture changed = apply("taiwan-2026", """
        add: {us_carriers: 1, us_aircraft_japan: 60, aircraft_distant: 50}
        withdraw: {us_surface_ships: 10, japan_ships: 20, japan_aircraft: 60}
        """);

    StraitDefence s = changed.strait();
    // taiwan-2026: 4 carriers, 40 US surface ships, 20 Japanese, 26 Taiwanese; 400 aircraft in
    // Japan of which 60% (240) US, so 160 Japanese; 200 distant.
    assertThat(s.usCarriers()).isEqualTo(5);
    assertThat(s.usSurfaceShips()).isEqualTo(30);
    assertThat(s.japanShips()).isZero();
    assertThat(s.taiwanShips()).isEqualTo(26);
    assertThat(s.aircraftDistant()).isEqualTo(250);
    // 240 + 60 US and 160 - 60 Japanese: 400 aircraft, 300 of them US.
    assertThat(s.aircraftJapan()).isEqualTo(400);
    assertThat(s.usAircraftShare()).isEqualTo(0.75);
  }

  @Test
  void withdrawingMoreShipsThanThePostureHasFailsNamingTheCount() {
    assertThatThrownBy(() -> apply("taiwan-2026", "withdraw: {us_carriers: 5}\n"))
        .isInstanceOf(PostureException.class)
        .hasMessageContaining("cannot withdraw 5 US carriers from posture 'taiwan-2026': it has 4");
    assertThatThrownBy(() -> apply("taiwan-2026", "withdraw: {japan_aircraft: 161}\n"))
        .isInstanceOf(PostureException.class)
        .hasMessageContaining("cannot withdraw 161 Japanese aircraft in Japan")
        .hasMessageContaining("it has 160");
  }

  @Test
  void anUnknownMunitionOrBasingIsRefusedWithWhatIsExpected() {
    String launcher = """
        add_launchers:
          - id: us-tomahawk
            name: US Tomahawk Block V
            nation: USA
            munition: %s
            basing: %s
            inventory: 100
            salvo: 20
        """;
    assertThatThrownBy(() -> apply("taiwan-2026", launcher.formatted("tomahawk", "surface")))
        .isInstanceOf(PostureException.class)
        .hasMessageContaining("munition of launcher 'us-tomahawk' must be one of the theatre's"
            + " crossing munitions lrasm, jassm-er, harpoon, nsm, sm-6, torpedo, hsiung-feng,"
            + " type-12, was 'tomahawk'");
    assertThatThrownBy(() -> apply("taiwan-2026", launcher.formatted("lrasm", "guam")))
        .isInstanceOf(PostureException.class)
        .hasMessageContaining("basing of launcher 'us-tomahawk' must be one of japan, distant,"
            + " surface, submarine, taiwan, was 'guam'");
    assertThatThrownBy(() -> apply("taiwan-2026", launcher.formatted("lrasm", "surface")
        .replace("us-tomahawk", "us-b1b-lrasm")))
        .isInstanceOf(PostureException.class)
        .hasMessageContaining("launcher 'us-b1b-lrasm' is already in posture 'taiwan-2026'");
  }

  @Test
  void anUnknownLauncherOrADelayBeforeDayZeroIsRefused() {
    assertThatThrownBy(() -> apply("taiwan-2026", "withdraw_launchers: [us-b2-lrasm]\n"))
        .isInstanceOf(PostureException.class)
        .hasMessageContaining("unknown launcher 'us-b2-lrasm': expected one of [us-b1b-lrasm");
    // twn-hsiung-feng fires from day 0: two days earlier would be before the invasion sails.
    assertThatThrownBy(() -> apply("taiwan-2026",
        "delay_launchers: [{launcher: twn-hsiung-feng, days: -2}]\n"))
        .isInstanceOf(PostureException.class)
        .hasMessageContaining("delaying launcher 'twn-hsiung-feng' by -2 days moves its first"
            + " day from 0 to -2");
  }

  @Test
  void aStraitEditOfALandTheatreIsRefused() {
    Scenario scenario = ScenarioFile.parse("""
        name: Wrong theatre
        orders_of_battle:
          - theatre: baltic
            strait:
              withdraw: {us_carriers: 1}
        """, "baltic.yaml");

    assertThatThrownBy(() -> ScenarioChanges.apply(scenario, Theatres.bundled().theatre("baltic"),
        Posture.bundled("baltic-2016"), NO_POOL)).isInstanceOf(PostureException.class)
        .hasMessageContaining("only an amphibious theatre (taiwan) has");
  }

  @Test
  void movesFromEucomGoToThePoolBeforeTheEditsAndTheirChangesApplyFirst() {
    Scenario scenario = ScenarioFile.parse("""
        name: Destroyers
        orders_of_battle:
          - theatre: taiwan
            strait:
              move_from_eucom: [{element: rota-destroyers, arrival_day: 4}]
              withdraw: {us_surface_ships: 46}
        """, "move.yaml");
    EucomPool pool = (moves, theatre, posture) -> {
      assertThat(moves).singleElement().satisfies(m -> {
        assertThat(m.element()).isEqualTo("rota-destroyers");
        assertThat(m.arrivalDay()).isEqualTo(4);
      });
      return List.of(new OrderOfBattleChange.ShipsAndAircraft(0, 6, 0, 0, 0, 0, 0));
    };

    // 40 US surface ships, 6 moved in: all 46 can be withdrawn only after the move.
    Posture changed = ScenarioChanges.apply(scenario, TAIWAN, Posture.bundled("taiwan-2026"),
        pool);

    assertThat(changed.strait().usSurfaceShips()).isZero();
  }
}
