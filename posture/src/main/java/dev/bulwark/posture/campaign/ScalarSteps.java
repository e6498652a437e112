package dev.bulwark.posture.campaign;

/**
 * The hour-steps of {@link CampaignModel}, one replication at a time: the reference arithmetic,
 * which {@link VectorSteps} repeats operation for operation in vector lanes. Each replication
 * stops at the hour its objective falls or its offensive culminates. Every max and min is a
 * comparison and a choice, as the lanes' blends are (docs/campaign-model.md, section 3.1).
 */
final class ScalarSteps {

  private ScalarSteps() {}

  /** Steps replications [from, to) of the block on one axis into {@code hours}. */
  static void run(ReplicationBlock block, int axis, int from, int to, double[] hours) {
    for (int r = from; r < to; r++) {
      hours[r] = hours(block, axis, r);
    }
  }

  /**
   * Steps replication r of the block on one axis.
   *
   * @return the hour the objective is reached, or {@code +∞} if it holds to the horizon
   */
  static double hours(ReplicationBlock block, int axis, int r) {
    CampaignModel model = block.model;
    double[] power = model.powers(axis);
    double[][] arrival = block.arrival[axis];
    double goal = model.distance(axis);
    double lossD = block.lossD[r];
    double lossA = block.lossA[r];
    double ratio = block.ratio[r];
    double contact = block.contact[r];
    double road = block.road[r];
    double keptD = block.keptD[r];
    double stop = block.attackerStop[axis][r];
    double a = block.attackerStart[axis][r];
    double d = 0;
    double peak = 0;
    double x = 0;
    int next = 0;
    for (int h = 0; h < model.horizonHours(); h++) {
      while (next < power.length && arrival[next][r] <= h) {
        d = d + power[next++];
      }
      peak = d <= peak ? peak : d;
      double dropD = a * lossD;
      double dropA = d * lossA;
      double excess = a * ratio / d - 1;
      excess = excess <= 0 ? 0 : excess;
      excess = excess >= 1 ? 1 : excess;
      x = x + (d <= peak * keptD ? road : contact * excess);
      d = d - dropD;
      d = d <= 0 ? 0 : d;
      a = a - dropA;
      a = a <= 0 ? 0 : a;
      if (x >= goal) {
        return h + 1;
      }
      if (a <= stop) {
        return Double.POSITIVE_INFINITY;
      }
    }
    return Double.POSITIVE_INFINITY;
  }
}
