package dev.bulwark.posture.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.posture.sweep.LocalExecutor;
import java.util.List;
import org.junit.jupiter.api.Test;

final class TornadoTest {

  private static final Theatre BALTIC = Theatres.bundled().theatre("baltic");

  private final Tornado tornado = Tornado.withDefaults()
      .withSimulation(CampaignSimulation.withDefaults().withRuns(10_000).withSeed(5));

  @Test
  void eachUncertainParameterGetsOneBarAndTheBaseCaseIsThePlainRun() {
    Posture posture = Posture.bundled("baltic-2016");
    TornadoResult result = tornado.analyse(BALTIC, posture);
    CampaignResult plain = CampaignSimulation.withDefaults().withRuns(10_000).withSeed(5)
        .run(BALTIC, posture);

    assertThat(result.bars()).extracting(bar -> bar.parameter().name())
        .containsExactlyInAnyOrderElementsOf(CampaignModel.PARAMETERS);
    assertThat(result.baseMedianHours()).isEqualTo(plain.first().median());
  }

  @Test
  void fasterRoadMarchesAndDeadlierAttackersBringTheCapitalsDownSooner() {
    TornadoResult result = tornado.analyse(BALTIC, Posture.bundled("baltic-2016"));

    for (String faster : List.of("road_march", "attacker_lethality")) {
      TornadoBar bar = result.bars().stream().filter(b -> b.parameter().name().equals(faster))
          .findFirst().orElseThrow();
      assertThat(bar.medianHoursAtHigh()).isLessThan(bar.medianHoursAtLow());
    }
  }

  @Test
  void theDelayOfReinforcementsCannotMatterToAPostureThatHasNone() {
    TornadoResult result = tornado.analyse(BALTIC,
        Posture.bundled("baltic-rand-7-brigades"));
    TornadoBar delay = result.bars().stream()
        .filter(b -> b.parameter().name().equals("reinforcement_delay")).findFirst().orElseThrow();

    assertThat(delay.holdAtLow()).isEqualTo(delay.holdAtHigh()).isEqualTo(result.baseHold());
    assertThat(result.bars().get(0).holdSwing()).isGreaterThan(0.2);
  }

  @Test
  void theTornadoSweptCaseByCaseOnThreadsIsTheOnePassTornado() {
    Tornado tornado = Tornado.withDefaults().withSimulation(CampaignSimulation.withDefaults()
        .withRuns(2000).withSeed(7)).withHoldDay(14);
    TornadoResult pass = tornado.analyse(BALTIC, Theatres.bundled().posture("baltic-2016"));
    TornadoResult swept = tornado.analyse("baltic", "baltic-2016", LocalExecutor.onThreads(2),
        ProgressListener.NONE);
    assertThat(swept).isEqualTo(pass);
    assertThat(swept.bars()).hasSizeGreaterThan(5);
  }

  @Test
  void theStraitTornadoSweptCaseByCaseOnThreadsIsTheOnePassTornado() {
    StraitSimulation simulation = StraitSimulation.withDefaults().withRuns(500).withSeed(7);
    StraitTornado pass = StraitTornado.analyse(simulation, Theatres.bundled().theatre("taiwan"),
        Theatres.bundled().posture("taiwan-2026-no-japan-bases"));
    StraitTornado swept = StraitTornado.analyse("taiwan", "taiwan-2026-no-japan-bases", 500, 7,
        30, LocalExecutor.onThreads(2), ProgressListener.NONE);
    assertThat(swept).isEqualTo(pass);
    assertThat(swept.bars()).hasSizeGreaterThan(20);
  }
}
