package dev.bulwark.posture.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * Scalar and vector hour-steps are the same arithmetic: every replication gets the same bits
 * from either, and a whole run the same answer on any number of threads.
 */
final class LanesTest {

  private static final Theatres THEATRES = Theatres.bundled();
  private static final Theatre BALTIC = THEATRES.theatre("baltic");

  @Test
  void theTestsRunWithTheVectorApiAsTheLauncherDoes() {
    assertThat(Lanes.fastest()).isEqualTo(Lanes.VECTOR);
    assertThat(VectorSteps.width()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void everyReplicationOfEveryPostureGetsTheSameHoursFromScalarAndVectorSteps() {
    UniformRandomProvider random = RandomSource.L64_X128_MIX.create(11L);
    for (String id : BALTIC.postures()) {
      for (int horizon : List.of(1, 3, 30, 90)) {
        CampaignModel model = CampaignModel.of(BALTIC, THEATRES.posture(id), horizon);
        // 1,001 replications: whole vectors and a scalar tail, values drawn far beyond the
        // documented ranges too (near-zero and large lethalities, no air support, long delays).
        ReplicationBlock block = new ReplicationBlock(model, 1_001);
        block.resize(1_001);
        double[] p = new double[CampaignModel.PARAMETERS.size()];
        for (int r = 0; r < block.size(); r++) {
          for (int k = 0; k < p.length; k++) {
            p[k] = r % 2 == 0 ? 0.02 + 2 * random.nextDouble() : 1e-6 + 10 * random.nextDouble();
          }
          p[CampaignModel.BETA_A] = random.nextDouble();
          p[CampaignModel.BETA_D] = random.nextDouble();
          block.set(r, p);
        }
        for (int axis = 0; axis < model.axes(); axis++) {
          double[] scalar = new double[block.size()];
          double[] vector = new double[block.size()];
          Lanes.SCALAR.run(block, axis, 0, block.size(), scalar);
          Lanes.VECTOR.run(block, axis, 0, block.size(), vector);
          assertThat(vector).as("%s, %d days, axis %d", id, horizon, axis)
              .containsExactly(scalar);
        }
      }
    }
  }

  @Test
  void scalarAndVectorLanesSetEveryReplicationToTheSameBits() {
    UniformRandomProvider random = RandomSource.L64_X128_MIX.create(13L);
    for (String id : BALTIC.postures()) {
      Posture posture = THEATRES.posture(id);
      CampaignModel model = CampaignModel.of(BALTIC, posture, 30);
      CampaignSimulation.Draws draws =
          CampaignSimulation.Draws.of(Uncertainty.forPosture(BALTIC, posture));
      int size = 1_003;
      double[][] uniforms = new double[draws.slots().length][size];
      for (double[] row : uniforms) {
        for (int r = 0; r < size; r++) {
          row[r] = random.nextDouble();
        }
      }
      ReplicationBlock scalar = new ReplicationBlock(model, size);
      ReplicationBlock vector = new ReplicationBlock(model, size);
      scalar.resize(size);
      vector.resize(size);
      Lanes.SCALAR.fill(scalar, draws, uniforms, new double[CampaignModel.PARAMETERS.size()][size]);
      Lanes.VECTOR.fill(vector, draws, uniforms, new double[CampaignModel.PARAMETERS.size()][size]);

      assertThat(vector).usingRecursiveComparison().as(id).isEqualTo(scalar);
    }
  }

  @Test
  void theSameSeedGivesTheSameAnswerScalarOrVectorOnOneTwoOrThreeThreads() {
    CampaignSimulation simulation = CampaignSimulation.withDefaults().withRuns(20_003)
        .withSeed(3).withHorizonDays(60).withHoldDays(List.of(1, 2, 7, 28, 60));
    for (String id : BALTIC.postures()) {
      Posture posture = THEATRES.posture(id);
      CampaignResult scalar = simulation.withLanes(Lanes.SCALAR).withThreads(1)
          .run(BALTIC, posture);
      for (Lanes lanes : Lanes.values()) {
        for (int threads = 1; threads <= 3; threads++) {
          assertThat(simulation.withLanes(lanes).withThreads(threads).run(BALTIC, posture))
              .as("%s, %s lanes, %d threads", id, lanes, threads).isEqualTo(scalar);
        }
      }
    }
  }

  @Test
  void casesRunTogetherGiveEachTheAnswerOfItsOwnRun() {
    CampaignSimulation simulation = CampaignSimulation.withDefaults().withRuns(9_000).withSeed(8);
    List<CampaignCase> cases = BALTIC.postures().stream()
        .map(id -> CampaignCase.of(BALTIC, THEATRES.posture(id))).toList();

    List<CampaignResult> together = simulation.runTogether(BALTIC, cases);

    for (int i = 0; i < cases.size(); i++) {
      assertThat(together.get(i)).isEqualTo(simulation.run(BALTIC, cases.get(i).posture()));
    }
  }
}
