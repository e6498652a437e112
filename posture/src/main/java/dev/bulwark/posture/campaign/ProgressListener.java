package dev.bulwark.posture.campaign;

/**
 * Told how far a long Monte Carlo run has got. Called from the worker threads, possibly at the
 * same time, so an implementation must be thread-safe; {@code done} only grows.
 */
@FunctionalInterface
public interface ProgressListener {

  /** A listener that ignores progress. */
  ProgressListener NONE = (done, total) -> { };

  /** Reports that {@code done} of {@code total} replications are finished. */
  void progressed(long done, long total);
}
