package dev.bulwark.posture.campaign;

/**
 * The inputs of a block of replications of one {@link CampaignModel}, as a structure of arrays:
 * per replication r, the constants of its parameter values computed once, so that an hour-step
 * costs one division; per axis, each unit's arrival hour. Filled by {@link #set}, read by the
 * hour-steps ({@link ScalarSteps}, {@link VectorSteps}), which must not write it.
 *
 * <p>From the parameter values of replication r (κ_A, κ_D, q, θ_D, v_C, v_R, β_A, β_D, s_A, δ,
 * m), each product in this order:
 * <ul>
 *   <li>λ_D = κ_A / (24 × q), the defender's loss per hour per unit of A;
 *   <li>λ_A = (κ_D × m) / 24, the attacker's loss per hour per unit of D;
 *   <li>ρ = κ_A / (q × θ_D), so that (a − θ_D) / θ_D = (A × ρ) / D − 1;
 *   <li>k_D = 1 − β_D; and per axis A₀ = (attacking force) × s_A, A_stop = (1 − β_A) × A₀;
 *   <li>each unit's arrival hour ⌊(24 × day) × δ⌋, as a double.
 * </ul>
 */
final class ReplicationBlock {

  final CampaignModel model;
  final int capacity;
  final double[] lossD;
  final double[] lossA;
  final double[] ratio;
  final double[] contact;
  final double[] road;
  final double[] keptD;
  /** A₀ by axis then replication. */
  final double[][] attackerStart;
  /** A_stop by axis then replication. */
  final double[][] attackerStop;
  /** Arrival hours by axis, then unit (in order of arrival day), then replication. */
  final double[][][] arrival;
  private int size;

  ReplicationBlock(CampaignModel model, int capacity) {
    this.model = model;
    this.capacity = capacity;
    lossD = new double[capacity];
    lossA = new double[capacity];
    ratio = new double[capacity];
    contact = new double[capacity];
    road = new double[capacity];
    keptD = new double[capacity];
    int axes = model.axes();
    attackerStart = new double[axes][capacity];
    attackerStop = new double[axes][capacity];
    arrival = new double[axes][][];
    for (int axis = 0; axis < axes; axis++) {
      arrival[axis] = new double[model.arrivalDays(axis).length][capacity];
    }
  }

  /** The number of replications set. */
  int size() {
    return size;
  }

  /** Starts a new block of {@code size} replications (at most the capacity). */
  void resize(int size) {
    this.size = size;
  }

  /** Sets replication r from its parameter values {@code p}, indexed by the model's slots. */
  void set(int r, double[] p) {
    double kappaA = p[CampaignModel.KAPPA_A];
    double q = p[CampaignModel.Q];
    lossD[r] = kappaA / (CampaignModel.HOURS_PER_DAY * q);
    lossA[r] = p[CampaignModel.KAPPA_D] * p[CampaignModel.M_AIR] / CampaignModel.HOURS_PER_DAY;
    ratio[r] = kappaA / (q * p[CampaignModel.THETA_D]);
    contact[r] = p[CampaignModel.V_CONTACT];
    road[r] = p[CampaignModel.V_ROAD];
    keptD[r] = 1 - p[CampaignModel.BETA_D];
    double keptA = 1 - p[CampaignModel.BETA_A];
    double strength = p[CampaignModel.S_A];
    double delay = p[CampaignModel.DELTA];
    for (int axis = 0; axis < arrival.length; axis++) {
      double a0 = model.attackingForce(axis) * strength;
      attackerStart[axis][r] = a0;
      attackerStop[axis][r] = keptA * a0;
      double[] days = model.arrivalDays(axis);
      for (int u = 0; u < days.length; u++) {
        arrival[axis][u][r] = CampaignModel.arrivalHour(days[u], delay);
      }
    }
  }
}
