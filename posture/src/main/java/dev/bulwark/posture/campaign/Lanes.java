package dev.bulwark.posture.campaign;

/**
 * How the campaign models' replications (the Baltic's and the strait's) are stepped: one at a
 * time, or side by side in the CPU's vector lanes. Both give the same bits for the same seed; only the speed differs.
 */
public enum Lanes {

  /** One replication at a time ({@link ScalarSteps}, {@link StraitScalarSteps}). */
  SCALAR,

  /**
   * Replications side by side in vector lanes ({@link VectorSteps}, {@link
   * StraitVectorSteps}); needs the JVM started with
   * {@code --add-modules jdk.incubator.vector}, as the {@code bulwark} launcher does.
   */
  VECTOR;

  private static final boolean VECTOR_API =
      ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

  /** {@link #VECTOR} when this JVM has the Vector API, else {@link #SCALAR}. */
  public static Lanes fastest() {
    return VECTOR_API ? VECTOR : SCALAR;
  }

  /** Whether this JVM can step replications this way. */
  public boolean available() {
    return this == SCALAR || VECTOR_API;
  }

  /**
   * Sets every replication of the block from its uniforms (one row per drawn parameter), using
   * {@code scratch} (a row per model parameter, as long as the block) for the vector lanes.
   */
  void fill(ReplicationBlock block, CampaignSimulation.Draws draws, double[][] uniforms,
      double[][] scratch) {
    if (this == VECTOR) {
      VectorSteps.fill(block, draws, uniforms, scratch);
    } else {
      double[] p = new double[CampaignModel.PARAMETERS.size()];
      for (int r = 0; r < block.size(); r++) {
        draws.set(block, r, uniforms, p);
      }
    }
  }

  /**
   * Sets every replication of the strait block from its uniforms (a row per drawn parameter),
   * through {@code values} (a row per model parameter, as long as the block).
   */
  void fill(StraitBlock block, StraitSimulation.Draws draws, double[][] uniforms,
      double[][] values) {
    int from = this == VECTOR ? StraitVectorSteps.invert(draws, uniforms, block.size(), values)
        : 0;
    draws.invert(uniforms, from, block.size(), values);
    block.set(values);
  }

  /** Steps every replication of the strait block. */
  void run(StraitBlock block) {
    if (this == VECTOR) {
      StraitVectorSteps.run(block, 0, block.size());
    } else {
      StraitScalarSteps.run(block, 0, block.size());
    }
  }

  /** Steps replications [from, to) of the block on one axis into {@code hours}. */
  void run(ReplicationBlock block, int axis, int from, int to, double[] hours) {
    if (this == VECTOR) {
      VectorSteps.run(block, axis, from, to, hours);
    } else {
      ScalarSteps.run(block, axis, from, to, hours);
    }
  }
}
