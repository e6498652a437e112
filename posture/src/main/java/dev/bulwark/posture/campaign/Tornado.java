package dev.bulwark.posture.campaign;

import dev.bulwark.posture.PostureException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One-at-a-time sensitivity of the campaign's answer: for each uncertain parameter, the Monte
 * Carlo run is repeated with that parameter fixed at its low and then at its high value, the
 * others drawn from their distributions; every run uses the same seed, so the differences are
 * the parameter's and not the random streams'. Bars are ordered by the swing of the hold
 * probability, then of the median hours. Cost: 2 runs per uncertain parameter plus the base.
 *
 * <pre>{@code
 * TornadoResult t = Tornado.withDefaults().analyse(theatre, posture);
 * t.bars().get(0).parameter().name();
 * }</pre>
 */
public final class Tornado {

  private final CampaignSimulation simulation;
  private final int holdDay;

  private Tornado(CampaignSimulation simulation, int holdDay) {
    this.simulation = simulation;
    this.holdDay = holdDay;
  }

  /** 20,000 runs per bar end, seed 1253, all cores, hold probability at day 14. */
  public static Tornado withDefaults() {
    return new Tornado(CampaignSimulation.withDefaults().withRuns(20_000), 14);
  }

  /** Returns a copy using this simulation (runs, seed, threads, horizon) for every run. */
  public Tornado withSimulation(CampaignSimulation simulation) {
    PostureException.require(simulation != null, "simulation must be given, was null");
    return new Tornado(simulation, holdDay);
  }

  /** Returns a copy reporting the probability of holding until {@code day}. */
  public Tornado withHoldDay(int day) {
    Checks.within(day, 1, 365, "hold day");
    return new Tornado(simulation, day);
  }

  /**
   * Runs the base case and both ends of every uncertain parameter the model reads, in the order
   * of the theatre's table.
   */
  public TornadoResult analyse(Theatre theatre, Posture posture) {
    Uncertainty base = Uncertainty.forPosture(theatre, posture);
    CampaignSimulation runner = simulation.withHoldDays(List.of(holdDay));
    CampaignResult centre = runner.withUncertainty(base).run(theatre, posture);
    List<TornadoBar> bars = new ArrayList<>();
    for (Parameter parameter : theatre.parameters()) {
      Triangular range = base.of(parameter.name());
      if (CampaignModel.slot(parameter.name()) < 0 || range.low() == range.high()) {
        continue;
      }
      CampaignResult low = runner.withUncertainty(base.with(parameter.name(),
          Triangular.fixed(range.low()))).run(theatre, posture);
      CampaignResult high = runner.withUncertainty(base.with(parameter.name(),
          Triangular.fixed(range.high()))).run(theatre, posture);
      bars.add(new TornadoBar(parameter, range.low(), range.high(), low.first().median(),
          high.first().median(), low.holdsUntil(holdDay), high.holdsUntil(holdDay)));
    }
    bars.sort(Comparator.comparingDouble(TornadoBar::holdSwing)
        .thenComparingDouble(TornadoBar::medianSwing).reversed());
    return new TornadoResult(posture.id(), centre.seed(), centre.runs(), holdDay,
        centre.first().median(), centre.holdsUntil(holdDay), bars);
  }
}
