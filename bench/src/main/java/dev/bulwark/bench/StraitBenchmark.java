package dev.bulwark.bench;

import dev.bulwark.posture.campaign.Lanes;
import dev.bulwark.posture.campaign.Posture;
import dev.bulwark.posture.campaign.StraitResult;
import dev.bulwark.posture.campaign.StraitSimulation;
import dev.bulwark.posture.campaign.Theatre;
import dev.bulwark.posture.campaign.Theatres;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One million replications of the Taiwan Strait model for {@code taiwan-2026} (CSIS's base case)
 * on 1 and 2 threads, scalar and in vector lanes, including the draws and the summary. The
 * floor: at least 1 million replications per second on one thread, a score of at most 1,000 ms
 * per million; the target in vector lanes, 2 million. Replications per second are 10⁹ divided
 * by the score (ms per million).
 *
 * <pre>{@code java -jar bench/target/benchmarks.jar StraitBenchmark}</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class StraitBenchmark {

  /** Replications per operation. */
  static final int RUNS = 1_000_000;

  @Param({"1", "2"})
  private int threads;

  @Param({"VECTOR", "SCALAR"})
  private Lanes lanes;

  private Theatre theatre;
  private Posture posture;
  private StraitSimulation simulation;

  /** Loads the theatre and the posture once, outside the measurement. */
  @Setup
  public void load() {
    theatre = Theatres.bundled().theatre("taiwan");
    posture = Theatres.bundled().posture("taiwan-2026");
    simulation = StraitSimulation.withDefaults().withRuns(RUNS).withSeed(42)
        .withThreads(threads).withLanes(lanes);
  }

  /** Runs the million replications and summarises them. */
  @Benchmark
  public StraitResult millionReplications() {
    return simulation.run(theatre, posture);
  }
}
