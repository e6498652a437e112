package dev.bulwark.posture.campaign;

import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.rng.SplittableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The random streams and threads every campaign runner shares ({@link CampaignSimulation},
 * {@link StraitSimulation}): one stream per block of replications, split in order from
 * {@code RandomSource.L64_X128_MIX} seeded with the seed, so block b uses stream b whatever
 * thread runs it and the same seed gives the same answer on any number of threads.
 */
final class Streams {

  private Streams() {}

  /** The streams of {@code blocks} blocks, in block order. */
  static List<SplittableUniformRandomProvider> perBlock(long seed, int blocks) {
    SplittableUniformRandomProvider root =
        (SplittableUniformRandomProvider) RandomSource.L64_X128_MIX.create(seed);
    return root.splits(blocks).toList();
  }

  /**
   * Draws the uniforms of {@code count} replications into the rows, one row per parameter:
   * replication by replication, each its row's uniform in row order, so a block drawn a chunk at
   * a time consumes its stream as one drawn whole.
   */
  static void draw(UniformRandomProvider random, double[][] rows, int count) {
    for (int r = 0; r < count; r++) {
      for (double[] row : rows) {
        row[r] = random.nextDouble();
      }
    }
  }

  /** The work in parallel when there is more than one thread. */
  static IntStream onThreads(int threads, IntStream work) {
    return threads > 1 ? work.parallel() : work;
  }
}
