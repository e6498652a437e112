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

final class StraitFunctionTest {

  private static final Theatre TAIWAN = Theatres.bundled().theatre("taiwan");
  /** One block of the simulation, so that its replications draw from its first stream. */
  private static final int RUNS = 4096;
  private static final long SEED = 1253;

  private static double defeatedShare(StraitFunction f) {
    double[] out = new double[RUNS];
    f.evaluate(FunctionChecks.simulationUniforms(SEED, f.inputs().size(), RUNS), RUNS, out);
    return Arrays.stream(out).sum() / RUNS;
  }

  @Test
  void theInputsAreTheParametersTheModelReadsInTheOrderOfTheTable() {
    StraitFunction f = StraitFunction.of(TAIWAN, Posture.bundled("taiwan-2026"), 30, 30);

    assertThat(f.inputs()).containsExactlyInAnyOrderElementsOf(
        StraitModel.parameterNames(TAIWAN));
    List<String> table = TAIWAN.parameters().stream().map(Parameter::name).toList();
    assertThat(f.inputs()).isSortedAccordingTo(
        (a, b) -> Integer.compare(table.indexOf(a), table.indexOf(b)));
  }

  @Test
  void onTheSimulationsUniformsTheMeanIsTheSimulationsChanceOfDefeatingTheInvasion() {
    for (String id : List.of("taiwan-2026", "taiwan-2026-no-japan-bases")) {
      Posture posture = Posture.bundled(id);
      StraitResult run = StraitSimulation.withDefaults().withRuns(RUNS).withSeed(SEED)
          .run(TAIWAN, posture);

      assertThat(defeatedShare(StraitFunction.of(TAIWAN, posture, 30, 30))).as(id)
          .isEqualTo(run.probability(StraitOutcome.INVASION_DEFEATED));
    }
  }

  @Test
  void aShorterDayCountsOnlyTheInvasionsDefeatedByThen() {
    // The lodgement cannot break before its lift is cut: by day 1 none is defeated.
    Posture posture = Posture.bundled("taiwan-2026");

    assertThat(defeatedShare(StraitFunction.of(TAIWAN, posture, 30, 1))).isZero();
    assertThat(defeatedShare(StraitFunction.of(TAIWAN, posture, 30, 10)))
        .isLessThanOrEqualTo(defeatedShare(StraitFunction.of(TAIWAN, posture, 30, 30)));
  }

  @Test
  void aDayBeyondTheHorizonIsRefused() {
    assertThatThrownBy(() -> StraitFunction.of(TAIWAN, Posture.bundled("taiwan-2026"), 30, 31))
        .isInstanceOf(PostureException.class).hasMessageContaining("within the horizon of 30");
  }

  @Test
  void aBundledPosturesFunctionTravelsAsItsRecipeAndGivesTheSameOutputs() throws Exception {
    StraitFunction f = StraitFunction.bundled("taiwan", "taiwan-2026", 30, 30);
    FunctionChecks.Travel travel = FunctionChecks.travel(f, SEED, RUNS);

    assertThat(travel.bytes()).isLessThan(1000);
    assertThat(travel.after()).containsExactly(travel.before());
  }

  @Test
  void aFunctionOfAnyOtherPostureRefusesToTravelSayingWhy() {
    StraitFunction f = StraitFunction.of(TAIWAN, Posture.bundled("taiwan-2026")
        .withUnits(List.of()), 30, 30);

    assertThatThrownBy(() -> new ObjectOutputStream(new ByteArrayOutputStream()).writeObject(f))
        .isInstanceOf(NotSerializableException.class).hasMessageContaining("bundled");
  }
}
