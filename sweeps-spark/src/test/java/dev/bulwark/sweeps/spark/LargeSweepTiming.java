package dev.bulwark.sweeps.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.posture.campaign.ProgressListener;
import dev.bulwark.posture.campaign.StraitFunction;
import dev.bulwark.posture.sensitivity.SobolAnalysis;
import dev.bulwark.posture.sweep.LocalExecutor;
import dev.bulwark.posture.sweep.SweepExecutor;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The timing docs/sweeps.md reports: one large Sobol' sweep, the Taiwan Strait model without
 * Japan's bases with 2^16 base rows (65,536 × 39 = 2,555,904 model runs, 100 bootstrap
 * resamples, seed 1253), on the local executor on two threads and on Spark in local[2], in one
 * JVM, each twice (the first round warms the JIT), every answer compared. Run only when asked:
 * {@code ./mvnw -B -o verify -pl sweeps-spark -am -Dtest=LargeSweepTiming
 * -Dsurefire.failIfNoSpecifiedTests=false -Dbulwark.timing=true}.
 */
@EnabledIfSystemProperty(named = "bulwark.timing", matches = "true")
final class LargeSweepTiming {

  private static final int SAMPLES = 1 << 16;

  private static SobolAnalysis timed(String label, int round, SweepExecutor executor) {
    StraitFunction taiwan = StraitFunction.bundled("taiwan", "taiwan-2026-no-japan-bases", 30,
        30);
    long start = System.nanoTime();
    SobolAnalysis result = SobolAnalysis.run(taiwan, SAMPLES, 100, 1253, executor,
        ProgressListener.NONE);
    System.out.printf(Locale.ROOT, "round %d, %s: %.2f s%n", round, label,
        (System.nanoTime() - start) / 1e9);
    return result;
  }

  @Test
  void oneLargeSweepTakesSoLongEachWayAndGivesTheSameAnswer() {
    SparkSession spark = SparkSession.builder().appName("bulwark sweep timing")
        .master("local[2]").config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
    try {
      for (int round = 1; round <= 2; round++) {
        SobolAnalysis local = timed("local executor, 2 threads", round,
            LocalExecutor.onThreads(2));
        SobolAnalysis onSpark = timed("Spark local[2]", round, new SparkExecutor(spark));
        assertThat(onSpark).isEqualTo(local);
      }
    } finally {
      spark.stop();
    }
  }
}
