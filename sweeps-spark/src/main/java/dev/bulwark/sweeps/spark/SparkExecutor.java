package dev.bulwark.sweeps.spark;

import dev.bulwark.posture.campaign.ProgressListener;
import dev.bulwark.posture.sweep.Sweep;
import dev.bulwark.posture.sweep.SweepExecutor;
import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * Runs a sweep's cells on Spark: the cell indices are parallelized in up to four slices per
 * core Spark reports, each task runs its cells on their own streams ({@link Sweep#stream}), and
 * the results come back in the order of the cells. The sweep is serialized to the tasks, so its
 * model must be serializable (a bundled posture's campaign function is, as its recipe).
 * Progress is reported once, when every cell is back.
 */
public final class SparkExecutor implements SweepExecutor {

  /** Slices per core: enough that a slow task does not hold up the rest for long. */
  private static final int SLICES_PER_CORE = 4;

  private final SparkSession session;

  /** An executor on the given session. */
  public SparkExecutor(SparkSession session) {
    this.session = session;
  }

  @Override
  public <R extends Serializable> List<R> run(Sweep<R> sweep, long seed,
      ProgressListener progress) {
    JavaSparkContext context = JavaSparkContext.fromSparkContext(session.sparkContext());
    List<Integer> cells = IntStream.range(0, sweep.cells()).boxed().toList();
    int slices = Math.max(1, Math.min(cells.size(),
        SLICES_PER_CORE * context.defaultParallelism()));
    List<R> results = context.parallelize(cells, slices)
        .map(cell -> sweep.run(cell, Sweep.stream(seed, cell))).collect();
    progress.progressed(cells.size(), cells.size());
    return List.copyOf(results);
  }
}
