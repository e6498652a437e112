package dev.bulwark.bench;

import dev.bulwark.data.Ledger;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to parse the bundled ledger (NATO 2024, SIPRI 2025-04, World Bank 2026-03: about 66 000
 * values) into a panel, bypassing the cache of {@link Ledger#embedded()}. The target is under
 * 300 ms once the JVM is warm.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LedgerLoadBenchmark {

  /** Parses every bundled edition and builds the panel. */
  @Benchmark
  public Ledger parseEmbeddedLedger() {
    return Ledger.parseEmbedded();
  }
}
