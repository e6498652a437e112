package dev.bulwark.posture.campaign;

import dev.bulwark.posture.sweep.Sweep;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The tornado of a bundled posture as a sweep, for an executor that may ship it to other
 * machines: cell {@code c} is the {@code c}-th case of {@link Tornado} or, in an amphibious
 * theatre, of {@link StraitTornado} (the base, then each uncertain parameter at its low and at
 * its high), run alone with the tornado's runs, seed, horizon and hold day. It answers the
 * median hours to the first objective and the chance of holding, or the chances the invasion is
 * defeated and the capital taken, exactly what the one pass with common random numbers gives
 * that case: a case of a pass is its own run with the same seed. A cell draws from the campaign engine's streams of
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
    return cases(Theatres.bundled().theatre(theatre)).size();
  }

  @Override
  public double[] run(int cell, UniformRandomProvider random) {
    Theatre t = Theatres.bundled().theatre(theatre);
    List<CampaignCase> one = List.of(cases(t).get(cell));
    if (t.amphibious()) {
      return StraitTornado.answer(StraitSimulation.withDefaults().withRuns(runs).withSeed(seed)
          .withThreads(1).withHorizonDays(horizonDays).runTogether(t, one).get(0));
    }
    return Tornado.answer(CampaignSimulation.withDefaults().withRuns(runs).withSeed(seed)
        .withThreads(1).withHorizonDays(horizonDays).withHoldDays(List.of(holdDay))
        .runTogether(t, one).get(0), holdDay);
  }

  private List<CampaignCase> cases(Theatre t) {
    Posture p = Theatres.bundled().posture(posture);
    return t.amphibious() ? StraitTornado.cases(t, p) : Tornado.cases(t, p);
  }
}
