package dev.bulwark.posture.sweep;

import dev.bulwark.posture.PostureException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;

/**
 * Runs parallel work on a fork-join pool of a given number of threads, so that parallel streams
 * inside it use that many and no more; one thread runs it on the caller's thread.
 */
public final class Pool {

  private Pool() {
  }

  /**
   * Returns what {@code work} returns, run on a pool of {@code threads} threads.
   *
   * @throws RuntimeException what the work threw, or a {@link PostureException} failure when it
   *     was interrupted
   */
  public static <T> T run(int threads, Supplier<T> work) {
    if (threads == 1) {
      return work.get();
    }
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      return pool.submit(work::get).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw PostureException.failure("the run was interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw PostureException.failure("the run failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdown();
    }
  }
}
