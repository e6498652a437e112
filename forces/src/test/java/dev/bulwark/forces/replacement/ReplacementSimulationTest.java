package dev.bulwark.forces.replacement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.forces.catalogue.Catalogue;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ReplacementSimulationTest {

  private final ReplacementModel iiss = ReplacementModel.of(ForceScenarios.bundled("iiss-2025"),
      Catalogue.bundled(), 25);

  @Test
  void theSameSeedGivesTheSameAnswerOnAnyNumberOfThreads() {
    ReplacementSimulation simulation = ReplacementSimulation.withDefaults().withRuns(3000)
        .withSeed(7);
    SimulationResult one = simulation.withThreads(1).run(iiss);
    SimulationResult four = simulation.withThreads(4).run(iiss);
    assertThat(four).isEqualTo(one);
    assertThat(simulation.withSeed(8).withThreads(1).run(iiss).last())
        .isNotEqualTo(one.last());
  }

  @Test
  void theCentralPlanLiesWithinTheSpreadAndTheQuantilesAreOrdered() {
    SimulationResult result = ReplacementSimulation.withDefaults().withRuns(2000).run(iiss);
    double central = iiss.central().total();
    YearBand last = result.last();
    assertThat(last.cumulativeP5()).isLessThan(central);
    assertThat(last.cumulativeP95()).isGreaterThan(central);
    for (YearBand year : result.years()) {
      assertThat(year.cumulativeP5()).isLessThanOrEqualTo(year.cumulativeMedian());
      assertThat(year.cumulativeMedian()).isLessThanOrEqualTo(year.cumulativeP95());
      assertThat(year.shareP5()).isLessThanOrEqualTo(year.shareP95());
    }
    assertThat(result.drawn()).contains("fighter_squadron.acquisition", "destroyer.ramp");
  }

  @Test
  void theTornadoOrdersItsBarsByTheirSwing() {
    List<CostBar> bars = ReplacementTornado.bars(iiss);
    assertThat(bars).hasSize(iiss.uncertain().size());
    for (int i = 1; i < bars.size(); i++) {
      assertThat(bars.get(i).swing()).isLessThanOrEqualTo(bars.get(i - 1).swing());
    }
    // One figure at its low and high, the rest at their modes: the acquisition bar of the
    // fighters spans 20 squadrons x (3,000 - 1,900) = 22,000 million exactly, since every
    // squadron is delivered within 25 years.
    CostBar fighters = bars.stream().filter(b -> b.figure().name()
        .equals("fighter_squadron.acquisition")).findFirst().orElseThrow();
    assertThat(fighters.swing()).isCloseTo(22_000, org.assertj.core.api.Assertions.within(1e-6));
  }
}
