package dev.bulwark.posture.sweep;

import dev.bulwark.posture.campaign.ProgressListener;
import java.io.Serializable;
import java.util.List;

/** Runs the cells of a sweep somewhere: on this machine's cores, or on a cluster. */
public interface SweepExecutor {

  /**
   * Runs every cell of the sweep, each on its own stream ({@link Sweep#stream}).
   *
   * @param progress told how many cells are done, of the sweep's cells
   * @return the cells' results, in the order of the cells
   */
  <R extends Serializable> List<R> run(Sweep<R> sweep, long seed, ProgressListener progress);
}
