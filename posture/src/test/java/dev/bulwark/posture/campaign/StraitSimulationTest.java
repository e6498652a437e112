package dev.bulwark.posture.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.posture.PostureException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Monte Carlo runner of the strait model: reproducible on any threads, with common random numbers. */
final class StraitSimulationTest {

  private static final Theatre TAIWAN = Theatres.bundled().theatre("taiwan");
  private static final Posture BASE = Posture.bundled("taiwan-2026");
  private static final StraitSimulation SIMULATION =
      StraitSimulation.withDefaults().withRuns(3 * CampaignSimulation.BLOCK + 17).withSeed(7);

  @Test
  void theSameSeedGivesTheSameAnswerToTheBitOnOneTwoAndFiveThreads() {
    StraitResult one = SIMULATION.withThreads(1).run(TAIWAN, BASE);

    assertThat(SIMULATION.withThreads(2).run(TAIWAN, BASE)).isEqualTo(one);
    assertThat(SIMULATION.withThreads(5).run(TAIWAN, BASE)).isEqualTo(one);
  }

  @Test
  void anotherSeedGivesAnotherAnswer() {
    assertThat(SIMULATION.withSeed(8).run(TAIWAN, BASE).meanLosses())
        .isNotEqualTo(SIMULATION.run(TAIWAN, BASE).meanLosses());
  }

  @Test
  void casesRunTogetherEachEqualTheirOwnRunWithTheSeed() {
    Posture noJapan = Posture.bundled("taiwan-2026-no-japan-bases");
    List<StraitResult> together = SIMULATION.runTogether(TAIWAN,
        List.of(CampaignCase.of(TAIWAN, BASE), CampaignCase.of(TAIWAN, noJapan)));

    assertThat(together.get(0)).isEqualTo(SIMULATION.run(TAIWAN, BASE));
    assertThat(together.get(1)).isEqualTo(SIMULATION.run(TAIWAN, noJapan));
  }

  @Test
  void outcomesShareOutAllRunsAndTheResultRecordsItsSeedRunsAndVersion() {
    StraitResult r = SIMULATION.run(TAIWAN, BASE);

    assertThat(r.outcomes().values().stream().mapToDouble(Double::doubleValue).sum())
        .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(r.seed()).isEqualTo(7);
    assertThat(r.runs()).isEqualTo(3 * CampaignSimulation.BLOCK + 17);
    assertThat(r.modelVersion()).isEqualTo(StraitModel.VERSION);
  }

  @Test
  void aBalticPostureIsRefusedNamingTheTheatre() {
    assertThatThrownBy(() -> SIMULATION.run(TAIWAN, Posture.bundled("baltic-2016")))
        .isInstanceOf(PostureException.class).hasMessageContaining("taiwan");
  }

  @Test
  void theTornadoBarsEndsMoveTheAnswerAndAreSortedByTheSwingOfDefeat() {
    // Without Japan's bases the outcome is in doubt (the base case is defeated in nearly every
    // run, so its bars are short): there the widest bar moves it by more than 5 points.
    Posture noJapan = Posture.bundled("taiwan-2026-no-japan-bases");
    StraitTornado tornado = StraitTornado.analyse(SIMULATION, TAIWAN, noJapan);

    StraitResult alone = SIMULATION.run(TAIWAN, noJapan);
    assertThat(tornado.defeated()).isEqualTo(alone.probability(StraitOutcome.INVASION_DEFEATED));
    assertThat(tornado.capital()).isEqualTo(alone.probability(StraitOutcome.CAPITAL_TAKEN));
    assertThat(tornado.bars()).isSortedAccordingTo((a, b) -> Double.compare(
        b.defeatedSwing(), a.defeatedSwing()) != 0 ? Double.compare(b.defeatedSwing(),
        a.defeatedSwing()) : Double.compare(b.capitalSwing(), a.capitalSwing()));
    assertThat(tornado.bars().get(0).defeatedSwing()).isGreaterThan(0.05);
  }
}
