package dev.bulwark.posture.campaign;

/**
 * How the campaign model's replications are stepped: one at a time, or side by side in the
 * CPU's vector lanes. Both give the same bits for the same seed; only the speed differs.
 */
public enum Lanes {

  /** One replication at a time ({@link ScalarSteps}). */
  SCALAR,

  /**
   * Replications side by side in vector lanes ({@link VectorSteps}); needs the JVM started with
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

  /** Steps replications [from, to) of the block on one axis into {@code hours}. */
  void run(ReplicationBlock block, int axis, int from, int to, double[] hours) {
    if (this == VECTOR) {
      VectorSteps.run(block, axis, from, to, hours);
    } else {
      ScalarSteps.run(block, axis, from, to, hours);
    }
  }
}
