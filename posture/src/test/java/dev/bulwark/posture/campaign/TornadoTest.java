package dev.bulwark.posture.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class TornadoTest {

  private final Tornado tornado = Tornado.withDefaults()
      .withSimulation(CampaignSimulation.withDefaults().withRuns(10_000).withSeed(5));

  @Test
  void eachUncertainParameterGetsOneBarAndTheBaseCaseIsThePlainRun() {
    Posture posture = Posture.bundled("baltic-2016");
    TornadoResult result = tornado.analyse(Theatre.baltic(), posture);
    CampaignResult plain = CampaignSimulation.withDefaults().withRuns(10_000).withSeed(5)
        .run(Theatre.baltic(), posture);

    assertThat(result.bars()).extracting(TornadoBar::parameter)
        .containsExactlyInAnyOrder(Parameter.values());
    assertThat(result.baseMedianHours()).isEqualTo(plain.first().median());
  }

  @Test
  void fasterRoadMarchesAndDeadlierAttackersBringTheCapitalsDownSooner() {
    TornadoResult result = tornado.analyse(Theatre.baltic(), Posture.bundled("baltic-2016"));

    for (Parameter faster : new Parameter[] {Parameter.ROAD_MARCH, Parameter.ATTACKER_LETHALITY}) {
      TornadoBar bar = result.bars().stream().filter(b -> b.parameter() == faster).findFirst()
          .orElseThrow();
      assertThat(bar.medianHoursAtHigh()).isLessThan(bar.medianHoursAtLow());
    }
  }

  @Test
  void theDelayOfReinforcementsCannotMatterToAPostureThatHasNone() {
    TornadoResult result = tornado.analyse(Theatre.baltic(),
        Posture.bundled("baltic-rand-7-brigades"));
    TornadoBar delay = result.bars().stream()
        .filter(b -> b.parameter() == Parameter.REINFORCEMENT_DELAY).findFirst().orElseThrow();

    assertThat(delay.holdAtLow()).isEqualTo(delay.holdAtHigh()).isEqualTo(result.baseHold());
    assertThat(result.bars().get(0).holdSwing()).isGreaterThan(0.2);
  }
}
