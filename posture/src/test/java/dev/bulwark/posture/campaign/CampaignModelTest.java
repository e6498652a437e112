package dev.bulwark.posture.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.posture.PostureException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class CampaignModelTest {

  private static final Theatre BALTIC = Theatres.bundled().theatre("baltic");

  private static Map<String, Double> atModes(Posture posture) {
    return CampaignModel.of(BALTIC, posture, 30)
        .hoursToObjectives(CampaignModel.modes(Uncertainty.forPosture(BALTIC, posture)));
  }

  @Test
  void atTheModalValuesThe2016ObjectivesFallWhenThePythonImplementationSays() {
    // tools/campaign-reference/campaign.py --modes: baltic-2016 {'tallinn': 51.0, 'riga': 70.0}
    assertThat(atModes(Posture.bundled("baltic-2016")))
        .containsExactlyInAnyOrderEntriesOf(Map.of("tallinn", 51.0, "riga", 70.0));
  }

  @Test
  void atTheModalValuesTheSevenBrigadesHoldBothCapitalsForThirtyDays() {
    // campaign.py --modes: baltic-rand-7-brigades {'tallinn': inf, 'riga': inf}
    assertThat(atModes(Posture.bundled("baltic-rand-7-brigades")).values())
        .containsOnly(Double.POSITIVE_INFINITY);
  }

  @Test
  void aNegativeOrHugeReinforcementDelayIsRefusedBeforeAnyRun() {
    Uncertainty base = Uncertainty.forPosture(BALTIC, Posture.bundled("baltic-2016"));

    assertThatThrownBy(() -> base.with("reinforcement_delay", new Triangular(-0.5, 1, 1.5)))
        .isInstanceOf(PostureException.class).hasMessageContaining("reinforcement_delay")
        .hasMessageContaining("-0.5");
    assertThatThrownBy(() -> base.with("reinforcement_delay", Triangular.fixed(1e17)))
        .isInstanceOf(PostureException.class).hasMessageContaining("within 0 to 100");
    Map<String, Double> values = new HashMap<>(CampaignModel.modes(base));
    values.put("reinforcement_delay", -1.0);
    assertThatThrownBy(() -> CampaignModel.of(BALTIC, Posture.bundled("baltic-2016"), 30)
        .hoursToObjectives(values)).isInstanceOf(PostureException.class)
        .hasMessageContaining("reinforcement_delay");
  }

  @Test
  void anUndefendedAxisIsCrossedAtRoadMarchSpeed() {
    // No defender: the defence counts as broken from hour 0, so x = v_R × h; at the mode
    // v_R = 6 km/h the 210 km to Tallinn take 210 / 6 = 35 hours, the 275 km to Riga 46.
    Posture empty = Posture.bundled("baltic-2016").withUnits(List.of());
    assertThat(atModes(empty)).containsExactlyInAnyOrderEntriesOf(Map.of("tallinn", 35.0, "riga", 46.0));
  }

  @Test
  void aPostureOfAnotherTheatreOrAUnitOnAnUnknownAxisIsRejected() {
    Posture posture = Posture.bundled("baltic-2016");
    Unit lost = posture.unit("us-2cr");
    Posture misplaced = posture.withUnits(List.of(new Unit("x", "X", "USA", UnitKind.LIGHT, 1,
        "vilnius", 0, Basis.ASSUMPTION, "")));

    assertThat(lost.combatPower()).isEqualTo(0.6);
    assertThatThrownBy(() -> CampaignModel.of(BALTIC, misplaced, 30))
        .isInstanceOf(PostureException.class)
        .hasMessageContaining("unknown axis 'vilnius'").hasMessageContaining("tallinn");
  }
}
