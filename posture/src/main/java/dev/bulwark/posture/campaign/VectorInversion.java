package dev.bulwark.posture.campaign;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Triangular}'s inversion in vector lanes, shared by both theatres' vector steps: for the
 * uniforms u of consecutive replications, x = low + √(u × w_L) where u &lt; c, else x = high −
 * √((1 − u) × w_H), each lane with the operations of {@link Triangular#invert} in the same
 * order, so it gets the same bits. Each lane takes one square root, of the operand its branch
 * needs, chosen before the root is taken.
 *
 * <p>The vectors are 256 bits wide (4 lanes) wherever the CPU has them, as {@link VectorSteps}'
 * are. Loaded only when the JVM was started with {@code --add-modules jdk.incubator.vector}.
 */
final class VectorInversion {

  /** The species of both theatres' vector lanes. */
  static final VectorSpecies<Double> SPECIES =
      DoubleVector.SPECIES_PREFERRED.vectorBitSize() >= 256 ? DoubleVector.SPECIES_256
          : DoubleVector.SPECIES_PREFERRED;

  private VectorInversion() {}

  /**
   * Writes into {@code values} from index r the inversion of the {@link #SPECIES}'s length of
   * uniforms in {@code uniforms} from r, with the distribution's constants.
   */
  static void invert(double[] uniforms, int r, double low, double split, double lowerArea,
      double high, double upperArea, double[] values) {
    DoubleVector u = DoubleVector.fromArray(SPECIES, uniforms, r);
    VectorMask<Double> below = u.compare(VectorOperators.LT, split);
    // One square root a lane: of u × w_L below the mode's quantile, else of (1 − u) × w_H.
    DoubleVector root = DoubleVector.broadcast(SPECIES, 1.0).sub(u).mul(upperArea)
        .blend(u.mul(lowerArea), below).sqrt();
    DoubleVector.broadcast(SPECIES, high).sub(root).blend(root.add(low), below)
        .intoArray(values, r);
  }
}
