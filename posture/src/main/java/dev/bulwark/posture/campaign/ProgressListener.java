package dev.bulwark.posture.campaign;

/**
 * Told how far a long Monte Carlo run has got. Called from the worker threads, one call at a
 * time; within one pass {@code done} only grows and reaches {@code total} last. A tornado makes
 * one pass per posture, so {@code done} starts again from the beginning after each.
 */
@FunctionalInterface
public interface ProgressListener {

  /** A listener that ignores progress. */
  ProgressListener NONE = (done, total) -> { };

  /** Reports that {@code done} of {@code total} replications are finished. */
  void progressed(long done, long total);
}
