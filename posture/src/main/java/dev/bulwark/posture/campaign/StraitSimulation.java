package dev.bulwark.posture.campaign;

import dev.bulwark.core.parallel.Pool;
import dev.bulwark.posture.PostureException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.apache.commons.rng.SplittableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The Monte Carlo runner of the {@link StraitModel}, on the machinery of {@link
 * CampaignSimulation}: blocks of {@value CampaignSimulation#BLOCK} replications, block b drawing
 * from the b-th stream split from the seed; one uniform per parameter the model reads, in the
 * order of the theatre's table, turned into its value by {@link Triangular}'s inversion; several
 * cases of the theatre run together with common random numbers, each equal to its own run with
 * the seed. Outcomes are counted and losses summed block by block, and the blocks' sums added in
 * block order, so the same seed gives the same answer, to the bit, on any number of threads.
 * Cost: per replication one uniform per parameter, and per case its inversions and at most N
 * days of the model; one small scratch allocation per block.
 *
 * <pre>{@code
 * Theatre taiwan = Theatres.bundled().theatre("taiwan");
 * StraitResult r = StraitSimulation.withDefaults().withRuns(100_000)
 *     .run(taiwan, Theatres.bundled().posture("taiwan-2026"));
 * r.probability(StraitOutcome.INVASION_DEFEATED);
 * }</pre>
 */
public final class StraitSimulation {

  private static final int OUTCOMES = StraitOutcome.values().length;
  private static final int LOSSES = StraitLoss.values().length;

  private final int runs;
  private final long seed;
  private final int threads;
  private final int horizonDays;
  private final ProgressListener progress;

  private StraitSimulation(int runs, long seed, int threads, int horizonDays,
      ProgressListener progress) {
    this.runs = runs;
    this.seed = seed;
    this.threads = threads;
    this.horizonDays = horizonDays;
    this.progress = progress;
  }

  /** 100,000 runs, seed 1253, all cores, outcomes by day 30, no progress reports. */
  public static StraitSimulation withDefaults() {
    return new StraitSimulation(100_000, 1253L, Runtime.getRuntime().availableProcessors(), 30,
        ProgressListener.NONE);
  }

  /** Returns a copy making {@code runs} replications (1 to 100,000,000). */
  public StraitSimulation withRuns(int runs) {
    Checks.within(runs, 1, 100_000_000, "runs");
    return new StraitSimulation(runs, seed, threads, horizonDays, progress);
  }

  /** Returns a copy seeding the random streams with {@code seed}. */
  public StraitSimulation withSeed(long seed) {
    return new StraitSimulation(runs, seed, threads, horizonDays, progress);
  }

  /** Returns a copy running on {@code threads} threads (1 to 256); the answer does not change. */
  public StraitSimulation withThreads(int threads) {
    Checks.within(threads, 1, 256, "threads");
    return new StraitSimulation(runs, seed, threads, horizonDays, progress);
  }

  /** Returns a copy judging the outcome by day {@code days} (1 to 365). */
  public StraitSimulation withHorizonDays(int days) {
    Checks.within(days, 1, 365, "horizon (days)");
    return new StraitSimulation(runs, seed, threads, days, progress);
  }

  /** Returns a copy telling {@code listener} how far it has got (after each block). */
  public StraitSimulation withProgress(ProgressListener listener) {
    PostureException.require(listener != null, "progress listener must be given, was null");
    return new StraitSimulation(runs, seed, threads, horizonDays, listener);
  }

  /** Runs the replications of the posture in the amphibious theatre. */
  public StraitResult run(Theatre theatre, Posture posture) {
    PostureException.require(theatre != null && posture != null,
        "theatre and posture must be given, were " + theatre + " and " + posture);
    return runTogether(theatre, List.of(CampaignCase.of(theatre, posture))).get(0);
  }

  /**
   * Runs several cases of the amphibious theatre in one pass with common random numbers; each
   * answer is the one {@link #run} gives for its case alone with the same seed.
   *
   * @throws PostureException of kind BAD_INPUT when a case does not fit the theatre or an
   *     uncertainty lacks a parameter the model reads
   */
  public List<StraitResult> runTogether(Theatre theatre, List<CampaignCase> cases) {
    PostureException.require(cases != null && !cases.isEmpty(), "cases must be given");
    List<StraitModel> models = cases.stream()
        .map(c -> StraitModel.of(theatre, c.posture(), horizonDays)).toList();
    List<String> names = models.get(0).names();
    List<double[][]> draws = cases.stream().map(c -> inversions(c.uncertainty(), names)).toList();
    int[] slots = drawnSlots(cases.get(0).uncertainty(), names);
    int blocks = (runs + CampaignSimulation.BLOCK - 1) / CampaignSimulation.BLOCK;
    List<SplittableUniformRandomProvider> streams = Streams.perBlock(seed, blocks);
    double[][][] sums = new double[blocks][][];
    AtomicLong done = new AtomicLong();
    Pool.run(threads, () -> {
      Streams.onThreads(threads, IntStream.range(0, blocks)).forEach(b -> {
        int size = Math.min(runs, (b + 1) * CampaignSimulation.BLOCK)
            - b * CampaignSimulation.BLOCK;
        sums[b] = block(streams.get(b), size, models, draws, slots);
        progress.progressed(done.addAndGet(size), runs);
      });
      return null;
    });
    List<StraitResult> results = new ArrayList<>();
    for (int c = 0; c < cases.size(); c++) {
      results.add(summarise(models.get(c), sums, c));
    }
    return results;
  }

  /** The slot of each parameter drawn, in the order of the theatre's table. */
  private static int[] drawnSlots(Uncertainty uncertainty, List<String> names) {
    List<String> missing = names.stream()
        .filter(name -> !uncertainty.distributions().containsKey(name)).toList();
    PostureException.require(missing.isEmpty(), "the uncertainty lacks the parameters "
        + missing + " the strait model reads");
    return uncertainty.names().stream().filter(names::contains).mapToInt(names::indexOf)
        .toArray();
  }

  /** Per drawn parameter (rows in draw order): low, split, lower area, high, upper area. */
  private static double[][] inversions(Uncertainty uncertainty, List<String> names) {
    drawnSlots(uncertainty, names);
    return uncertainty.names().stream().filter(names::contains).map(uncertainty::of)
        .map(t -> new double[] {t.low(), t.split(), t.lowerArea(), t.high(), t.upperArea()})
        .toArray(double[][]::new);
  }

  /** Runs one block; returns per case its outcome counts then its loss sums. */
  private static double[][] block(UniformRandomProvider random, int size,
      List<StraitModel> models, List<double[][]> draws, int[] slots) {
    int cases = models.size();
    double[][] sums = new double[cases][OUTCOMES + LOSSES];
    double[] u = new double[slots.length];
    double[][] p = new double[cases][models.get(0).names().size()];
    double[][] stock = new double[cases][];
    int[][] next = new int[cases][];
    for (int c = 0; c < cases; c++) {
      stock[c] = new double[models.get(c).launchers()];
      next[c] = new int[models.get(c).launchers()];
    }
    double[] losses = new double[LOSSES];
    double[] available = new double[StraitModel.BASINGS];
    for (int r = 0; r < size; r++) {
      for (int k = 0; k < u.length; k++) {
        u[k] = random.nextDouble();
      }
      for (int c = 0; c < cases; c++) {
        double[][] inversion = draws.get(c);
        double[] values = p[c];
        for (int k = 0; k < slots.length; k++) {
          double[] t = inversion[k];
          values[slots[k]] = Triangular.invert(u[k], t[0], t[1], t[2], t[3], t[4]);
        }
        int outcome = models.get(c).run(values, stock[c], next[c], available, losses);
        double[] sum = sums[c];
        sum[outcome] += 1;
        for (int l = 0; l < LOSSES; l++) {
          sum[OUTCOMES + l] += losses[l];
        }
      }
    }
    return sums;
  }

  /** Adds one case's block sums in block order and turns them into shares and means. */
  private StraitResult summarise(StraitModel model, double[][][] sums, int c) {
    double[] total = new double[OUTCOMES + LOSSES];
    for (double[][] block : sums) {
      for (int i = 0; i < total.length; i++) {
        total[i] += block[c][i];
      }
    }
    Map<StraitOutcome, Double> outcomes = new EnumMap<>(StraitOutcome.class);
    for (StraitOutcome o : StraitOutcome.values()) {
      outcomes.put(o, total[o.ordinal()] / runs);
    }
    Map<StraitLoss, Double> losses = new EnumMap<>(StraitLoss.class);
    for (StraitLoss l : StraitLoss.values()) {
      losses.put(l, total[OUTCOMES + l.ordinal()] / runs);
    }
    return new StraitResult(model.theatre().id(), model.posture().id(), StraitModel.VERSION,
        seed, runs, horizonDays, outcomes, losses);
  }
}
