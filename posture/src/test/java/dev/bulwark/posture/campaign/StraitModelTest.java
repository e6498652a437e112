package dev.bulwark.posture.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The strait model's equations at fixed values, against hand derivations. */
final class StraitModelTest {

  private static final Theatre TAIWAN = Theatres.bundled().theatre("taiwan");

  private static Map<String, Double> modes(Posture posture) {
    return new HashMap<>(CampaignModel.modes(Uncertainty.forPosture(TAIWAN, posture)));
  }

  @Test
  void withNoResistanceAndNoAntiShipFireTheLodgementMarchesToTaipeiAtRoadSpeed() {
    Posture base = Posture.bundled("taiwan-2026");
    Map<String, Double> values = modes(base);
    values.put(StraitDefence.RESISTANCE, 0.0);
    StraitModel.parameterNames(TAIWAN).stream().filter(n -> n.startsWith("pk_"))
        .forEach(n -> values.put(n, 0.0));
    double[] losses = new double[StraitLoss.values().length];

    StraitOutcome outcome = StraitModel.of(TAIWAN, base, 30).run(values, losses);

    // Hand derivation: D stays 0, so the defence counts as broken (D <= P k_D with P = 0) and
    // the lodgement advances v_R = 30 km a day: 30 km after day 1, 60 >= 50 km after day 2.
    assertThat(outcome).isEqualTo(StraitOutcome.CAPITAL_TAKEN);
    assertThat(losses[StraitLoss.DAY_DECIDED.ordinal()]).isEqualTo(2.0);
    assertThat(losses[StraitLoss.PLA_MAJOR_SHIPS.ordinal()]).isZero();
  }

  @Test
  void whenTheWholeLiftIsSunkBeforeTheFirstWaveTheAirborneLodgementIsCutOffAndDefeated() {
    Posture base = Posture.bundled("taiwan-2026");
    Map<String, Double> values = modes(base);
    values.put("pk_hsiung_feng", 1.0);
    values.put("lift_targeting", 1.0);
    double[] losses = new double[StraitLoss.values().length];

    StraitOutcome outcome = StraitModel.of(TAIWAN, base, 30).run(values, losses);

    // Hand derivation: day 0, Taiwan's Hsiung Feng salvo is 60 x s_J = 60 x (1 - 0.1) = 54
    // rounds at Pk 1, all aimed at the lift (phi = 1): 54 of its 90 + 35 ships sink before
    // the first wave lands; its other launchers' hits follow, and within days the whole lift
    // of 125 ships is sunk, the lodgement is cut off and breaks.
    assertThat(outcome).isEqualTo(StraitOutcome.INVASION_DEFEATED);
    assertThat(losses[StraitLoss.PLA_LIFT_SHIPS.ordinal()]).isEqualTo(125.0);
  }

  @Test
  void theModelReadsEachMunitionsProbabilityOfKillFromTheTable() {
    assertThat(StraitModel.parameterNames(TAIWAN)).containsAll(List.of("pk_lrasm",
        "pk_jassm_er", "pk_harpoon", "pk_nsm", "pk_sm_6", "pk_torpedo"));
    TAIWAN.parameters().forEach(p -> assertThat(p.source()).isNotBlank());
  }
}
