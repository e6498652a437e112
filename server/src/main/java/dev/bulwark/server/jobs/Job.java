package dev.bulwark.server.jobs;

import dev.bulwark.server.Problem;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One job (a campaign run or a division frontier): its request, status, progress, and its result or error when finished. Read
 * by request threads while a worker writes it, so its state is volatile or atomic.
 */
public final class Job {

  private final String id;
  private final JobRequest request;
  private final Instant created;
  private final long total;
  private final AtomicLong done = new AtomicLong();
  private volatile JobStatus status = JobStatus.QUEUED;
  private volatile boolean cancelRequested;
  private volatile Instant finished;
  private volatile Map<String, Object> result;
  private volatile Problem error;
  private volatile Future<?> future;

  Job(String id, JobRequest request, Instant created, long total) {
    this.id = id;
    this.request = request;
    this.created = created;
    this.total = total;
  }

  /** Returns the job's id. */
  public String id() {
    return id;
  }

  /** Returns what it runs. */
  public JobRequest request() {
    return request;
  }

  /** Returns when it was asked for. */
  public Instant created() {
    return created;
  }

  /** Returns its status. */
  public JobStatus status() {
    return status;
  }

  /** Returns the result, once done. */
  public Map<String, Object> result() {
    return result;
  }

  /** Returns when it finished, once it has. */
  public Instant finished() {
    return finished;
  }

  /** Returns the share of replications finished, 0 to 1. */
  public double fraction() {
    return status == JobStatus.DONE ? 1.0 : Math.min(1.0, (double) done.get() / total);
  }

  /** Returns the job as JSON: id, status, request, progress, times, error and result. */
  public Map<String, Object> describe(boolean withResult) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", id);
    body.put("status", status.id());
    body.put("request", request);
    Map<String, Object> progress = new LinkedHashMap<>();
    progress.put("done", status == JobStatus.DONE ? total : Math.min(done.get(), total));
    progress.put("total", total);
    progress.put("fraction", fraction());
    body.put("progress", progress);
    body.put("created", created.toString());
    body.put("finished", finished == null ? null : finished.toString());
    body.put("error", error);
    if (withResult) {
      body.put("result", result);
    }
    return body;
  }

  void started(Future<?> running) {
    this.future = running;
  }

  /** Marks a queued job running; returns false when it was cancelled before it started. */
  synchronized boolean running() {
    if (status != JobStatus.QUEUED) {
      return false;
    }
    status = JobStatus.RUNNING;
    return true;
  }

  synchronized void advanced(long replications) {
    if (!status.finished()) {
      done.addAndGet(replications);
    }
  }

  boolean cancelRequested() {
    return cancelRequested;
  }

  /**
   * Cancels the job: it is marked cancelled at once, its progress is frozen, a queued job never
   * starts and a running one stops at its next block of replications.
   *
   * @return false when the job had already finished
   */
  public boolean cancel() {
    cancelRequested = true;
    Future<?> f = future;
    if (f != null) {
      f.cancel(false);
    }
    return finish(JobStatus.CANCELLED, null, null, Instant.now());
  }

  /** Ends the job at a time unless it has ended; returns whether this call ended it. */
  synchronized boolean finish(JobStatus end, Map<String, Object> answer, Problem problem,
      Instant at) {
    if (status.finished()) {
      return false;
    }
    this.result = answer;
    this.error = problem;
    this.finished = at;
    this.status = end;
    return true;
  }
}
