package dev.bulwark.posture.campaign;

import dev.bulwark.posture.PostureException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.apache.commons.rng.SplittableUniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.distribution.ContinuousDistribution;

/**
 * The Monte Carlo runner of the {@link CampaignModel}: each replication draws every parameter
 * the model reads from its triangular distribution and runs every axis.
 *
 * <p>Reproducible on any number of threads: the replications are cut into blocks of {@value
 * #BLOCK}; block b draws from the b-th of the streams that {@code RandomSource.L64_X128_MIX}
 * seeded with the seed {@code splits()} into, in order, so the same seed gives the same answer
 * whatever the thread count. Within a replication one uniform is drawn per parameter the model
 * reads, in the order of the theatre's parameter table; rows the model does not read are not
 * drawn, so adding one leaves every seeded result unchanged. Names are resolved to array slots
 * once per run, before the loop. Cost: one replication draws 11 uniforms (11 square roots) and
 * steps each axis at most once per hour of the horizon; the hot loop allocates nothing.
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

  private final int runs;
  private final long seed;
  private final int threads;
  private final int horizonDays;
  private final List<Integer> holdDays;
  private final Optional<Uncertainty> uncertainty;
  private final ProgressListener progress;

  private CampaignSimulation(int runs, long seed, int threads, int horizonDays,
      List<Integer> holdDays, Optional<Uncertainty> uncertainty, ProgressListener progress) {
    this.runs = runs;
    this.seed = seed;
    this.threads = threads;
    this.horizonDays = horizonDays;
    this.holdDays = holdDays;
    this.uncertainty = uncertainty;
    this.progress = progress;
  }

  /**
   * 100,000 runs, seed 1253, all cores, a 30-day horizon, hold probabilities for days 1, 2, 3, 7,
   * 14 and 28, the default distributions with the posture's air support, no progress reports.
   */
  public static CampaignSimulation withDefaults() {
    return new CampaignSimulation(100_000, 1253L, Runtime.getRuntime().availableProcessors(), 30,
        List.of(1, 2, 3, 7, 14, 28), Optional.empty(), ProgressListener.NONE);
  }

  /** Returns a copy making {@code runs} replications (1 to 100,000,000). */
  public CampaignSimulation withRuns(int runs) {
    Checks.within(runs, 1, 100_000_000, "runs");
    return new CampaignSimulation(runs, seed, threads, horizonDays, holdDays, uncertainty,
        progress);
  }

  /** Returns a copy seeding the random streams with {@code seed}. */
  public CampaignSimulation withSeed(long seed) {
    return new CampaignSimulation(runs, seed, threads, horizonDays, holdDays, uncertainty,
        progress);
  }

  /** Returns a copy running on {@code threads} threads (1 to 256); the answer does not change. */
  public CampaignSimulation withThreads(int threads) {
    Checks.within(threads, 1, 256, "threads");
    return new CampaignSimulation(runs, seed, threads, horizonDays, holdDays, uncertainty,
        progress);
  }

  /**
   * Returns a copy running each replication for at most {@code days} days (1 to 365); {@link
   * #run} requires the hold days to lie within it.
   */
  public CampaignSimulation withHorizonDays(int days) {
    Checks.within(days, 1, 365, "horizon (days)");
    return new CampaignSimulation(runs, seed, threads, days, holdDays, uncertainty, progress);
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
        days.stream().distinct().sorted().toList(), uncertainty, progress);
  }

  /** Returns a copy drawing the parameters from {@code uncertainty} instead of the defaults. */
  public CampaignSimulation withUncertainty(Uncertainty uncertainty) {
    PostureException.require(uncertainty != null, "uncertainty must be given, was null");
    return new CampaignSimulation(runs, seed, threads, horizonDays, holdDays,
        Optional.of(uncertainty), progress);
  }

  /** Returns a copy telling {@code listener} how far it has got (after each block). */
  public CampaignSimulation withProgress(ProgressListener listener) {
    PostureException.require(listener != null, "progress listener must be given, was null");
    return new CampaignSimulation(runs, seed, threads, horizonDays, holdDays, uncertainty,
        listener);
  }

  /**
   * Runs the replications of the posture in the theatre.
   *
   * @throws PostureException of kind BAD_INPUT when a hold day lies beyond the horizon, the
   *     posture does not fit the theatre, or the uncertainty lacks a parameter the model reads
   */
  public CampaignResult run(Theatre theatre, Posture posture) {
    PostureException.require(holdDays.get(holdDays.size() - 1) <= horizonDays, "hold days "
        + holdDays + " (withHoldDays) must lie within the horizon of " + horizonDays
        + " days (withHorizonDays)");
    CampaignModel model = CampaignModel.of(theatre, posture, horizonDays);
    Draws draws = Draws.of(uncertainty.orElseGet(() -> Uncertainty.forPosture(theatre, posture)));
    int blocks = (runs + BLOCK - 1) / BLOCK;
    SplittableUniformRandomProvider root =
        (SplittableUniformRandomProvider) RandomSource.L64_X128_MIX.create(seed);
    List<SplittableUniformRandomProvider> streams = root.splits(blocks).toList();
    float[][] hours = new float[model.axes() + 1][runs];
    int[][] inTime = new int[blocks][];
    AtomicLong done = new AtomicLong();
    execute(() -> {
      onThreads(IntStream.range(0, blocks)).forEach(b -> {
        inTime[b] = block(model, draws, streams.get(b), b * BLOCK,
            Math.min(runs, (b + 1) * BLOCK), hours);
        progress.progressed(done.addAndGet(Math.min(runs, (b + 1) * BLOCK) - b * BLOCK), runs);
      });
      onThreads(IntStream.range(0, hours.length)).forEach(i -> Arrays.sort(hours[i]));
    });
    int[] arrived = new int[model.reinforcements().size() + 1];
    for (int[] block : inTime) {
      Arrays.setAll(arrived, i -> arrived[i] + block[i]);
    }
    return summarise(model, hours, arrived);
  }

  private IntStream onThreads(IntStream work) {
    return threads > 1 ? work.parallel() : work;
  }

  /** Runs the work on the caller's thread (one thread) or in a pool of the thread count. */
  private void execute(Runnable all) {
    if (threads == 1) {
      all.run();
      return;
    }
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      pool.submit(all).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw PostureException.failure("the campaign run was interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw PostureException.failure("the campaign run failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdown();
    }
  }

  /**
   * Runs replications [from, to) on one stream; returns how many had each reinforcement, and
   * (last) all of them, arrive before the first objective fell.
   */
  private static int[] block(CampaignModel model, Draws draws,
      SplittableUniformRandomProvider random, int from, int to, float[][] hours) {
    double[] p = new double[CampaignModel.PARAMETERS.size()];
    int[] slots = draws.slots();
    ContinuousDistribution.Sampler[] samplers = new ContinuousDistribution.Sampler[slots.length];
    Arrays.setAll(samplers, k -> draws.distributions()[k].sampler(random));
    int axes = model.axes();
    int[] inTime = new int[model.reinforcements().size() + 1];
    for (int run = from; run < to; run++) {
      for (int k = 0; k < slots.length; k++) {
        p[slots[k]] = samplers[k].sample();
      }
      double first = Double.POSITIVE_INFINITY;
      for (int axis = 0; axis < axes; axis++) {
        double t = model.hoursToObjective(axis, p);
        hours[axis][run] = (float) t;
        first = Math.min(first, t);
      }
      hours[axes][run] = (float) first;
      model.countArrivals(p, first, inTime);
    }
    return inTime;
  }

  /** Summarises the sorted hours of every axis and of the first objective. */
  private CampaignResult summarise(CampaignModel model, float[][] hours, int[] arrived) {
    List<ObjectiveTimes> objectives = new ArrayList<>();
    for (int axis = 0; axis <= model.axes(); axis++) {
      float[] sorted = hours[axis];
      boolean firstOfAll = axis == model.axes();
      objectives.add(ObjectiveTimes.of(
          firstOfAll ? FIRST : model.theatre().axes().get(axis).id(),
          firstOfAll ? "whichever objective falls first"
              : model.theatre().axes().get(axis).objective(), sorted));
    }
    float[] first = hours[model.axes()];
    List<HoldProbability> holds = holdDays.stream().map(day -> new HoldProbability(day,
        heldBeyond(first, 24.0 * day))).toList();
    List<Unit> units = model.reinforcements();
    List<ReinforcementArrival> arrivals = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      arrivals.add(new ReinforcementArrival(units.get(i).id(), units.get(i).name(),
          units.get(i).arrivalDay(), (double) arrived[i] / runs));
    }
    return new CampaignResult(model.theatre().id(), model.posture().id(), CampaignModel.VERSION,
        seed, runs, horizonDays, objectives, holds, (double) arrived[units.size()] / runs,
        arrivals);
  }

  /** The share of sorted times greater than {@code hours}. */
  private static double heldBeyond(float[] sorted, double hours) {
    int low = 0;
    int high = sorted.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted[mid] <= hours) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return (double) (sorted.length - low) / sorted.length;
  }

  /**
   * What a replication draws, resolved from names once per run: the distributions of the
   * parameters the model reads, in the order of the theatre's table, and each one's slot in the
   * model's parameter array.
   */
  private record Draws(Triangular[] distributions, int[] slots) {

    static Draws of(Uncertainty uncertainty) {
      List<String> missing = CampaignModel.PARAMETERS.stream()
          .filter(name -> !uncertainty.distributions().containsKey(name)).toList();
      PostureException.require(missing.isEmpty(), "the uncertainty lacks the parameters "
          + missing + " the campaign model reads");
      List<String> drawn = uncertainty.names().stream()
          .filter(name -> CampaignModel.slot(name) >= 0).toList();
      return new Draws(drawn.stream().map(uncertainty::of).toArray(Triangular[]::new),
          drawn.stream().mapToInt(CampaignModel::slot).toArray());
    }
  }
}
