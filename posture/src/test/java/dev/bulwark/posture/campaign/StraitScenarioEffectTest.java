package dev.bulwark.posture.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.posture.scenario.Scenario;
import dev.bulwark.posture.scenario.ScenarioFile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What LRASM launchers are worth in the strait model, through a scenario file: run before and
 * after with common random numbers (the same seed and runs), the chance the invasion is defeated
 * must move in the expected direction by more than three standard errors. The standard error is
 * that of two independent shares, {@code sqrt((p1 (1 − p1) + p2 (1 − p2)) / n)}; common random
 * numbers make the paired difference's error smaller, so the bound is conservative.
 */
final class StraitScenarioEffectTest {

  private static final Theatre TAIWAN = Theatres.bundled().theatre("taiwan");
  private static final int RUNS = 10_000;
  private static final long SEED = 2026;
  private static final StraitSimulation SIMULATION =
      StraitSimulation.withDefaults().withRuns(RUNS).withSeed(SEED);

  /** The chance the invasion is defeated, before and after the scenario. */
  private static double[] defeated(String posture, String strait) {
    Scenario scenario = ScenarioFile.parse("""
        name: LRASM
        orders_of_battle:
          - theatre: taiwan
            posture: %s
            strait:
        """.formatted(posture) + strait.indent(6), "lrasm.yaml");
    Posture before = Posture.bundled(posture);
    Posture after = ScenarioChanges.apply(scenario, TAIWAN, before,
        (moves, theatre, p) -> List.of());
    List<StraitResult> pair = SIMULATION.runTogether(TAIWAN,
        List.of(CampaignCase.of(TAIWAN, before), CampaignCase.of(TAIWAN, after)));
    assertThat(pair.get(1).posture()).isEqualTo(posture + "-scenario");
    return new double[] {pair.get(0).probability(StraitOutcome.INVASION_DEFEATED),
        pair.get(1).probability(StraitOutcome.INVASION_DEFEATED)};
  }

  private static double standardError(double[] p) {
    return Math.sqrt((p[0] * (1 - p[0]) + p[1] * (1 - p[1])) / RUNS);
  }

  @Test
  void addingLrasmLaunchersWithoutLongRangeMissilesRaisesTheChanceTheInvasionIsDefeated() {
    // The three LRASM launchers of taiwan-2026, as the scenario file states them.
    double[] p = defeated("taiwan-2026-no-long-range-antiship", """
        add_launchers:
          - {id: us-b1b-lrasm, name: US B-1B with LRASM, nation: USA, munition: lrasm,
             basing: distant, inventory: 150, salvo: 24, first_day: 2}
          - {id: us-jf-lrasm, name: US fighters in Japan with LRASM, nation: USA,
             munition: lrasm, basing: japan, inventory: 150, salvo: 24, first_day: 1}
          - {id: us-fa18-lrasm, name: US Navy F/A-18E/F with LRASM, nation: USA,
             munition: lrasm, basing: surface, inventory: 150, salvo: 24, first_day: 3}
        """);

    assertThat(p[1] - p[0]).isGreaterThan(3 * standardError(p));
  }

  @Test
  void airSupportJoinsTaiwansFireFromItsArrivalDayOn() {
    // Without long-range anti-ship missiles the lodgement's fight decides (36.8% defeated): a
    // large air support (+2 on m) helps most from day 1, less from day 6, and not at all after
    // the horizon, where every replication keeps its outcome.
    Posture base = Posture.bundled("taiwan-2026-no-long-range-antiship");
    List<CampaignCase> cases = new ArrayList<>(List.of(CampaignCase.of(TAIWAN, base)));
    for (int day : new int[] {1, 6, 31}) {
      cases.add(CampaignCase.of(TAIWAN, base.withStrait(base.strait()
          .withAirArriving(new StraitDefence.AirArrival(day, 2.0)))));
    }
    List<StraitResult> runs = SIMULATION.runTogether(TAIWAN, cases);
    double[] p = runs.stream()
        .mapToDouble(r -> r.probability(StraitOutcome.INVASION_DEFEATED)).toArray();

    assertThat(p[1] - p[2]).isGreaterThan(3 * standardError(new double[] {p[1], p[2]}));
    assertThat(p[2] - p[0]).isGreaterThan(3 * standardError(new double[] {p[2], p[0]}));
    assertThat(runs.get(3).outcomes()).isEqualTo(runs.get(0).outcomes());
  }

  @Test
  void withdrawingTheLrasmLaunchersOfTaiwan2026LowersTheChanceTheInvasionIsDefeated() {
    double[] p = defeated("taiwan-2026",
        "withdraw_launchers: [us-b1b-lrasm, us-jf-lrasm, us-fa18-lrasm]\n");

    assertThat(p[0] - p[1]).isGreaterThan(3 * standardError(p));
  }
}
