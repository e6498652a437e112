package dev.bulwark.posture.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * The strait model's scalar and vector day-steps are the same arithmetic: every replication gets
 * the same ends from either, every replication the same constants from either inversion, and a
 * whole run the same outcome shares and loss means, to the bit, on any number of threads.
 */
final class StraitLanesTest {

  private static final Theatres THEATRES = Theatres.bundled();
  private static final Theatre TAIWAN = THEATRES.theatre("taiwan");

  /** Every bundled posture, and CSIS's base case with air support joining on days 2 and 5. */
  private static List<Posture> postures() {
    List<Posture> postures = new ArrayList<>(TAIWAN.postures().stream()
        .map(THEATRES::posture).toList());
    Posture base = THEATRES.posture("taiwan-2026");
    postures.add(base.withStrait(base.strait()
        .withAirArriving(new StraitDefence.AirArrival(5, 0.3))
        .withAirArriving(new StraitDefence.AirArrival(2, 0.7))));
    return postures;
  }

  @Test
  void everyReplicationOfEveryPostureGetsTheSameEndsFromScalarAndVectorSteps() {
    UniformRandomProvider random = RandomSource.L64_X128_MIX.create(17L);
    for (Posture posture : postures()) {
      String id = posture.id() + (posture.strait().airArrivals().isEmpty() ? "" : " (late air)");
      for (int horizon : List.of(1, 3, 30, 90)) {
        StraitModel model = StraitModel.of(TAIWAN, posture, horizon);
        // 1,003 replications: whole groups and a scalar tail; values drawn far beyond the
        // documented ranges too (no lift, huge salvoes' Pk, long delays, lethal or idle sides),
        // shares and attrition rates within [0, 1].
        StraitBlock scalar = new StraitBlock(model, 1_003);
        StraitBlock vector = new StraitBlock(model, 1_003);
        scalar.resize(1_003);
        vector.resize(1_003);
        double[][] p = new double[model.names().size()][scalar.size()];
        for (int r = 0; r < scalar.size(); r++) {
          for (double[] row : p) {
            row[r] = r % 2 == 0 ? 0.02 + 2 * random.nextDouble() : 1e-6 + 10 * random.nextDouble();
          }
          for (int k : new int[] {StraitModel.BETA_A, StraitModel.BETA_D, StraitModel.SUPPLY,
              StraitModel.TARGETING, StraitModel.BASE_ATTACK, StraitModel.FLEET,
              StraitModel.SUBMARINES, StraitModel.CARRIERS, StraitModel.TAIWAN_NAVY}) {
            p[k][r] = random.nextDouble();
          }
          if (r % 7 == 0) {
            p[StraitModel.LIFT_AMPHIBIOUS][r] = 0;
            p[StraitModel.LIFT_RORO][r] = 0;
          }
        }
        scalar.set(p);
        vector.set(p);
        Lanes.SCALAR.run(scalar);
        Lanes.VECTOR.run(vector);
        for (int row = 0; row < StraitBlock.ENDS; row++) {
          assertThat(vector.ends[row]).as("%s, %d days, end row %d", id, horizon, row)
              .containsExactly(scalar.ends[row]);
        }
      }
    }
  }

  @Test
  void scalarAndVectorLanesSetEveryReplicationToTheSameBits() {
    UniformRandomProvider random = RandomSource.L64_X128_MIX.create(19L);
    for (String id : TAIWAN.postures()) {
      Posture posture = THEATRES.posture(id);
      StraitModel model = StraitModel.of(TAIWAN, posture, 30);
      StraitSimulation.Draws draws =
          StraitSimulation.Draws.of(Uncertainty.forPosture(TAIWAN, posture), model.names());
      int size = 1_001;
      double[][] uniforms = new double[draws.slots().length][size];
      for (double[] row : uniforms) {
        for (int r = 0; r < size; r++) {
          row[r] = random.nextDouble();
        }
      }
      StraitBlock scalar = new StraitBlock(model, size);
      StraitBlock vector = new StraitBlock(model, size);
      scalar.resize(size);
      vector.resize(size);
      Lanes.SCALAR.fill(scalar, draws, uniforms, new double[model.names().size()][size]);
      Lanes.VECTOR.fill(vector, draws, uniforms, new double[model.names().size()][size]);

      assertThat(vector).usingRecursiveComparison().as(id).isEqualTo(scalar);
    }
  }

  @Test
  void theSameSeedGivesTheSameOutcomesAndLossMeansScalarOrVectorOnOneTwoOrThreeThreads() {
    // 20,003 runs: four whole blocks, a short one, and chunks and groups with tails.
    StraitSimulation simulation = StraitSimulation.withDefaults().withRuns(20_003).withSeed(5);
    List<Posture> postures = postures();
    for (Posture posture : List.of(THEATRES.posture("taiwan-2026"),
        THEATRES.posture("taiwan-2026-no-japan-bases"),
        THEATRES.posture("taiwan-2026-ukraine-model"),
        THEATRES.posture("taiwan-2026-taiwan-does-not-resist"),
        postures.get(postures.size() - 1))) {
      String id = posture.id() + (posture.strait().airArrivals().isEmpty() ? "" : " (late air)");
      StraitResult scalar = simulation.withLanes(Lanes.SCALAR).withThreads(1).run(TAIWAN, posture);
      for (Lanes lanes : Lanes.values()) {
        for (int threads = 1; threads <= 3; threads++) {
          StraitResult r = simulation.withLanes(lanes).withThreads(threads).run(TAIWAN, posture);
          String as = id + ", " + lanes + " lanes, " + threads + " threads";
          for (StraitLoss loss : StraitLoss.values()) {
            assertThat(Double.doubleToRawLongBits(r.meanLosses().get(loss))).as(as + ", " + loss)
                .isEqualTo(Double.doubleToRawLongBits(scalar.meanLosses().get(loss)));
          }
          assertThat(r).as(as).isEqualTo(scalar);
        }
      }
    }
  }
}
