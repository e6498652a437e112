package dev.bulwark.posture.campaign;

import dev.bulwark.posture.PostureException;
import dev.bulwark.posture.sweep.SweepExecutor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One-at-a-time sensitivity of the Taiwan Strait model, as {@link Tornado} does it for a land
 * theatre: each uncertain parameter fixed at its low and at its high, the others drawn, the base
 * and every bar end in one pass with common random numbers ({@link
 * StraitSimulation#runTogether}), or one case a cell on a sweep executor with the same answer.
 * Bars are ordered by the swing of the chance the invasion is defeated, then of the chance the
 * capital is taken. Cost: one pass of draws; the model for 2 cases per uncertain parameter plus
 * the base.
 *
 * @param defeated the chance the invasion is defeated with every parameter drawn
 * @param capital the chance the capital is taken with every parameter drawn
 * @param bars the bars, widest swing first
 */
public record StraitTornado(double defeated, double capital, List<StraitTornadoBar> bars) {

  public StraitTornado {
    bars = List.copyOf(bars);
  }

  /** Runs the tornado of the posture in the amphibious theatre with the simulation's settings. */
  public static StraitTornado analyse(StraitSimulation simulation, Theatre theatre,
      Posture posture) {
    PostureException.require(simulation != null && theatre != null && posture != null,
        "simulation, theatre and posture must be given");
    List<StraitResult> results = simulation.runTogether(theatre, cases(theatre, posture));
    return summarise(theatre, posture, results.stream().map(StraitTornado::answer)
        .toArray(double[][]::new));
  }

  /**
   * Runs the tornado of a bundled posture on a sweep executor, one case a cell ({@link
   * TornadoSweep}); the bars equal {@link #analyse(StraitSimulation, Theatre, Posture)}'s with
   * a simulation of the same runs, seed and horizon.
   */
  public static StraitTornado analyse(String theatreId, String postureId, int runs, long seed,
      int horizonDays, SweepExecutor executor, ProgressListener progress) {
    Theatres bundled = Theatres.bundled();
    TornadoSweep sweep = new TornadoSweep(theatreId, postureId, runs, seed, horizonDays,
        horizonDays);
    List<double[]> answers = executor.run(sweep, seed, progress);
    return summarise(bundled.theatre(theatreId), bundled.posture(postureId),
        answers.toArray(double[][]::new));
  }

  /** The base case, then each uncertain parameter the model reads at its low and its high. */
  static List<CampaignCase> cases(Theatre theatre, Posture posture) {
    Uncertainty base = Uncertainty.forPosture(theatre, posture);
    List<CampaignCase> cases = new ArrayList<>(List.of(new CampaignCase(posture, base)));
    for (Parameter p : uncertain(theatre, base)) {
      Triangular range = base.of(p.name());
      cases.add(new CampaignCase(posture, base.with(p.name(), Triangular.fixed(range.low()))));
      cases.add(new CampaignCase(posture, base.with(p.name(), Triangular.fixed(range.high()))));
    }
    return cases;
  }

  /** A case's answer: the chances the invasion is defeated and the capital taken. */
  static double[] answer(StraitResult result) {
    return new double[] {result.probability(StraitOutcome.INVASION_DEFEATED),
        result.probability(StraitOutcome.CAPITAL_TAKEN)};
  }

  private static List<Parameter> uncertain(Theatre theatre, Uncertainty base) {
    List<String> read = StraitModel.parameterNames(theatre);
    return theatre.parameters().stream().filter(p -> read.contains(p.name()))
        .filter(p -> base.of(p.name()).low() != base.of(p.name()).high()).toList();
  }

  private static StraitTornado summarise(Theatre theatre, Posture posture, double[][] answers) {
    Uncertainty base = Uncertainty.forPosture(theatre, posture);
    List<Parameter> uncertain = uncertain(theatre, base);
    List<StraitTornadoBar> bars = new ArrayList<>();
    for (int i = 0; i < uncertain.size(); i++) {
      Triangular range = base.of(uncertain.get(i).name());
      double[] low = answers[1 + 2 * i];
      double[] high = answers[2 + 2 * i];
      bars.add(new StraitTornadoBar(uncertain.get(i), range.low(), range.high(), low[0],
          high[0], low[1], high[1]));
    }
    bars.sort(Comparator.comparingDouble(StraitTornadoBar::defeatedSwing)
        .thenComparingDouble(StraitTornadoBar::capitalSwing).reversed());
    return new StraitTornado(answers[0][0], answers[0][1], bars);
  }
}
