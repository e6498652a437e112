package dev.bulwark.posture.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.posture.PostureException;
import java.io.ByteArrayOutputStream;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

final class CampaignFunctionTest {

  private static final Theatre BALTIC = Theatres.bundled().theatre("baltic");
  private static final int RUNS = 4096;
  private static final long SEED = 1253;

  private static double[] evaluate(Posture posture, CampaignFunction.Output output, int day) {
    CampaignFunction f = CampaignFunction.of(BALTIC, posture, 30, output, day);
    double[] out = new double[RUNS];
    f.evaluate(FunctionChecks.simulationUniforms(SEED, f.inputs().size(), RUNS), RUNS, out);
    return out;
  }

  @Test
  void onTheSimulationsUniformsTheFunctionGivesTheSimulationsMedianHoursExactly() {
    Posture posture = Posture.bundled("baltic-2016");
    double[] hours = evaluate(posture, CampaignFunction.Output.HOURS, 1);
    Arrays.sort(hours);
    CampaignResult run = CampaignSimulation.withDefaults().withRuns(RUNS).withSeed(SEED)
        .run(BALTIC, posture);

    // Hyndman and Fan type 1: the median of 4,096 sorted times is the 2,048th.
    assertThat(hours[RUNS / 2 - 1]).isEqualTo(run.objectives().get(2).median());
  }

  @Test
  void theMeanOfHoldsIsTheSimulationsChanceOfHoldingTheDay() {
    Posture posture = Posture.bundled("baltic-rand-7-brigades");
    double held = Arrays.stream(evaluate(posture, CampaignFunction.Output.HOLDS, 14)).sum();
    CampaignResult run = CampaignSimulation.withDefaults().withRuns(RUNS).withSeed(SEED)
        .withHoldDays(List.of(14)).run(BALTIC, posture);

    assertThat(held / RUNS).isEqualTo(run.holds().get(0).probability());
  }

  @Test
  void aDayBeyondTheHorizonIsRefused() {
    assertThatThrownBy(() -> CampaignFunction.of(BALTIC, Posture.bundled("baltic-2016"), 30,
        CampaignFunction.Output.HOLDS, 31)).isInstanceOf(PostureException.class)
        .hasMessageContaining("within the horizon of 30 days");
  }

  @Test
  void aBundledPosturesFunctionTravelsAsItsRecipeAndGivesTheSameOutputs() throws Exception {
    CampaignFunction f = CampaignFunction.bundled("baltic", "baltic-2016", 30,
        CampaignFunction.Output.HOURS, 1);
    FunctionChecks.Travel travel = FunctionChecks.travel(f, SEED, RUNS);

    assertThat(travel.bytes()).isLessThan(1000);
    assertThat(travel.after()).containsExactly(travel.before());
  }

  @Test
  void aFunctionOfAnyOtherPostureRefusesToTravelSayingWhy() {
    CampaignFunction f = CampaignFunction.of(BALTIC, Posture.bundled("baltic-2016")
        .withUnits(List.of()), 30, CampaignFunction.Output.HOURS, 1);

    assertThatThrownBy(() -> new ObjectOutputStream(new ByteArrayOutputStream()).writeObject(f))
        .isInstanceOf(NotSerializableException.class).hasMessageContaining("bundled");
  }
}
