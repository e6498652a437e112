package dev.bulwark.server.jobs;

import dev.bulwark.posture.campaign.ProgressListener;
import dev.bulwark.server.Problem;
import dev.bulwark.server.ProblemType;
import dev.bulwark.server.ServerException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The campaign jobs of one server: a bounded executor ({@link #WORKERS} at once, at most
 * {@link #QUEUE} waiting; beyond that a request is refused as busy), cooperative cancellation (the
 * progress listener stops the run at the next block of replications), and a hook that saves each
 * finished run before the job is shown as done, so a run seen done survives a crash.
 */
public final class CampaignJobs implements AutoCloseable {

  /** Jobs that run at once. */
  public static final int WORKERS = 2;
  /** Jobs that may wait. */
  public static final int QUEUE = 16;
  /** Finished jobs kept in memory (older ones are read back from the store). */
  static final int KEPT = 256;

  /** Runs the work of one job, telling the listener its progress. */
  @FunctionalInterface
  public interface Work {
    /** Returns the result as JSON-ready maps and lists. */
    Map<String, Object> run(JobRequest request, ProgressListener progress);
  }

  /** Saves a finished run; it is durable when this returns. */
  @FunctionalInterface
  public interface Saver {
    /** Saves the result of a job that finished at a time. */
    void save(Job job, Map<String, Object> result, Instant finished);
  }

  private static final System.Logger LOG = System.getLogger(CampaignJobs.class.getName());

  private final Work work;
  private final Saver saver;
  private final Map<String, Job> jobs = new ConcurrentHashMap<>();
  private final ThreadPoolExecutor executor = new ThreadPoolExecutor(WORKERS, WORKERS, 0L,
      TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUE), r -> {
        Thread t = new Thread(r, "bulwark-campaign-job");
        t.setDaemon(true);
        return t;
      });

  /** Returns the jobs running {@code work}, saving each run with {@code saver} before it is done. */
  public CampaignJobs(Work work, Saver saver) {
    this.work = work;
    this.saver = saver;
  }

  /**
   * Queues a job; {@code replications} is the total the progress counts to.
   *
   * @throws ServerException (busy) when {@link #QUEUE} jobs already wait
   */
  public Job submit(JobRequest request, long replications) {
    forget();
    Job job = new Job(UUID.randomUUID().toString(), request, Instant.now(), replications);
    jobs.put(job.id(), job);
    try {
      Future<?> future = executor.submit(() -> execute(job));
      job.started(future);
    } catch (RejectedExecutionException e) {
      jobs.remove(job.id());
      throw ServerException.of(ProblemType.BUSY, null, null, WORKERS + " campaign jobs are "
          + "running and " + QUEUE + " waiting; try again when one has finished");
    }
    return job;
  }

  /** Returns a job of this server's lifetime. */
  public Optional<Job> find(String id) {
    return Optional.ofNullable(jobs.get(id));
  }

  /** Returns the jobs, newest first. */
  public List<Job> all() {
    List<Job> all = new ArrayList<>(jobs.values());
    all.sort(Comparator.comparing(Job::created).reversed());
    return all;
  }

  private void execute(Job job) {
    if (!job.running()) {
      return;
    }
    long[] last = {0};
    ProgressListener listener = (done, total) -> {
      synchronized (last) {
        job.advanced(done >= last[0] ? done - last[0] : done);
        last[0] = done >= total ? 0 : done;
      }
      if (job.cancelRequested()) {
        throw new Cancelled();
      }
    };
    try {
      Map<String, Object> result = work.run(job.request(), listener);
      Instant finished = Instant.now();
      if (!job.cancelRequested()) {
        saver.save(job, result, finished);
        job.finish(JobStatus.DONE, result, null, finished);
      }
    } catch (Cancelled e) {
      job.finish(JobStatus.CANCELLED, null, null, Instant.now());
    } catch (RuntimeException e) {
      Problem problem = Problem.from(e, "/api/campaigns/" + job.id());
      if (problem.status() >= 500) {
        LOG.log(System.Logger.Level.ERROR, "campaign job " + job.id() + " failed", e);
      }
      job.finish(JobStatus.FAILED, null, problem, Instant.now());
    }
  }

  /** Drops the oldest finished jobs beyond {@link #KEPT}. */
  private void forget() {
    List<Job> finished = all().stream().filter(j -> j.status().finished()).toList();
    finished.stream().skip(KEPT).forEach(j -> jobs.remove(j.id()));
  }

  /** Stops the workers; running jobs are cancelled. */
  @Override
  public void close() {
    jobs.values().forEach(Job::cancel);
    executor.shutdownNow();
  }

  /** Thrown by the progress listener to stop a cancelled run. */
  private static final class Cancelled extends RuntimeException {
    Cancelled() {
      super("cancelled", null, false, false);
    }
  }
}
