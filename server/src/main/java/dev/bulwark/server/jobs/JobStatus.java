package dev.bulwark.server.jobs;

import java.util.Locale;

/** Where a job stands. */
public enum JobStatus {
  /** Waiting for a free worker. */
  QUEUED,
  /** Running. */
  RUNNING,
  /** Finished with a result. */
  DONE,
  /** Stopped at the caller's request. */
  CANCELLED,
  /** Stopped by a fault. */
  FAILED;

  /** Returns whether the job will not change any more. */
  public boolean finished() {
    return this == DONE || this == CANCELLED || this == FAILED;
  }

  /** Returns the lower-case id used in JSON. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
