package dev.bulwark.sweeps.spark;

import dev.bulwark.posture.sweep.SweepEngine;
import dev.bulwark.posture.sweep.SweepExecutor;
import java.util.Optional;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The {@code spark} sweep engine: the running Spark session, or a new one with the master given,
 * else spark-submit's ({@code spark.master}), else {@code local[*]} (every core of this machine).
 * The local thread count does not apply.
 */
public final class SparkEngine implements SweepEngine {

  /** The engine's name, as {@code --engine} takes it. */
  public static final String NAME = "spark";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public SweepExecutor executor(Optional<String> master, Optional<Integer> threads) {
    SparkSession.Builder builder = SparkSession.builder().appName("bulwark sweep");
    String chosen = master.orElseGet(() -> new SparkConf().get("spark.master", "local[*]"));
    return new SparkExecutor(builder.master(chosen).getOrCreate());
  }
}
