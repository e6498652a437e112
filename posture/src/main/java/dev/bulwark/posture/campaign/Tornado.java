package dev.bulwark.posture.campaign;

import dev.bulwark.posture.PostureException;
import dev.bulwark.posture.sweep.SweepExecutor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One-at-a-time sensitivity of the campaign's answer: for each uncertain parameter, the Monte
 * Carlo answer with that parameter fixed at its low and at its high value, the others drawn from
 * their distributions. The base case and both ends of every bar run together in one pass
 * ({@link CampaignSimulation#runTogether}) with common random numbers: each replication draws
 * its uniforms once and every case turns them into its values, so the differences are the
 * parameter's and not the random streams', and each bar end equals its own run with the same
 * seed. Bars are ordered by the swing of the hold probability, then of the median hours. Cost:
 * one pass of draws; hour-steps for 2 cases per uncertain parameter plus the base.
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
    List<CampaignCase> cases = cases(theatre, posture);
    List<CampaignResult> results =
        simulation.withHoldDays(List.of(holdDay)).runTogether(theatre, cases);
    double[][] answers = results.stream().map(r -> answer(r, holdDay))
        .toArray(double[][]::new);
    return summarise(theatre, posture, results.get(0).seed(), results.get(0).runs(), holdDay,
        answers);
  }

  /**
   * Runs the tornado of a bundled posture on a sweep executor, one cell a case ({@link
   * TornadoSweep}); the bars equal {@link #analyse}'s with the same runs and seed.
   */
  public TornadoResult analyse(String theatreId, String postureId, SweepExecutor executor,
      ProgressListener progress) {
    Theatres bundled = Theatres.bundled();
    Theatre theatre = bundled.theatre(theatreId);
    Posture posture = bundled.posture(postureId);
    TornadoSweep sweep = new TornadoSweep(theatreId, postureId, simulation.runs(),
        simulation.seed(), simulation.horizonDays(), holdDay);
    List<double[]> answers = executor.run(sweep, simulation.seed(), progress);
    return summarise(theatre, posture, simulation.seed(), simulation.runs(), holdDay,
        answers.toArray(double[][]::new));
  }

  /** The base case, then each uncertain parameter at its low and at its high. */
  static List<CampaignCase> cases(Theatre theatre, Posture posture) {
    Uncertainty base = Uncertainty.forPosture(theatre, posture);
    List<CampaignCase> cases = new ArrayList<>(List.of(new CampaignCase(posture, base)));
    for (Parameter parameter : uncertain(theatre, base)) {
      Triangular range = base.of(parameter.name());
      cases.add(new CampaignCase(posture, base.with(parameter.name(),
          Triangular.fixed(range.low()))));
      cases.add(new CampaignCase(posture, base.with(parameter.name(),
          Triangular.fixed(range.high()))));
    }
    return cases;
  }

  /** A case's answer: the median hours to the first objective and the chance of holding. */
  static double[] answer(CampaignResult result, int holdDay) {
    return new double[] {result.first().median(), result.holdsUntil(holdDay)};
  }

  private static List<Parameter> uncertain(Theatre theatre, Uncertainty base) {
    return theatre.parameters().stream()
        .filter(p -> CampaignModel.slot(p.name()) >= 0)
        .filter(p -> base.of(p.name()).low() != base.of(p.name()).high()).toList();
  }

  /** The bars from the cases' answers, widest swing first. */
  private static TornadoResult summarise(Theatre theatre, Posture posture, long seed, int runs,
      int holdDay, double[][] answers) {
    Uncertainty base = Uncertainty.forPosture(theatre, posture);
    List<Parameter> uncertain = uncertain(theatre, base);
    List<TornadoBar> bars = new ArrayList<>();
    for (int i = 0; i < uncertain.size(); i++) {
      Triangular range = base.of(uncertain.get(i).name());
      double[] low = answers[1 + 2 * i];
      double[] high = answers[2 + 2 * i];
      bars.add(new TornadoBar(uncertain.get(i), range.low(), range.high(), low[0], high[0],
          low[1], high[1]));
    }
    bars.sort(Comparator.comparingDouble(TornadoBar::holdSwing)
        .thenComparingDouble(TornadoBar::medianSwing).reversed());
    return new TornadoResult(posture.id(), seed, runs, holdDay, answers[0][0], answers[0][1],
        bars);
  }
}
