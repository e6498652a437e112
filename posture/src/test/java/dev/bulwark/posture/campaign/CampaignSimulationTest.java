package dev.bulwark.posture.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.bulwark.core.BulwarkException;
import dev.bulwark.posture.PostureException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class CampaignSimulationTest {

  private static final Theatre BALTIC = Theatres.bundled().theatre("baltic");

  @Test
  void theSameSeedGivesTheSameAnswerOnOneTwoAndThreeThreads() {
    CampaignSimulation simulation = CampaignSimulation.withDefaults().withRuns(30_001).withSeed(7);
    Posture posture = Posture.bundled("baltic-2025");

    CampaignResult one = simulation.withThreads(1).run(BALTIC, posture);

    assertThat(simulation.withThreads(2).run(BALTIC, posture)).isEqualTo(one);
    assertThat(simulation.withThreads(3).run(BALTIC, posture)).isEqualTo(one);
  }

  @Test
  void anotherSeedGivesAnotherSampleAndEveryResultRecordsItsSeedRunsAndModel() {
    CampaignSimulation simulation = CampaignSimulation.withDefaults().withRuns(20_000);
    Posture posture = Posture.bundled("baltic-efp-2017");

    CampaignResult a = simulation.withSeed(1).run(BALTIC, posture);
    CampaignResult b = simulation.withSeed(2).run(BALTIC, posture);

    assertThat(a).isNotEqualTo(b);
    assertThat(a.seed()).isEqualTo(1);
    assertThat(a.runs()).isEqualTo(20_000);
    assertThat(a.modelVersion()).isEqualTo(CampaignModel.VERSION);
  }

  @Test
  void theDistributionsAgreeWithTheIndependentPythonImplementationOfTheDocument() {
    CampaignResult r = CampaignSimulation.withDefaults().withRuns(200_000).withSeed(11)
        .run(BALTIC, Posture.bundled("baltic-2016"));

    // tools/campaign-reference/campaign.py --runs 200000 baltic-2016 (numpy's own random
    // numbers, seed 1): first [46 48 52 56 60], riga [54 59 67 76 88], hold day 2 0.7426,
    // 173rd Airborne in time 0.4914, 2nd Cavalry 0.0052. Tolerances: two hours on the
    // quantiles (hourly steps) and 0.01 on the probabilities (sampling error about 0.001).
    assertThat(r.first().p10()).isCloseTo(46, within(2.0));
    assertThat(r.first().median()).isCloseTo(52, within(2.0));
    assertThat(r.first().p90()).isCloseTo(60, within(2.0));
    assertThat(r.objective("riga").median()).isCloseTo(67, within(2.0));
    assertThat(r.objective("riga").p90()).isCloseTo(88, within(2.0));
    assertThat(r.holdsUntil(2)).isCloseTo(0.7426, within(0.01));
    assertThat(r.reinforcements()).extracting(ReinforcementArrival::inTime)
        .satisfiesExactly(abn -> assertThat(abn).isCloseTo(0.4914, within(0.01)),
            cav -> assertThat(cav).isCloseTo(0.0052, within(0.01)),
            vjtf -> assertThat(vjtf).isZero());
  }

  @Test
  void aPostureWithoutReinforcementsHasThemAllInTimeAndListsNone() {
    CampaignResult r = CampaignSimulation.withDefaults().withRuns(5_000)
        .run(BALTIC, Posture.bundled("baltic-rand-7-brigades"));

    assertThat(r.reinforcements()).isEmpty();
    assertThat(r.reinforcementsInTime()).isEqualTo(1.0);
  }

  @Test
  void progressOnTwoThreadsOnlyGrowsAndReachesEveryReplication() {
    List<Long> reported = Collections.synchronizedList(new ArrayList<>());
    CampaignSimulation.withDefaults().withRuns(10_000).withThreads(2)
        .withProgress((done, total) -> {
          assertThat(total).isEqualTo(10_000);
          reported.add(done);
        }).run(BALTIC, Posture.bundled("baltic-2016"));

    assertThat(reported).isSorted().doesNotHaveDuplicates().last().isEqualTo(10_000L);
  }

  @Test
  void holdDaysAndHorizonGiveTheSameAnswerInEitherOrderOfTheWithers() {
    CampaignSimulation base = CampaignSimulation.withDefaults().withRuns(5_000).withSeed(3);
    Posture posture = Posture.bundled("baltic-2016");

    CampaignResult holdFirst = base.withHoldDays(List.of(40, 50)).withHorizonDays(60)
        .run(BALTIC, posture);
    CampaignResult horizonFirst = base.withHorizonDays(60).withHoldDays(List.of(40, 50))
        .run(BALTIC, posture);

    assertThat(horizonFirst).isEqualTo(holdFirst);
    assertThat(holdFirst.horizonDays()).isEqualTo(60);
    assertThat(holdFirst.holds()).extracting(HoldProbability::day).containsExactly(40, 50);
  }

  @Test
  void holdDaysBeyondTheHorizonFailWhenTheRunStartsNamingBothFields() {
    CampaignSimulation beyond = CampaignSimulation.withDefaults().withRuns(100)
        .withHoldDays(List.of(45));

    assertThatThrownBy(() -> beyond.run(BALTIC, Posture.bundled("baltic-2016")))
        .isInstanceOf(PostureException.class)
        .hasMessageContaining("hold days [45] (withHoldDays)")
        .hasMessageContaining("horizon of 30 days (withHorizonDays)")
        .extracting(e -> ((PostureException) e).kind()).isEqualTo(BulwarkException.Kind.BAD_INPUT);
    assertThatThrownBy(() -> CampaignSimulation.withDefaults().withRuns(0))
        .isInstanceOf(PostureException.class).hasMessageContaining("runs must be 1 to");
  }

  @Test
  void aParameterTheModelDoesNotReadLeavesTheSeededResultBitIdentical(@TempDir Path dir)
      throws IOException {
    String bundled;
    try (InputStream in = Theatre.class.getResourceAsStream("baltic.yaml")) {
      bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    // A new row first in the table, before every row the model reads.
    Path file = dir.resolve("baltic-with-sea-state.yaml");
    Files.writeString(file, bundled.replace("\nparameters:\n", String.join("\n", "",
        "parameters:", "  - name: sea_state", "    symbol: s_sea", "    unit: factor",
        "    low: 0.5", "    mode: 1.0", "    high: 2.0", "    basis: assumption", "")));
    Theatre widened = Theatre.read(file);
    Posture posture = Posture.bundled("baltic-2025");
    CampaignSimulation simulation = CampaignSimulation.withDefaults().withRuns(20_000)
        .withSeed(99);

    assertThat(widened.parameters()).hasSize(BALTIC.parameters().size() + 1);
    assertThat(widened.parameters().get(0).name()).isEqualTo("sea_state");
    assertThat(simulation.run(widened, posture)).isEqualTo(simulation.run(BALTIC, posture));
  }

  @Test
  void aTheatreWithoutAParameterTheModelReadsIsRejectedNamingIt() {
    Theatre without = new Theatre(BALTIC.id(), BALTIC.name(), BALTIC.attacker(), BALTIC.axes(),
        BALTIC.parameters().stream().filter(p -> !p.name().equals("road_march")).toList(),
        BALTIC.postures(), BALTIC.source(), null);

    assertThatThrownBy(() -> CampaignSimulation.withDefaults().withRuns(100)
        .run(without, Posture.bundled("baltic-2016")))
        .isInstanceOf(PostureException.class)
        .hasMessageContaining("lacks the parameters [road_march]");
  }
}
