package dev.bulwark.posture.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The strait model's equations at fixed values, against hand derivations. */
final class StraitModelTest {

  private static final Theatre TAIWAN = Theatres.bundled().theatre("taiwan");

  private static final Posture BASE = Posture.bundled("taiwan-2026");

  private static Map<String, Double> modes(Posture posture) {
    return new HashMap<>(CampaignModel.modes(Uncertainty.forPosture(TAIWAN, posture)));
  }

  /** The base case's modes with Taiwan's Hsiung Feng missiles sinking a ship a round, at lift. */
  private static Map<String, Double> liftSunkByHsiungFeng() {
    Map<String, Double> values = modes(BASE);
    values.put("pk_hsiung_feng", 1.0);
    values.put("lift_targeting", 1.0);
    return values;
  }

  @Test
  void withNoResistanceAndNoAntiShipFireTheLodgementMarchesToTaipeiAtRoadSpeed() {
    Map<String, Double> values = modes(BASE);
    values.put(StraitDefence.RESISTANCE, 0.0);
    StraitModel.parameterNames(TAIWAN).stream().filter(n -> n.startsWith("pk_"))
        .forEach(n -> values.put(n, 0.0));
    double[] losses = new double[StraitLoss.values().length];

    StraitOutcome outcome = StraitModel.of(TAIWAN, BASE, 30).run(values, losses);

    // Hand derivation: D stays 0, so the defence counts as broken (D <= P k_D with P = 0) and
    // the lodgement advances v_R = 30 km a day: 30 km after day 1, 60 >= 50 km after day 2.
    assertThat(outcome).isEqualTo(StraitOutcome.CAPITAL_TAKEN);
    assertThat(losses[StraitLoss.DAY_DECIDED.ordinal()]).isEqualTo(2.0);
    assertThat(losses[StraitLoss.PLA_MAJOR_SHIPS.ordinal()]).isZero();
  }

  @Test
  void whenTheWholeLiftIsSunkBeforeTheFirstWaveTheAirborneLodgementIsCutOffAndDefeated() {
    double[] losses = new double[StraitLoss.values().length];

    StraitOutcome outcome = StraitModel.of(TAIWAN, BASE, 30).run(liftSunkByHsiungFeng(), losses);

    // Hand derivation: day 0, Taiwan's Hsiung Feng salvo is 60 x s_J = 60 x (1 - 0.1) = 54
    // rounds at Pk 1, all aimed at the lift (phi = 1): 54 of its 90 + 35 ships sink before
    // the first wave lands; its other launchers' hits follow, and within days the whole lift
    // of 125 ships is sunk, the lodgement is cut off and breaks.
    assertThat(outcome).isEqualTo(StraitOutcome.INVASION_DEFEATED);
    assertThat(losses[StraitLoss.PLA_LIFT_SHIPS.ordinal()]).isEqualTo(125.0);
  }

  @Test
  void aCutOffLodgementThatTaiwanCannotPressHoldsItsGroundToTheHorizon() {
    Map<String, Double> values = liftSunkByHsiungFeng();
    values.put(StraitDefence.RESISTANCE, 0.0);
    StraitModel model = StraitModel.of(TAIWAN, BASE, 30);
    double[] pressed = new double[StraitLoss.values().length];
    double[] unpressed = new double[StraitLoss.values().length];

    values.put(StraitDefence.STOCK_DAYS, 60.0);
    StraitOutcome stocked = model.run(values, pressed);
    values.put(StraitDefence.STOCK_DAYS, 0.0);
    StraitOutcome spent = model.run(values, unpressed);

    // Hand derivation: D = 0, so Taiwan's fire is nil and the lift is sunk as in the test
    // above. While Taiwan's stocks last the cut-off lodgement still wears away by eps = 0.06 a
    // day (0.94^n <= 1 - beta_A = 0.6 takes n = 9 days) and breaks; with Taiwan's stocks spent
    // nothing presses it: it keeps all it landed, does not advance (cut off, it defends) and is
    // still there on day 30, a stalemate.
    assertThat(stocked).isEqualTo(StraitOutcome.INVASION_DEFEATED);
    assertThat(pressed[StraitLoss.DAY_DECIDED.ordinal()]).isLessThan(30.0);
    assertThat(spent).isEqualTo(StraitOutcome.STALEMATE);
    assertThat(unpressed[StraitLoss.DAY_DECIDED.ordinal()]).isEqualTo(30.0);
    assertThat(unpressed[StraitLoss.PLA_TROOPS_ASHORE.ordinal()]).isZero();
    assertThat(unpressed[StraitLoss.PLA_TROOPS_CUT_OFF.ordinal()]).isZero();
  }

  @Test
  void theModelReadsEachMunitionsProbabilityOfKillFromTheTable() {
    assertThat(StraitModel.parameterNames(TAIWAN)).containsAll(List.of("pk_lrasm",
        "pk_jassm_er", "pk_harpoon", "pk_nsm", "pk_sm_6", "pk_torpedo"));
    TAIWAN.parameters().forEach(p -> assertThat(p.source()).isNotBlank());
  }

  @Test
  void theAirSupportJoinedByADayIsTheSumOfTheArrivalsDueByThen() {
    // Arrivals (day 3, +0.25) and (day 1, +0.5), by hand: 0 on day 0, 0.5 on days 1-2, 0.75
    // from day 3.
    Theatre taiwan = Theatres.bundled().theatre("taiwan");
    Posture base = Theatres.bundled().posture("taiwan-2026");
    StraitModel model = StraitModel.of(taiwan, base.withStrait(base.strait()
        .withAirArriving(new StraitDefence.AirArrival(3, 0.25))
        .withAirArriving(new StraitDefence.AirArrival(1, 0.5))), 5);

    assertThat(new double[] {model.airJoined(0), model.airJoined(1), model.airJoined(2),
        model.airJoined(3), model.airJoined(4)}).containsExactly(0, 0.5, 0.5, 0.75, 0.75);
  }
}
