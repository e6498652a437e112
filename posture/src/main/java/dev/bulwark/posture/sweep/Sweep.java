package dev.bulwark.posture.sweep;

import java.io.Serializable;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Work cut into cells, each a pure function of its index and its random stream: cell {@code c}
 * of a sweep with seed {@code s} always draws from the stream {@link #stream(long, int)
 * stream(s, c)}, whatever runs it, so every executor gives the same results for the same seed.
 * A sweep is serializable so that an executor may ship it to other machines.
 *
 * @param <R> what a cell returns (serializable, for the same reason)
 */
public interface Sweep<R extends Serializable> extends Serializable {

  /** The number of cells. */
  int cells();

  /**
   * Runs one cell.
   *
   * @param cell the cell's index, 0 to {@link #cells()} − 1
   * @param random the cell's own stream ({@link #stream(long, int)})
   */
  R run(int cell, UniformRandomProvider random);

  /**
   * The random stream of a cell: {@code L64_X128_MIX} (Commons RNG) seeded with the pair
   * (sweep seed, cell index), which Commons RNG expands to the generator's state.
   */
  static UniformRandomProvider stream(long seed, int cell) {
    return RandomSource.L64_X128_MIX.create(new long[] {seed, cell});
  }
}
