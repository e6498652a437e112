package dev.bulwark.answers.posture;

import dev.bulwark.answers.question.Param;
import dev.bulwark.answers.question.ParamTypes;
import dev.bulwark.posture.sweep.SweepEngine;

/**
 * The parameters of every question that can run its model as a sweep on another engine
 * ({@code sensitivity}, the {@code campaign} tornado, the {@code division} frontier): where it
 * runs, and the engine's master. Docs: docs/sweeps.md.
 */
public final class SweepParams {

  /** Where a sweep runs: this machine's cores or a sweep engine such as Spark. */
  public static final Param<String> ENGINE = Param.of("engine",
      ParamTypes.choice(SweepEngine.LOCAL, "spark"), SweepEngine.LOCAL, "Where the model runs: "
          + "this machine's cores, or Apache Spark (from the sweeps-spark module's jar under "
          + "spark-submit; docs/sweeps.md). The answer is the same.", SweepEngine.LOCAL);
  /** The sweep engine's master. */
  public static final Param<String> MASTER = Param.optional("master",
      ParamTypes.of("URL", "string", "a Spark master URL such as local[2] or "
          + "spark://host:7077", (field, text, context) -> text), "With --engine spark: the "
          + "Spark master (default: spark-submit's configuration).", "local[2]");

  private SweepParams() {
  }
}
