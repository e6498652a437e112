package dev.bulwark.posture.campaign;

/**
 * What a share of the replications of one case came to: per objective (each axis, then the
 * first to fall) the count at each hour ({@link HourCounts}), and how many had each
 * reinforcement, and all of them, arrive before the first objective fell. Tallies of disjoint
 * replications add up exactly, in any order, so the total does not depend on the threads.
 */
final class Tally {

  private final int[][] hours;
  private final int[] arrived;

  Tally(CampaignModel model) {
    hours = new int[model.axes() + 1][model.horizonHours() + 2];
    arrived = new int[model.reinforcements().size() + 1];
  }

  /** Counts the block's replications, whose hours to each axis's objective are given. */
  void count(ReplicationBlock block, double[][] axisHours) {
    int axes = axisHours.length;
    int held = hours[0].length - 1;
    int[][] places = block.model.reinforcementPlaces();
    for (int r = 0; r < block.size(); r++) {
      double first = Double.POSITIVE_INFINITY;
      for (int axis = 0; axis < axes; axis++) {
        double t = axisHours[axis][r];
        hours[axis][t == Double.POSITIVE_INFINITY ? held : (int) t]++;
        first = Math.min(first, t);
      }
      hours[axes][first == Double.POSITIVE_INFINITY ? held : (int) first]++;
      int inTime = 0;
      for (int i = 0; i < places.length; i++) {
        if (block.arrival[places[i][0]][places[i][1]][r] < first) {
          arrived[i]++;
          inTime++;
        }
      }
      if (inTime == places.length) {
        arrived[places.length]++;
      }
    }
  }

  /** Adds another tally of the same case. */
  void add(Tally other) {
    for (int i = 0; i < hours.length; i++) {
      for (int h = 0; h < hours[i].length; h++) {
        hours[i][h] += other.hours[i][h];
      }
    }
    for (int i = 0; i < arrived.length; i++) {
      arrived[i] += other.arrived[i];
    }
  }

  /** The counts by hour of objective i: an axis, or (last) the first to fall. */
  HourCounts objective(int i) {
    return new HourCounts(hours[i]);
  }

  /** How many had reinforcement i arrive in time, or (i = their number) all of them. */
  int arrived(int i) {
    return arrived[i];
  }
}
