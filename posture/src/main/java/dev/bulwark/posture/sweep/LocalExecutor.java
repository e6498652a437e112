package dev.bulwark.posture.sweep;

import dev.bulwark.core.parallel.Pool;
import dev.bulwark.posture.PostureException;
import dev.bulwark.posture.campaign.ProgressListener;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Runs a sweep's cells on this machine, on a pool of the given number of threads (one: on the
 * caller's thread). The results are the same on any number of threads.
 */
public final class LocalExecutor implements SweepExecutor {

  private final int threads;

  private LocalExecutor(int threads) {
    PostureException.require(threads >= 1, "threads must be 1 or more, was " + threads);
    this.threads = threads;
  }

  /** An executor on {@code threads} threads. */
  public static LocalExecutor onThreads(int threads) {
    return new LocalExecutor(threads);
  }

  /** An executor on every core. */
  public static LocalExecutor onEveryCore() {
    return new LocalExecutor(Runtime.getRuntime().availableProcessors());
  }

  @Override
  public <R extends Serializable> List<R> run(Sweep<R> sweep, long seed,
      ProgressListener progress) {
    int cells = sweep.cells();
    @SuppressWarnings("unchecked")
    R[] results = (R[]) new Serializable[cells];
    long[] done = {0};
    IntStream work = IntStream.range(0, cells);
    Pool.run(threads, () -> {
      (threads > 1 ? work.parallel() : work).forEach(c -> {
        results[c] = sweep.run(c, Sweep.stream(seed, c));
        synchronized (done) {
          done[0]++;
          progress.progressed(done[0], cells);
        }
      });
      return results;
    });
    return List.of(results);
  }
}
