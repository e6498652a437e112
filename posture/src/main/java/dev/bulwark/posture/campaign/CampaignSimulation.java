package dev.bulwark.posture.campaign;

import dev.bulwark.core.parallel.Pool;
import dev.bulwark.posture.PostureException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.apache.commons.rng.SplittableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The Monte Carlo runner of the {@link CampaignModel}: each replication draws every parameter
 * the model reads from its triangular distribution and runs every axis.
 *
 * <p>Reproducible on any number of threads: the replications are cut into blocks of {@value
 * #BLOCK}; block b draws from the b-th of the streams that {@code RandomSource.L64_X128_MIX}
 * seeded with the seed {@code splits()} into, in order, so the same seed gives the same answer
 * whatever the thread count; a block is worked {@value #CHUNK} replications at a time, in
 * order. Within a replication one uniform is drawn per parameter the model
 * reads, in the order of the theatre's parameter table, and turned into the parameter's value by
 * {@link Triangular}'s inversion; rows the model does not read are not drawn, so adding one
 * leaves every seeded result unchanged. The hour-steps run one replication at a time or side by
 * side in vector lanes ({@link #withLanes}), with the same bits either way. The times are
 * counted by the hour ({@link HourCounts}), so nothing is sorted and the memory does not grow
 * with the runs.
 *
 * <p>Several cases of one theatre (postures, or one posture with a parameter fixed) run together
 * in one pass ({@link #runTogether}) with common random numbers: replication r of every case
 * turns the same uniforms into its values, so cases differ only by what differs between them,
 * and each case's answer is bit-identical to its own run with the same seed. Cost: one
 * replication draws 11 uniforms and, per case, 11 inversions (11 square roots) and its hour-steps;
 * the hour-steps allocate nothing (a chunk's fill and steps, a few small arrays).
 *
 * <p>The withers only store their values; {@link #run} checks them against each other (hold
 * days within the horizon), so the order of the calls does not matter.
 *
 * <pre>{@code
 * Theatres theatres = Theatres.bundled();
 * Theatre theatre = theatres.defaultTheatre();
 * CampaignResult r = CampaignSimulation.withDefaults().withRuns(100_000).withSeed(42)
 *     .run(theatre, theatres.posture(theatre.postures().get(0)));
 * r.first().median();
 * }</pre>
 */
public final class CampaignSimulation {

  /** The id of the objective summary "whichever falls first". */
  public static final String FIRST = "first";
  /** Replications per random stream. */
  static final int BLOCK = 4096;
  /**
   * Replications worked together within a block: a chunk's uniforms, values, constants and hours
   * stay in the core's own caches from the draws to the tally.
   */
  static final int CHUNK = 512;

  private final int runs;
  private final long seed;
  private final int threads;
  private final int horizonDays;
  private final List<Integer> holdDays;
  private final Optional<Uncertainty> uncertainty;
  private final ProgressListener progress;
  private final Lanes lanes;

  private CampaignSimulation(int runs, long seed, int threads, int horizonDays,
      List<Integer> holdDays, Optional<Uncertainty> uncertainty, ProgressListener progress,
      Lanes lanes) {
    this.runs = runs;
    this.seed = seed;
    this.threads = threads;
    this.horizonDays = horizonDays;
    this.holdDays = holdDays;
    this.uncertainty = uncertainty;
    this.progress = progress;
    this.lanes = lanes;
  }

  /**
   * 100,000 runs, seed 1253, all cores, a 30-day horizon, hold probabilities for days 1, 2, 3, 7,
   * 14 and 28, the default distributions with the posture's air support, no progress reports,
   * the fastest lanes this JVM has ({@link Lanes#fastest()}).
   */
  public static CampaignSimulation withDefaults() {
    return new CampaignSimulation(100_000, 1253L, Runtime.getRuntime().availableProcessors(), 30,
        List.of(1, 2, 3, 7, 14, 28), Optional.empty(), ProgressListener.NONE,
        Lanes.fastest());
  }

  /** Returns a copy making {@code runs} replications (1 to 100,000,000). */
  public CampaignSimulation withRuns(int runs) {
    Checks.within(runs, 1, 100_000_000, "runs");
    return new CampaignSimulation(runs, seed, threads, horizonDays, holdDays, uncertainty,
        progress, lanes);
  }

  /** Returns a copy seeding the random streams with {@code seed}. */
  public CampaignSimulation withSeed(long seed) {
    return new CampaignSimulation(runs, seed, threads, horizonDays, holdDays, uncertainty,
        progress, lanes);
  }

  /** Returns a copy running on {@code threads} threads (1 to 256); the answer does not change. */
  public CampaignSimulation withThreads(int threads) {
    Checks.within(threads, 1, 256, "threads");
    return new CampaignSimulation(runs, seed, threads, horizonDays, holdDays, uncertainty,
        progress, lanes);
  }

  /**
   * Returns a copy running each replication for at most {@code days} days (1 to 365); {@link
   * #run} requires the hold days to lie within it.
   */
  public CampaignSimulation withHorizonDays(int days) {
    Checks.within(days, 1, 365, "horizon (days)");
    return new CampaignSimulation(runs, seed, threads, days, holdDays, uncertainty, progress, lanes);
  }

  /**
   * Returns a copy reporting the hold probability for each of these days (1 or later); {@link
   * #run} requires them to lie within the horizon.
   */
  public CampaignSimulation withHoldDays(List<Integer> days) {
    PostureException.require(days != null && !days.isEmpty(), "hold days must be given");
    days.forEach(d -> PostureException.require(d != null && d >= 1,
        "hold day must be 1 or later, was " + d));
    return new CampaignSimulation(runs, seed, threads, horizonDays,
        days.stream().distinct().sorted().toList(), uncertainty, progress, lanes);
  }

  /** Returns a copy drawing the parameters from {@code uncertainty} instead of the defaults. */
  public CampaignSimulation withUncertainty(Uncertainty uncertainty) {
    PostureException.require(uncertainty != null, "uncertainty must be given, was null");
    return new CampaignSimulation(runs, seed, threads, horizonDays, holdDays,
        Optional.of(uncertainty), progress, lanes);
  }

  /** Returns a copy telling {@code listener} how far it has got (after each block). */
  public CampaignSimulation withProgress(ProgressListener listener) {
    PostureException.require(listener != null, "progress listener must be given, was null");
    return new CampaignSimulation(runs, seed, threads, horizonDays, holdDays, uncertainty,
        listener, lanes);
  }

  /**
   * Returns a copy stepping the replications this way; the answer does not change.
   *
   * @throws PostureException of kind BAD_INPUT for vector lanes in a JVM without the Vector API
   */
  public CampaignSimulation withLanes(Lanes lanes) {
    PostureException.require(lanes != null && lanes.available(), "lanes must be one this JVM "
        + "can run (vector lanes need --add-modules jdk.incubator.vector), was " + lanes);
    return new CampaignSimulation(runs, seed, threads, horizonDays, holdDays, uncertainty,
        progress, lanes);
  }

  /** Returns the replications per case. */
  public int runs() {
    return runs;
  }

  /** Returns the seed of the random streams. */
  public long seed() {
    return seed;
  }

  /** Returns the days each replication runs at most. */
  public int horizonDays() {
    return horizonDays;
  }

  /**
   * Runs the replications of the posture in the theatre.
   *
   * @throws PostureException of kind BAD_INPUT when a hold day lies beyond the horizon, the
   *     posture does not fit the theatre, or the uncertainty lacks a parameter the model reads
   */
  public CampaignResult run(Theatre theatre, Posture posture) {
    PostureException.require(theatre != null && posture != null,
        "theatre and posture must be given, were " + theatre + " and " + posture);
    return runTogether(theatre, List.of(new CampaignCase(posture,
        uncertainty.orElseGet(() -> Uncertainty.forPosture(theatre, posture))))).get(0);
  }

  /**
   * Runs several cases of the theatre in one pass with common random numbers; each answer is
   * the one {@link #run} gives for its case alone with the same seed. Each case draws from its
   * own uncertainty: {@link #withUncertainty} applies to {@link #run} only.
   *
   * @throws PostureException of kind BAD_INPUT as {@link #run}, or when the cases' uncertainties
   *     draw different parameters
   */
  public List<CampaignResult> runTogether(Theatre theatre, List<CampaignCase> cases) {
    PostureException.require(cases != null && !cases.isEmpty(), "cases must be given");
    PostureException.require(holdDays.get(holdDays.size() - 1) <= horizonDays, "hold days "
        + holdDays + " (withHoldDays) must lie within the horizon of " + horizonDays
        + " days (withHorizonDays)");
    Map<Posture, CampaignModel> models = new IdentityHashMap<>();
    List<CampaignModel> caseModels = cases.stream().map(c -> models.computeIfAbsent(c.posture(),
        p -> CampaignModel.of(theatre, p, horizonDays))).toList();
    List<Draws> draws = cases.stream().map(c -> Draws.of(c.uncertainty())).toList();
    draws.forEach(d -> PostureException.require(d.drawn().equals(draws.get(0).drawn()),
        "cases run together must draw the same parameters, were " + draws.get(0).drawn()
            + " and " + d.drawn()));
    int blocks = (runs + BLOCK - 1) / BLOCK;
    List<SplittableUniformRandomProvider> streams = Streams.perBlock(seed, blocks);
    long[] done = {0};
    Supplier<Pass> pass = () -> new Pass(caseModels, draws, lanes);
    Pass total = Pool.run(threads, () -> Streams.onThreads(threads,
        IntStream.range(0, blocks)).collect(pass, (share, b) -> {
          int size = Math.min(runs, (b + 1) * BLOCK) - b * BLOCK;
          share.run(streams.get(b), size);
          synchronized (done) {
            done[0] += size;
            progress.progressed(done[0], runs);
          }
        }, Pass::add));
    List<CampaignResult> results = new ArrayList<>();
    for (int c = 0; c < cases.size(); c++) {
      results.add(summarise(caseModels.get(c), total.tallies[c]));
    }
    return results;
  }

  /** Summarises one case's tally. */
  private CampaignResult summarise(CampaignModel model, Tally tally) {
    List<ObjectiveTimes> objectives = new ArrayList<>();
    for (int axis = 0; axis <= model.axes(); axis++) {
      boolean firstOfAll = axis == model.axes();
      objectives.add(ObjectiveTimes.of(
          firstOfAll ? FIRST : model.theatre().axes().get(axis).id(),
          firstOfAll ? "whichever objective falls first"
              : model.theatre().axes().get(axis).objective(), tally.objective(axis)));
    }
    HourCounts first = tally.objective(model.axes());
    List<HoldProbability> holds = holdDays.stream().map(day -> new HoldProbability(day,
        (double) first.beyond(24 * day) / runs)).toList();
    List<Unit> units = model.reinforcements();
    List<ReinforcementArrival> arrivals = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      arrivals.add(new ReinforcementArrival(units.get(i).id(), units.get(i).name(),
          units.get(i).arrivalDay(), (double) tally.arrived(i) / runs));
    }
    return new CampaignResult(model.theatre().id(), model.posture().id(), CampaignModel.VERSION,
        seed, runs, horizonDays, objectives, holds, (double) tally.arrived(units.size()) / runs,
        arrivals);
  }

  /**
   * What a replication of one case draws, resolved from names once per run: for each parameter
   * the model reads, in the order of the theatre's table, its slot in the model's parameter
   * array and the constants of its inversion ({@link Triangular#invert}).
   */
  record Draws(List<String> drawn, int[] slots, double[] low, double[] split,
      double[] lowerArea, double[] high, double[] upperArea) {

    static Draws of(Uncertainty uncertainty) {
      List<String> missing = CampaignModel.PARAMETERS.stream()
          .filter(name -> !uncertainty.distributions().containsKey(name)).toList();
      PostureException.require(missing.isEmpty(), "the uncertainty lacks the parameters "
          + missing + " the campaign model reads");
      List<String> drawn = uncertainty.names().stream()
          .filter(name -> CampaignModel.slot(name) >= 0).toList();
      List<Triangular> t = drawn.stream().map(uncertainty::of).toList();
      return new Draws(drawn, drawn.stream().mapToInt(CampaignModel::slot).toArray(),
          t.stream().mapToDouble(Triangular::low).toArray(),
          t.stream().mapToDouble(Triangular::split).toArray(),
          t.stream().mapToDouble(Triangular::lowerArea).toArray(),
          t.stream().mapToDouble(Triangular::high).toArray(),
          t.stream().mapToDouble(Triangular::upperArea).toArray());
    }

    /** Sets replication r of the block from its uniforms, one row per drawn parameter. */
    void set(ReplicationBlock block, int r, double[][] uniforms, double[] p) {
      for (int k = 0; k < slots.length; k++) {
        p[slots[k]] = Triangular.invert(uniforms[k][r], low[k], split[k], lowerArea[k], high[k],
            upperArea[k]);
      }
      block.set(r, p);
    }
  }

  /**
   * One thread's share of a pass: its tallies, one per case, and its scratch, reused from block
   * to block (the uniforms, each distinct posture's {@link ReplicationBlock}, the hours).
   */
  private static final class Pass {

    private final List<CampaignModel> models;
    private final List<Draws> draws;
    private final Lanes lanes;
    private final double[][] uniforms;
    private final double[][] values = new double[CampaignModel.PARAMETERS.size()][CHUNK];
    private final Map<CampaignModel, ReplicationBlock> blocks = new IdentityHashMap<>();
    private final double[][] hours;
    private final Tally[] tallies;

    Pass(List<CampaignModel> models, List<Draws> draws, Lanes lanes) {
      this.models = models;
      this.draws = draws;
      this.lanes = lanes;
      uniforms = new double[draws.get(0).slots().length][CHUNK];
      hours = new double[models.get(0).axes()][CHUNK];
      tallies = models.stream().map(Tally::new).toArray(Tally[]::new);
    }

    /**
     * Draws {@code size} replications from the stream, a chunk at a time, and steps every case
     * over each chunk; the uniforms are drawn replication by replication, as one block would.
     */
    void run(UniformRandomProvider random, int size) {
      for (int from = 0; from < size; from += CHUNK) {
        int chunk = Math.min(CHUNK, size - from);
        Streams.draw(random, uniforms, chunk);
        for (int c = 0; c < tallies.length; c++) {
          CampaignModel model = models.get(c);
          ReplicationBlock block = blocks.computeIfAbsent(model,
              m -> new ReplicationBlock(m, CHUNK));
          block.resize(chunk);
          lanes.fill(block, draws.get(c), uniforms, values);
          for (int axis = 0; axis < hours.length; axis++) {
            lanes.run(block, axis, 0, chunk, hours[axis]);
          }
          tallies[c].count(block, hours);
        }
      }
    }

    /** Adds another share of the same pass. */
    void add(Pass other) {
      for (int c = 0; c < tallies.length; c++) {
        tallies[c].add(other.tallies[c]);
      }
    }
  }
}
