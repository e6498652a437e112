package dev.bulwark.core.parallel;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;

/**
 * Runs parallel work on a fork-join pool of a given number of threads, so that parallel streams
 * inside it use that many and no more; one thread runs it on the caller's thread.
 *
 * <pre>{@code
 * long evens = Pool.run(2, () -> IntStream.range(0, 1_000).parallel().filter(i -> i % 2 == 0)
 *     .count());
 * }</pre>
 */
public final class Pool {

  private Pool() {
  }

  /**
   * Returns what {@code work} returns, run on a pool of {@code threads} threads (1 or more).
   *
   * @throws RuntimeException the runtime exception the work threw, itself; or a {@link
   *     PoolException} when the work threw something else or the caller was interrupted
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
      throw new PoolException("the run was interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = original(e.getCause());
      if (cause instanceof RuntimeException failure) {
        throw failure;
      }
      throw new PoolException("the run failed: " + cause, cause);
    } finally {
      pool.shutdown();
    }
  }

  /**
   * What the work threw: a fork-join pool hands the waiting thread a copy made for it, whose
   * cause is the original.
   */
  private static Throwable original(Throwable thrown) {
    Throwable cause = thrown.getCause();
    return cause != null && cause.getClass() == thrown.getClass() ? cause : thrown;
  }
}
