package dev.bulwark.posture.campaign;

import dev.bulwark.core.parallel.Pool;
import dev.bulwark.posture.PostureException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.apache.commons.rng.SplittableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The Monte Carlo runner of the {@link StraitModel}, on the machinery of {@link
 * CampaignSimulation}: blocks of {@value CampaignSimulation#BLOCK} replications, block b drawing
 * from the b-th stream split from the seed; one uniform per parameter the model reads, in the
 * order of the theatre's table, turned into its value by {@link Triangular}'s inversion; several
 * cases of the theatre run together with common random numbers, each equal to its own run with
 * the seed. A block is worked a chunk of {@value #CHUNK} replications at a time, in order: the
 * chunk's uniforms are drawn into rows (replication by replication, as one at a time would draw
 * them), inverted into parameter rows, turned into each replication's constants ({@link
 * StraitBlock}) and the days stepped one replication at a time or side by side in vector lanes
 * ({@link #withLanes}), with the same bits either way. Outcomes are counted and losses summed
 * in replication order block by block, and the blocks' sums added in block order, so the same
 * seed gives the same answer, to the bit, on any number of threads and either lanes. Cost: per
 * replication one uniform per parameter, and per case its inversions, its constants and at most
 * N days of the model; each thread's scratch is allocated once per pass.
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
  /** Replications drawn and stepped at a time within a block, so its rows stay in cache. */
  static final int CHUNK = 512;

  private final int runs;
  private final long seed;
  private final int threads;
  private final int horizonDays;
  private final ProgressListener progress;
  private final Lanes lanes;

  private StraitSimulation(int runs, long seed, int threads, int horizonDays,
      ProgressListener progress, Lanes lanes) {
    this.runs = runs;
    this.seed = seed;
    this.threads = threads;
    this.horizonDays = horizonDays;
    this.progress = progress;
    this.lanes = lanes;
  }

  /**
   * 100,000 runs, seed 1253, all cores, outcomes by day 30, no progress reports, the fastest
   * lanes this JVM has ({@link Lanes#fastest()}).
   */
  public static StraitSimulation withDefaults() {
    return new StraitSimulation(100_000, 1253L, Runtime.getRuntime().availableProcessors(), 30,
        ProgressListener.NONE, Lanes.fastest());
  }

  /** Returns a copy making {@code runs} replications (1 to 100,000,000). */
  public StraitSimulation withRuns(int runs) {
    Checks.within(runs, 1, 100_000_000, "runs");
    return new StraitSimulation(runs, seed, threads, horizonDays, progress, lanes);
  }

  /** Returns a copy seeding the random streams with {@code seed}. */
  public StraitSimulation withSeed(long seed) {
    return new StraitSimulation(runs, seed, threads, horizonDays, progress, lanes);
  }

  /** Returns a copy running on {@code threads} threads (1 to 256); the answer does not change. */
  public StraitSimulation withThreads(int threads) {
    Checks.within(threads, 1, 256, "threads");
    return new StraitSimulation(runs, seed, threads, horizonDays, progress, lanes);
  }

  /** Returns a copy judging the outcome by day {@code days} (1 to 365). */
  public StraitSimulation withHorizonDays(int days) {
    Checks.within(days, 1, 365, "horizon (days)");
    return new StraitSimulation(runs, seed, threads, days, progress, lanes);
  }

  /** Returns a copy telling {@code listener} how far it has got (after each block). */
  public StraitSimulation withProgress(ProgressListener listener) {
    PostureException.require(listener != null, "progress listener must be given, was null");
    return new StraitSimulation(runs, seed, threads, horizonDays, listener, lanes);
  }

  /**
   * Returns a copy stepping the replications this way; the answer does not change.
   *
   * @throws PostureException of kind BAD_INPUT for vector lanes in a JVM without the Vector API
   */
  public StraitSimulation withLanes(Lanes lanes) {
    PostureException.require(lanes != null && lanes.available(), "lanes must be one this JVM "
        + "can run (vector lanes need --add-modules jdk.incubator.vector), was " + lanes);
    return new StraitSimulation(runs, seed, threads, horizonDays, progress, lanes);
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
    List<Draws> draws = cases.stream().map(c -> Draws.of(c.uncertainty(), names)).toList();
    int blocks = (runs + CampaignSimulation.BLOCK - 1) / CampaignSimulation.BLOCK;
    List<SplittableUniformRandomProvider> streams = Streams.perBlock(seed, blocks);
    double[][][] sums = new double[blocks][][];
    AtomicLong done = new AtomicLong();
    Supplier<Pass> pass = () -> new Pass(models, draws, lanes);
    Pool.run(threads, () -> Streams.onThreads(threads, IntStream.range(0, blocks)).collect(pass,
        (share, b) -> {
          int size = Math.min(runs, (b + 1) * CampaignSimulation.BLOCK)
              - b * CampaignSimulation.BLOCK;
          sums[b] = share.run(streams.get(b), size);
          synchronized (done) {
            progress.progressed(done.addAndGet(size), runs);
          }
        }, (share, other) -> { }));
    List<StraitResult> results = new ArrayList<>();
    for (int c = 0; c < cases.size(); c++) {
      results.add(summarise(models.get(c), sums, c));
    }
    return results;
  }

  /**
   * What a replication of one case draws, resolved from names once per run: for each parameter
   * the model reads, in the order of the theatre's table, its slot among the model's parameters
   * and the constants of its inversion ({@link Triangular#invert}).
   */
  record Draws(int[] slots, double[] low, double[] split, double[] lowerArea, double[] high,
      double[] upperArea) {

    static Draws of(Uncertainty uncertainty, List<String> names) {
      List<String> missing = names.stream()
          .filter(name -> !uncertainty.distributions().containsKey(name)).toList();
      PostureException.require(missing.isEmpty(), "the uncertainty lacks the parameters "
          + missing + " the strait model reads");
      List<String> drawn = uncertainty.names().stream().filter(names::contains).toList();
      List<Triangular> t = drawn.stream().map(uncertainty::of).toList();
      return new Draws(drawn.stream().mapToInt(names::indexOf).toArray(),
          t.stream().mapToDouble(Triangular::low).toArray(),
          t.stream().mapToDouble(Triangular::split).toArray(),
          t.stream().mapToDouble(Triangular::lowerArea).toArray(),
          t.stream().mapToDouble(Triangular::high).toArray(),
          t.stream().mapToDouble(Triangular::upperArea).toArray());
    }

    /**
     * Inverts the uniforms (a row per drawn parameter) of replications [from, to) into {@code
     * values} (a row per slot), one at a time.
     */
    void invert(double[][] uniforms, int from, int to, double[][] values) {
      for (int k = 0; k < slots.length; k++) {
        double[] u = uniforms[k];
        double[] row = values[slots[k]];
        for (int r = from; r < to; r++) {
          row[r] = Triangular.invert(u[r], low[k], split[k], lowerArea[k], high[k], upperArea[k]);
        }
      }
    }
  }

  /**
   * One thread's share of a pass: the sums of the blocks it runs, and its scratch, reused from
   * block to block (the uniforms and values of a chunk, each case's {@link StraitBlock}).
   */
  private static final class Pass {

    private final List<StraitModel> models;
    private final List<Draws> draws;
    private final Lanes lanes;
    private final double[][] uniforms;
    private final double[][] values;
    private final StraitBlock[] blocks;
    private final double[] losses = new double[LOSSES];

    Pass(List<StraitModel> models, List<Draws> draws, Lanes lanes) {
      this.models = models;
      this.draws = draws;
      this.lanes = lanes;
      uniforms = new double[models.get(0).names().size()][CHUNK];
      values = new double[models.get(0).names().size()][CHUNK];
      blocks = models.stream().map(m -> new StraitBlock(m, CHUNK)).toArray(StraitBlock[]::new);
    }

    /**
     * Runs one block of {@code size} replications from its stream, a chunk at a time; returns
     * per case its outcome counts then its loss sums, added in replication order.
     */
    double[][] run(UniformRandomProvider random, int size) {
      double[][] sums = new double[models.size()][OUTCOMES + LOSSES];
      for (int from = 0; from < size; from += CHUNK) {
        int chunk = Math.min(CHUNK, size - from);
        Streams.draw(random, uniforms, chunk);
        for (int c = 0; c < blocks.length; c++) {
          StraitBlock block = blocks[c];
          block.resize(chunk);
          lanes.fill(block, draws.get(c), uniforms, values);
          lanes.run(block);
          double[] sum = sums[c];
          for (int r = 0; r < chunk; r++) {
            sum[block.losses(r, losses)] += 1;
            for (int l = 0; l < LOSSES; l++) {
              sum[OUTCOMES + l] += losses[l];
            }
          }
        }
      }
      return sums;
    }
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
