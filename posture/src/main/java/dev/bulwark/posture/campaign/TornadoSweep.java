package dev.bulwark.posture.campaign;

import dev.bulwark.posture.sweep.Sweep;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The tornado of a bundled posture as a sweep, for an executor that may ship it to other
 * machines: cell {@code c} is the {@code c}-th case of {@link Tornado} (the base, then each
 * uncertain parameter at its low and at its high), run alone with the tornado's runs, seed,
 * horizon and hold day. It answers the median hours to the first objective and the chance of
 * holding, exactly what the one pass with common random numbers gives that case: a case of a
 * pass is its own run with the same seed. A cell draws from the campaign engine's streams of
 * (seed, block), not from the sweep's cell stream, which keeps the numbers common across cells.
 * The sweep holds ids and numbers; each machine reads the bundled theatre and posture.
 */
final class TornadoSweep implements Sweep<double[]> {

  private static final long serialVersionUID = 1L;

  private final String theatre;
  private final String posture;
  private final int runs;
  private final long seed;
  private final int horizonDays;
  private final int holdDay;

  TornadoSweep(String theatre, String posture, int runs, long seed, int horizonDays,
      int holdDay) {
    this.theatre = theatre;
    this.posture = posture;
    this.runs = runs;
    this.seed = seed;
    this.horizonDays = horizonDays;
    this.holdDay = holdDay;
  }

  @Override
  public int cells() {
    Theatres bundled = Theatres.bundled();
    return Tornado.cases(bundled.theatre(theatre), bundled.posture(posture)).size();
  }

  @Override
  public double[] run(int cell, UniformRandomProvider random) {
    Theatres bundled = Theatres.bundled();
    Theatre t = bundled.theatre(theatre);
    CampaignCase one = Tornado.cases(t, bundled.posture(posture)).get(cell);
    CampaignResult result = CampaignSimulation.withDefaults().withRuns(runs).withSeed(seed)
        .withThreads(1).withHorizonDays(horizonDays).withHoldDays(List.of(holdDay))
        .runTogether(t, List.of(one)).get(0);
    return Tornado.answer(result, holdDay);
  }
}
