package dev.bulwark.posture.campaign;

import java.util.Arrays;

/**
 * How many replications reached an objective at each hour 1 to H, and how many held it (index
 * H + 1, standing for {@code +∞}). Hours to an objective are whole hours, so these counts are
 * the sorted sample itself: quantiles and shares read from them are those of the sorted times,
 * with no sort and in memory independent of the number of runs.
 */
final class HourCounts {

  private final long[] atOrBefore;

  /** Reads {@code counts}, indexed by hour with the held at index H + 1; keeps no reference. */
  HourCounts(int[] counts) {
    atOrBefore = new long[counts.length];
    long sum = 0;
    for (int i = 0; i < counts.length; i++) {
      sum += counts[i];
      atOrBefore[i] = sum;
    }
  }

  /** The number of replications. */
  long total() {
    return atOrBefore[atOrBefore.length - 1];
  }

  /** The number of replications in which the objective was reached within the horizon. */
  long reached() {
    return atOrBefore[atOrBefore.length - 2];
  }

  /**
   * The number of replications in which the objective had not fallen by {@code hour}; from the
   * horizon H on, those that held it.
   */
  long beyond(int hour) {
    return total() - atOrBefore[Math.min(hour, atOrBefore.length - 2)];
  }

  /** The i-th smallest time (from 0), {@code +∞} for a replication that held. */
  double sorted(int i) {
    int index = Arrays.binarySearch(atOrBefore, i + 1L);
    if (index < 0) {
      index = -index - 1;
    } else {
      while (index > 0 && atOrBefore[index - 1] == i + 1L) {
        index--;
      }
    }
    return index == atOrBefore.length - 1 ? Double.POSITIVE_INFINITY : index;
  }
}
