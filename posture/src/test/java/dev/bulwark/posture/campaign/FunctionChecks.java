package dev.bulwark.posture.campaign;

import dev.bulwark.posture.sensitivity.SampledModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.apache.commons.rng.SplittableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/** What the tests of the models as functions share: the simulations' draws, and shipping. */
final class FunctionChecks {

  private FunctionChecks() {
  }

  /**
   * The uniforms of a simulation's first block of {@code runs} replications: the first stream
   * split from the seed, k per replication in turn, as rows of the function's inputs.
   */
  static double[][] simulationUniforms(long seed, int k, int runs) {
    SplittableUniformRandomProvider root =
        (SplittableUniformRandomProvider) RandomSource.L64_X128_MIX.create(seed);
    UniformRandomProvider stream = root.splits(1).toList().get(0);
    double[][] u = new double[k][runs];
    for (int r = 0; r < runs; r++) {
      for (int i = 0; i < k; i++) {
        u[i][r] = stream.nextDouble();
      }
    }
    return u;
  }

  /**
   * A function's journey: the bytes it travelled as, its outputs before and those of its copy.
   */
  record Travel(int bytes, double[] before, double[] after) {
  }

  /**
   * Serializes the function and reads it back, as a sweep ships it to another machine, and
   * evaluates both on the simulation's uniforms.
   */
  static Travel travel(SampledModel f, long seed, int runs) throws IOException,
      ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(f);
    }
    SampledModel copy;
    try (ObjectInputStream in = new ObjectInputStream(
        new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (SampledModel) in.readObject();
    }
    double[][] u = simulationUniforms(seed, f.inputs().size(), runs);
    double[] before = new double[runs];
    double[] after = new double[runs];
    f.evaluate(u, runs, before);
    copy.evaluate(u, runs, after);
    return new Travel(bytes.size(), before, after);
  }
}
