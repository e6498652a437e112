package dev.bulwark.forces.replacement;

import dev.bulwark.core.parallel.Pool;
import dev.bulwark.forces.ForcesException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.rng.SplittableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.descriptive.Quantile;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.TriangularDistribution;

/**
 * The Monte Carlo runner of the {@link ReplacementModel}: each run draws every uncertain figure
 * (acquisition cost, operating cost and ramp of each item, {@link ReplacementModel#uncertain()})
 * from its triangular distribution and evaluates the plan.
 *
 * <p>Reproducible on any number of threads, as the campaign model's runner: the runs are cut
 * into blocks of {@value #BLOCK}; block b draws from the b-th of the streams that {@code
 * RandomSource.L64_X128_MIX} seeded with the seed {@code splits()} into, in order; within a run
 * one uniform is drawn per uncertain figure in the model's order and inverted by the figure's
 * distribution. Each run's results are stored at its index, so the quantiles do not depend on
 * which thread ran which block. Cost: one plan evaluation per run; memory {@code runs × horizon
 * × 2} doubles.
 *
 * <pre>{@code
 * ReplacementModel model = ReplacementModel.of(ForceScenarios.bundled("iiss-2025"),
 *     Catalogue.bundled(), 25);
 * SimulationResult r = ReplacementSimulation.withDefaults().withRuns(2000).withSeed(7).run(model);
 * r.last().cumulativeMedian();
 * }</pre>
 */
public final class ReplacementSimulation {

  /** Runs per random stream. */
  static final int BLOCK = 1024;
  /** The most runs a simulation makes. */
  public static final int MAX_RUNS = 200_000;

  private final int runs;
  private final long seed;
  private final int threads;

  private ReplacementSimulation(int runs, long seed, int threads) {
    this.runs = runs;
    this.seed = seed;
    this.threads = threads;
  }

  /** 2,000 runs, seed 1253, all cores. */
  public static ReplacementSimulation withDefaults() {
    return new ReplacementSimulation(2000, 1253, Runtime.getRuntime().availableProcessors());
  }

  /** Returns a copy making so many runs (1 to {@value #MAX_RUNS}). */
  public ReplacementSimulation withRuns(int count) {
    ForcesException.require(count >= 1 && count <= MAX_RUNS, "runs must be 1 to " + MAX_RUNS
        + ", was " + count);
    return new ReplacementSimulation(count, seed, threads);
  }

  /** Returns a copy drawing from this seed. */
  public ReplacementSimulation withSeed(long value) {
    return new ReplacementSimulation(runs, value, threads);
  }

  /** Returns a copy running on so many threads (1 to 256); the answer does not change. */
  public ReplacementSimulation withThreads(int count) {
    ForcesException.require(count >= 1 && count <= 256, "threads must be 1 to 256, was " + count);
    return new ReplacementSimulation(runs, seed, count);
  }

  /** Runs the model and summarises each year. */
  public SimulationResult run(ReplacementModel model) {
    List<Figure> figures = model.uncertain();
    List<ContinuousDistribution> distributions = figures.stream()
        .map(f -> (ContinuousDistribution) TriangularDistribution.of(f.range().low(),
            f.range().mode(), f.range().high())).toList();
    int horizon = model.horizon();
    double[][] cumulative = new double[horizon][runs];
    double[][] share = new double[horizon][runs];
    int blocks = (runs + BLOCK - 1) / BLOCK;
    SplittableUniformRandomProvider root =
        (SplittableUniformRandomProvider) RandomSource.L64_X128_MIX.create(seed);
    List<SplittableUniformRandomProvider> streams = root.splits(blocks).toList();
    double replaces = model.scenario().replacesPersonnel();
    Pool.run(threads, () -> {
      (threads > 1 ? IntStream.range(0, blocks).parallel() : IntStream.range(0, blocks))
          .forEach(b -> {
            UniformRandomProvider stream = streams.get(b);
            for (int r = b * BLOCK; r < Math.min(runs, (b + 1) * BLOCK); r++) {
              double[][] values = model.modes();
              for (int f = 0; f < figures.size(); f++) {
                values[figures.get(f).kind().ordinal()][figures.get(f).item()] =
                    distributions.get(f).inverseCumulativeProbability(stream.nextDouble());
              }
              Plan plan = model.plan(values);
              double sum = 0;
              for (int t = 0; t < horizon; t++) {
                sum += plan.annual(t);
                cumulative[t][r] = sum;
                share[t][r] = plan.personnel()[t] / replaces;
              }
            }
          });
      return null;
    });
    Quantile quantile = Quantile.withDefaults();
    List<YearBand> years = new ArrayList<>();
    for (int t = 0; t < horizon; t++) {
      double[] c = quantile.evaluate(cumulative[t], 0.05, 0.5, 0.95);
      double[] s = quantile.evaluate(share[t], 0.05, 0.5, 0.95);
      years.add(new YearBand(model.scenario().startYear() + t, c[0], c[1], c[2], s[0], s[1],
          s[2]));
    }
    return new SimulationResult(seed, runs, figures.stream().map(Figure::name).toList(), years);
  }
}
