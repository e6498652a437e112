package dev.bulwark.server.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.server.ProblemType;
import dev.bulwark.server.ServerException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The job queue with stand-in work: progress, cancellation, the bound, and the done hook. */
final class CampaignJobsTest {

  private static final CampaignRequest REQUEST = new CampaignRequest(null, null, null, 100, 1L,
      30, "objectives");

  @Test
  void aFinishedJobHasItsResultFullProgressAndIsHandedToTheHook() throws Exception {
    List<Job> saved = new CopyOnWriteArrayList<>();
    try (CampaignJobs jobs = new CampaignJobs((request, progress) -> {
      progress.progressed(50, 100);
      progress.progressed(100, 100);
      return Map.of("runs", request.runs());
    }, (job, result, finished) -> saved.add(job))) {
      Job job = jobs.submit(REQUEST, 100);

      awaitFinished(job);

      assertThat(job.status()).isEqualTo(JobStatus.DONE);
      assertThat(job.result()).containsEntry("runs", 100);
      assertThat(job.fraction()).isEqualTo(1.0);
      assertThat(saved).containsExactly(job);
    }
  }

  @Test
  void cancellingARunningJobMarksItCancelledAndStopsTheWork() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch cancelled = new CountDownLatch(1);
    CountDownLatch reached = new CountDownLatch(1);
    List<Job> saved = new CopyOnWriteArrayList<>();
    try (CampaignJobs jobs = new CampaignJobs((request, progress) -> {
      progress.progressed(10, 100);
      started.countDown();
      await(cancelled);
      progress.progressed(20, 100);
      reached.countDown();
      return Map.of("should", "not finish");
    }, (job, result, finished) -> saved.add(job))) {
      Job job = jobs.submit(REQUEST, 100);
      assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

      assertThat(job.cancel()).isTrue();
      cancelled.countDown();
      awaitFinished(job);

      assertThat(job.status()).isEqualTo(JobStatus.CANCELLED);
      assertThat(job.result()).isNull();
      assertThat(job.cancel()).isFalse();
      // The work was stopped by its next progress report: it never got past it, nor was saved.
      assertThat(reached.await(200, TimeUnit.MILLISECONDS)).isFalse();
      assertThat(saved).isEmpty();
      // Progress freezes at the cancellation: 10 of 100.
      assertThat(job.fraction()).isEqualTo(0.1);
    }
  }

  @Test
  void beyondTheWorkersAndTheQueueAJobIsRefusedAsBusy() {
    CountDownLatch release = new CountDownLatch(1);
    try (CampaignJobs jobs = new CampaignJobs((request, progress) -> {
      await(release);
      return Map.of();
    }, (job, result, finished) -> { })) {
      for (int i = 0; i < CampaignJobs.WORKERS + CampaignJobs.QUEUE; i++) {
        jobs.submit(REQUEST, 100);
      }

      assertThatThrownBy(() -> jobs.submit(REQUEST, 100))
          .isInstanceOfSatisfying(ServerException.class,
              e -> assertThat(e.type()).isEqualTo(ProblemType.BUSY));
      release.countDown();
    }
  }

  @Test
  void aFailingJobRecordsAProblemInsteadOfAResult() throws Exception {
    try (CampaignJobs jobs = new CampaignJobs((request, progress) -> {
      throw new IllegalStateException("boom");
    }, (job, result, finished) -> { })) {
      Job job = jobs.submit(REQUEST, 100);

      awaitFinished(job);

      assertThat(job.status()).isEqualTo(JobStatus.FAILED);
      assertThat(job.describe(true).get("error").toString()).contains("failure");
    }
  }

  private static void awaitFinished(Job job) throws InterruptedException {
    for (int i = 0; i < 1000 && !job.status().finished(); i++) {
      Thread.sleep(10);
    }
    assertThat(job.status().finished()).as("job finished").isTrue();
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
