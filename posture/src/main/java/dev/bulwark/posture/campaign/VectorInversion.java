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
 * <p>Loaded only when the JVM was started with {@code --add-modules jdk.incubator.vector}.
 */
final class VectorInversion {

  /**
   * The first Java release whose vector lanes are given the CPU's widest vectors: measured on
   * Zen 5 with AVX-512 (JMH {@code CampaignBenchmark}, one thread), a million Baltic replications
   * took 363 ms in 512-bit lanes against 308 ms in 256-bit lanes under Java 17, and 236 ms
   * against 349 ms under Java 25; the strait's took the same time in either under Java 25.
   */
  static final int WIDEST_FROM = 25;

  /**
   * The species of both theatres' vector lanes: the JVM's preferred (the CPU's widest vectors)
   * from Java {@value #WIDEST_FROM}; before it, 256 bits (4 lanes) wherever the CPU has them.
   * Each lane gets its replication's bits whatever the width.
   */
  static final VectorSpecies<Double> SPECIES =
      Runtime.version().feature() >= WIDEST_FROM
          || DoubleVector.SPECIES_PREFERRED.vectorBitSize() < 256 ? DoubleVector.SPECIES_PREFERRED
          : DoubleVector.SPECIES_256;

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
