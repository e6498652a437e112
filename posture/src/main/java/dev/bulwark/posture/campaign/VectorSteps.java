package dev.bulwark.posture.campaign;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The hour-steps of {@link CampaignModel} with replications side by side in the CPU's vector
 * lanes (the Java Vector API, {@code jdk.incubator.vector}): the operations of {@link
 * ScalarSteps} in the same order, lane by lane, with no fused multiply-add, so every lane gets
 * the bits its replication gets alone.
 *
 * <p>Each lane carries its own replication and its own hour. When a lane's replication ends (its
 * objective falls, its offensive culminates or its horizon ends) the lane writes the hours and
 * takes the next replication of the block, so no lane idles while another runs long; a unit's
 * arrival is added in the lane where it falls due. The lanes step in segments: the state and
 * constants are loaded into registers from small per-lane arrays, stepped hour by hour until a
 * lane ends or a unit falls due, and stored back for the scalar work on that lane. Cost per hour
 * of 8 lanes: about 20 vector operations with one division and four tests.
 *
 * <p>Loaded only when the JVM was started with {@code --add-modules jdk.incubator.vector}
 * ({@link Lanes#fastest()}).
 */
final class VectorSteps {

  private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
  private static final int LANES = SPECIES.length();

  private final ReplicationBlock block;
  private final int axis;
  private final double[] out;
  private final double[] power;
  private final double[][] arrival;
  private final double goal;
  private final int horizon;
  private final double[] attacker = new double[LANES];
  private final double[] defender = new double[LANES];
  private final double[] peak = new double[LANES];
  private final double[] advance = new double[LANES];
  private final double[] hour = new double[LANES];
  private final double[] nextArrival = new double[LANES];
  private final double[] lossD = new double[LANES];
  private final double[] lossA = new double[LANES];
  private final double[] ratio = new double[LANES];
  private final double[] contact = new double[LANES];
  private final double[] road = new double[LANES];
  private final double[] keptD = new double[LANES];
  private final double[] stop = new double[LANES];
  private final int[] replication = new int[LANES];
  private final int[] nextUnit = new int[LANES];
  private int next;
  private int to;

  private VectorSteps(ReplicationBlock block, int axis, double[] out) {
    this.block = block;
    this.axis = axis;
    this.out = out;
    power = block.model.powers(axis);
    arrival = block.arrival[axis];
    goal = block.model.distance(axis);
    horizon = block.model.horizonHours();
  }

  /** The number of replications stepped side by side. */
  static int width() {
    return LANES;
  }

  /** Steps replications [from, to) of the block on one axis into {@code hours}. */
  static void run(ReplicationBlock block, int axis, int from, int to, double[] hours) {
    new VectorSteps(block, axis, hours).steps(from, to);
  }

  /**
   * Sets every replication of the block from its uniforms as {@link
   * CampaignSimulation.Draws#set} and {@link ReplicationBlock#set} do, lane by lane with the same
   * operations ({@code ⌊y⌋} of a non-negative y as its conversion to a whole number and back);
   * the replications beyond the last whole vector are set one at a time.
   */
  static void fill(ReplicationBlock block, CampaignSimulation.Draws draws, double[][] uniforms,
      double[][] values) {
    int r = 0;
    for (; r + LANES <= block.size(); r += LANES) {
      for (int k = 0; k < draws.slots().length; k++) {
        DoubleVector u = DoubleVector.fromArray(SPECIES, uniforms[k], r);
        DoubleVector lower = u.mul(draws.lowerArea()[k]).sqrt().add(draws.low()[k]);
        DoubleVector upper = DoubleVector.broadcast(SPECIES, draws.high()[k])
            .sub(DoubleVector.broadcast(SPECIES, 1.0).sub(u).mul(draws.upperArea()[k]).sqrt());
        upper.blend(lower, u.compare(VectorOperators.LT, draws.split()[k]))
            .intoArray(values[draws.slots()[k]], r);
      }
      constants(block, values, r);
    }
    double[] p = new double[CampaignModel.PARAMETERS.size()];
    for (; r < block.size(); r++) {
      draws.set(block, r, uniforms, p);
    }
  }

  /** {@link ReplicationBlock#set} for the lanes from r, the parameters in {@code values}. */
  private static void constants(ReplicationBlock block, double[][] values, int r) {
    DoubleVector kappaA = DoubleVector.fromArray(SPECIES, values[CampaignModel.KAPPA_A], r);
    DoubleVector q = DoubleVector.fromArray(SPECIES, values[CampaignModel.Q], r);
    kappaA.div(q.mul(CampaignModel.HOURS_PER_DAY)).intoArray(block.lossD, r);
    DoubleVector.fromArray(SPECIES, values[CampaignModel.KAPPA_D], r)
        .mul(DoubleVector.fromArray(SPECIES, values[CampaignModel.M_AIR], r))
        .div(CampaignModel.HOURS_PER_DAY).intoArray(block.lossA, r);
    kappaA.div(q.mul(DoubleVector.fromArray(SPECIES, values[CampaignModel.THETA_D], r)))
        .intoArray(block.ratio, r);
    System.arraycopy(values[CampaignModel.V_CONTACT], r, block.contact, r, LANES);
    System.arraycopy(values[CampaignModel.V_ROAD], r, block.road, r, LANES);
    DoubleVector one = DoubleVector.broadcast(SPECIES, 1.0);
    one.sub(DoubleVector.fromArray(SPECIES, values[CampaignModel.BETA_D], r))
        .intoArray(block.keptD, r);
    DoubleVector keptA = one.sub(DoubleVector.fromArray(SPECIES, values[CampaignModel.BETA_A], r));
    DoubleVector strength = DoubleVector.fromArray(SPECIES, values[CampaignModel.S_A], r);
    DoubleVector delay = DoubleVector.fromArray(SPECIES, values[CampaignModel.DELTA], r);
    for (int axis = 0; axis < block.arrival.length; axis++) {
      DoubleVector a0 = strength.mul(block.model.attackingForce(axis));
      a0.intoArray(block.attackerStart[axis], r);
      keptA.mul(a0).intoArray(block.attackerStop[axis], r);
      double[] days = block.model.arrivalDays(axis);
      for (int u = 0; u < days.length; u++) {
        ((DoubleVector) delay.mul(CampaignModel.HOURS_PER_DAY * days[u])
            .convert(VectorOperators.D2L, 0).convert(VectorOperators.L2D, 0))
            .intoArray(block.arrival[axis][u], r);
      }
    }
  }

  private void steps(int from, int to) {
    this.next = from;
    this.to = to;
    int live = 0;
    for (int lane = 0; lane < LANES; lane++) {
      live += take(lane) ? 1 : 0;
    }
    while (live > 0) {
      arrivals();
      live -= segment();
    }
  }

  /**
   * Steps every lane from the state arrays until, after some hour, a lane's replication ends or
   * one of its units falls due; stores the state back and returns how many lanes fell idle.
   * Within a segment the constants and the state stay in registers.
   */
  private int segment() {
    DoubleVector lossDs = lane(lossD);
    DoubleVector lossAs = lane(lossA);
    DoubleVector ratios = lane(ratio);
    DoubleVector contacts = lane(contact);
    DoubleVector roads = lane(road);
    DoubleVector keptDs = lane(keptD);
    DoubleVector stops = lane(stop);
    DoubleVector due = lane(nextArrival);
    DoubleVector h = lane(hour);
    DoubleVector d = lane(defender);
    DoubleVector a = lane(attacker);
    DoubleVector p = lane(peak);
    DoubleVector x = lane(advance);
    boolean ended;
    do {
      p = p.max(d);
      DoubleVector dropD = a.mul(lossDs);
      DoubleVector dropA = d.mul(lossAs);
      VectorMask<Double> broken = d.compare(VectorOperators.LE, p.mul(keptDs));
      DoubleVector rate = contacts.mul(a.mul(ratios).div(d).sub(1.0).max(0.0).min(1.0))
          .blend(roads, broken);
      x = x.add(rate);
      d = d.sub(dropD).max(0.0);
      a = a.sub(dropA).max(0.0);
      h = h.add(1.0);
      ended = x.compare(VectorOperators.GE, goal).anyTrue()
          || a.compare(VectorOperators.LE, stops).anyTrue()
          || h.compare(VectorOperators.GE, horizon).anyTrue();
    } while (!ended && !due.compare(VectorOperators.LE, h).anyTrue());
    p.intoArray(peak, 0);
    x.intoArray(advance, 0);
    d.intoArray(defender, 0);
    a.intoArray(attacker, 0);
    h.intoArray(hour, 0);
    return ended ? ends() : 0;
  }

  /** The lanes' values of one per-lane array. */
  private static DoubleVector lane(double[] values) {
    return DoubleVector.fromArray(SPECIES, values, 0);
  }

  /** Adds the units due in each lane, in order of arrival, as {@link ScalarSteps} does. */
  private void arrivals() {
    for (int lane = 0; lane < LANES; lane++) {
      if (nextArrival[lane] <= hour[lane]) {
        int r = replication[lane];
        int u = nextUnit[lane];
        while (u < power.length && arrival[u][r] <= hour[lane]) {
          defender[lane] = defender[lane] + power[u++];
        }
        nextUnit[lane] = u;
        nextArrival[lane] = u < power.length ? arrival[u][r] : Double.POSITIVE_INFINITY;
      }
    }
  }

  /**
   * Writes the hours of each lane whose replication ended this hour (reached: the hour; culminated
   * or at the horizon: {@code +∞}) and gives it the next one; returns how many lanes fell idle.
   */
  private int ends() {
    int idle = 0;
    for (int lane = 0; lane < LANES; lane++) {
      boolean reached = advance[lane] >= goal;
      if (replication[lane] >= 0
          && (reached || attacker[lane] <= stop[lane] || hour[lane] >= horizon)) {
        out[replication[lane]] = reached ? hour[lane] : Double.POSITIVE_INFINITY;
        idle += take(lane) ? 0 : 1;
      }
    }
    return idle;
  }

  /**
   * Puts the block's next replication in the lane; returns false, leaving the lane idle (no
   * replication, no advance, no losses, no hour), when there is none.
   */
  private boolean take(int lane) {
    if (next >= to) {
      replication[lane] = -1;
      lossD[lane] = 0;
      lossA[lane] = 0;
      attacker[lane] = 1;
      stop[lane] = 0;
      defender[lane] = 1;
      peak[lane] = 1;
      advance[lane] = Double.NEGATIVE_INFINITY;
      hour[lane] = Double.NEGATIVE_INFINITY;
      nextArrival[lane] = Double.POSITIVE_INFINITY;
      return false;
    }
    int r = next++;
    replication[lane] = r;
    attacker[lane] = block.attackerStart[axis][r];
    stop[lane] = block.attackerStop[axis][r];
    defender[lane] = 0;
    peak[lane] = 0;
    advance[lane] = 0;
    hour[lane] = 0;
    lossD[lane] = block.lossD[r];
    lossA[lane] = block.lossA[r];
    ratio[lane] = block.ratio[r];
    contact[lane] = block.contact[r];
    road[lane] = block.road[r];
    keptD[lane] = block.keptD[r];
    nextUnit[lane] = 0;
    nextArrival[lane] = power.length > 0 ? arrival[0][r] : Double.POSITIVE_INFINITY;
    return true;
  }
}
