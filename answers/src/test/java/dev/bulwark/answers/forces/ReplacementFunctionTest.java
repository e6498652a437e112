package dev.bulwark.answers.forces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.forces.catalogue.Catalogue;
import dev.bulwark.forces.catalogue.Spread;
import dev.bulwark.forces.replacement.ForceScenarios;
import dev.bulwark.forces.replacement.ReplacementModel;
import dev.bulwark.forces.replacement.ReplacementSimulation;
import dev.bulwark.forces.replacement.SimulationResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.apache.commons.rng.SplittableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.descriptive.Quantile;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

final class ReplacementFunctionTest {

  /** One block of the simulation (1,024 runs), so that every run draws from its first stream. */
  private static final int RUNS = 1024;
  private static final long SEED = 1253;

  /** The simulation's uniforms: its first stream, one per uncertain figure, run after run. */
  private static double[][] simulationUniforms(int k) {
    SplittableUniformRandomProvider root =
        (SplittableUniformRandomProvider) RandomSource.L64_X128_MIX.create(SEED);
    UniformRandomProvider stream = root.splits(1).toList().get(0);
    double[][] u = new double[k][RUNS];
    for (int r = 0; r < RUNS; r++) {
      for (int i = 0; i < k; i++) {
        u[i][r] = stream.nextDouble();
      }
    }
    return u;
  }

  private static double[] evaluate(ReplacementFunction f) {
    double[] out = new double[RUNS];
    f.evaluate(simulationUniforms(f.inputs().size()), RUNS, out);
    return out;
  }

  @Test
  void onTheSimulationsDrawsTheFunctionGivesTheSimulationsWholeHorizonCostBand() {
    for (String id : ForceScenarios.BUNDLED) {
      ReplacementFunction f = ReplacementFunction.bundled(id, 25);
      SimulationResult run = ReplacementSimulation.withDefaults().withRuns(RUNS).withSeed(SEED)
          .withThreads(1).run(ReplacementModel.of(ForceScenarios.bundled(id),
              Catalogue.bundled(), 25));

      double[] band = Quantile.withDefaults().evaluate(evaluate(f), 0.05, 0.5, 0.95);
      assertThat(f.inputs()).as(id).isEqualTo(run.drawn());
      assertThat(band).as(id).containsExactly(run.last().cumulativeP5(),
          run.last().cumulativeMedian(), run.last().cumulativeP95());
    }
  }

  @Test
  void atTheModesQuantilesTheOutputIsTheCentralPlansTotal() {
    ReplacementFunction f = ReplacementFunction.bundled("iiss-2025", 25);
    double[][] u = new double[f.inputs().size()][1];
    for (int k = 0; k < u.length; k++) {
      Spread range = f.model().uncertain().get(k).range();
      u[k][0] = (range.mode() - range.low()) / (range.high() - range.low());
    }
    double[] out = new double[1];
    f.evaluate(u, 1, out);

    assertThat(out[0]).isCloseTo(f.model().central().total(),
        Percentage.withPercentage(1e-6));
  }

  @Test
  void aBundledScenariosFunctionTravelsAsItsRecipeAndGivesTheSameOutputs() throws Exception {
    ReplacementFunction f = ReplacementFunction.bundled("bruegel-2025", 10);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(f);
    }
    ReplacementFunction copy;
    try (ObjectInputStream in = new ObjectInputStream(
        new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (ReplacementFunction) in.readObject();
    }

    assertThat(bytes.size()).isLessThan(1000);
    assertThat(evaluate(copy)).containsExactly(evaluate(f));
  }

  @Test
  void aFunctionOfAScenarioFileRefusesToTravelSayingWhy() {
    ReplacementFunction f = ReplacementFunction.of(ForceScenarios.bundled("iiss-2025"), 25);

    assertThatThrownBy(() -> new ObjectOutputStream(new ByteArrayOutputStream()).writeObject(f))
        .isInstanceOf(NotSerializableException.class).hasMessageContaining("bundled");
  }
}
