package dev.bulwark.posture.campaign;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The hour-steps of {@link CampaignModel} with replications side by side in the CPU's vector
 * lanes (the Java Vector API, {@code jdk.incubator.vector}): the operations of {@link
 * ScalarSteps} in the same order, lane by lane, with no fused multiply-add, each max and min as
 * the comparison and choice the scalar steps make, so every lane gets the bits its replication
 * gets alone.
 *
 * <p>The lanes of a group (as many consecutive replications of the block as a vector holds)
 * step their hours together, with the constants and the state in registers, until every lane's
 * replication has ended or the horizon comes. A lane whose replication ends (its objective falls
 * or its offensive culminates) writes its hour and steps on inert: its advance and its stop
 * become {@code −∞}, which never reach the goal nor the stop. A unit joins, in order of arrival
 * day, as a masked addition of its power in the lanes whose arrival hour is the hour, which is
 * the scalar's {@code D + power} where it falls due and leaves D alone elsewhere; a unit is
 * tested only from the earliest to the latest of its arrival hours in the group. No vector
 * operation sits on a rarely taken path, where the compiler might not inline it and would then
 * box the vectors. The replications beyond the last whole group are stepped by {@link
 * ScalarSteps}. Cost per hour of a group: about 30 vector operations with one division, plus a
 * comparison and a masked addition per unit being tested; a group costs as many hours as its
 * longest replication (for baltic-2016, 147 hours per replication in groups of four and 161 in
 * groups of eight, against 123 alone).
 *
 * <p>The vectors are {@link VectorInversion#SPECIES}'s: 256 bits (4 lanes) before Java 25, the
 * CPU's widest from it, as measured there.
 *
 * <p>Loaded only when the JVM was started with {@code --add-modules jdk.incubator.vector}
 * ({@link Lanes#fastest()}).
 */
final class VectorSteps {

  private static final VectorSpecies<Double> SPECIES = VectorInversion.SPECIES;
  private static final int LANES = SPECIES.length();

  private VectorSteps() {}

  /** The number of replications stepped side by side. */
  static int width() {
    return LANES;
  }

  /** Steps replications [from, to) of the block on one axis into {@code hours}. */
  static void run(ReplicationBlock block, int axis, int from, int to, double[] hours) {
    double[][] arrival = block.arrival[axis];
    double[] earliest = new double[arrival.length];
    double[] latest = new double[arrival.length];
    int r = from;
    for (; r + LANES <= to; r += LANES) {
      for (int u = 0; u < arrival.length; u++) {
        earliest[u] = arrival[u][r];
        latest[u] = arrival[u][r];
        for (int lane = r + 1; lane < r + LANES; lane++) {
          earliest[u] = Math.min(earliest[u], arrival[u][lane]);
          latest[u] = Math.max(latest[u], arrival[u][lane]);
        }
      }
      group(block, axis, r, hours, earliest, latest);
    }
    for (; r < to; r++) {
      hours[r] = ScalarSteps.hours(block, axis, r);
    }
  }

  /**
   * Steps the group of replications from r on one axis into {@code hours}; unit u falls due in
   * some lane only in the hours from {@code earliest[u]} to {@code latest[u]}.
   */
  private static void group(ReplicationBlock block, int axis, int r, double[] hours,
      double[] earliest, double[] latest) {
    CampaignModel model = block.model;
    double[] power = model.powers(axis);
    double[][] arrival = block.arrival[axis];
    DoubleVector goal = DoubleVector.broadcast(SPECIES, model.distance(axis));
    int horizon = model.horizonHours();
    DoubleVector lossD = DoubleVector.fromArray(SPECIES, block.lossD, r);
    DoubleVector lossA = DoubleVector.fromArray(SPECIES, block.lossA, r);
    DoubleVector ratio = DoubleVector.fromArray(SPECIES, block.ratio, r);
    DoubleVector contact = DoubleVector.fromArray(SPECIES, block.contact, r);
    DoubleVector road = DoubleVector.fromArray(SPECIES, block.road, r);
    DoubleVector keptD = DoubleVector.fromArray(SPECIES, block.keptD, r);
    DoubleVector stop = DoubleVector.fromArray(SPECIES, block.attackerStop[axis], r);
    DoubleVector a = DoubleVector.fromArray(SPECIES, block.attackerStart[axis], r);
    // Constants as vectors, so that each operation below is one call for the compiler to inline.
    DoubleVector zero = DoubleVector.zero(SPECIES);
    DoubleVector one = DoubleVector.broadcast(SPECIES, 1.0);
    DoubleVector d = zero;
    DoubleVector p = zero;
    DoubleVector x = zero;
    DoubleVector never = DoubleVector.broadcast(SPECIES, Double.NEGATIVE_INFINITY);
    DoubleVector out = DoubleVector.broadcast(SPECIES, Double.POSITIVE_INFINITY);
    int first = 0;
    int after = 0;
    for (int h = 0; h < horizon; h++) {
      // The units that fall due in some lane at this hour, added where they do, in order.
      while (first < power.length && latest[first] < h) {
        first++;
      }
      while (after < power.length && earliest[after] <= h) {
        after++;
      }
      DoubleVector hour = DoubleVector.broadcast(SPECIES, (double) h);
      for (int u = first; u < after; u++) {
        d = d.blend(d.add(power[u]),
            DoubleVector.fromArray(SPECIES, arrival[u], r).compare(VectorOperators.EQ, hour));
      }
      p = d.blend(p, d.compare(VectorOperators.LE, p));
      DoubleVector dropD = a.mul(lossD);
      DoubleVector dropA = d.mul(lossA);
      VectorMask<Double> broken = d.compare(VectorOperators.LE, p.mul(keptD));
      DoubleVector excess = a.mul(ratio).div(d).sub(one);
      excess = excess.blend(zero, excess.compare(VectorOperators.LE, zero));
      excess = excess.blend(one, excess.compare(VectorOperators.GE, one));
      x = x.add(contact.mul(excess).blend(road, broken));
      d = d.sub(dropD);
      d = d.blend(zero, d.compare(VectorOperators.LE, zero));
      a = a.sub(dropA);
      a = a.blend(zero, a.compare(VectorOperators.LE, zero));
      // A lane whose replication ends writes its hour and steps on inert: an advance of -∞
      // never reaches the goal, a stop of -∞ is never reached.
      VectorMask<Double> reached = x.compare(VectorOperators.GE, goal);
      VectorMask<Double> ended = reached.or(a.compare(VectorOperators.LE, stop));
      out = out.blend(DoubleVector.broadcast(SPECIES, (double) (h + 1)), reached);
      x = x.blend(never, ended);
      stop = stop.blend(never, ended);
      if (stop.compare(VectorOperators.EQ, never).allTrue()) {
        break;
      }
    }
    out.intoArray(hours, r);
  }

  /**
   * Sets every replication of the block from its uniforms as {@link
   * CampaignSimulation.Draws#set} and {@link ReplicationBlock#set} do, lane by lane with the same
   * operations, the arrival hours one lane at a time ({@link CampaignModel#arrivalHour}); the
   * replications beyond the last whole vector are set one at a time.
   */
  static void fill(ReplicationBlock block, CampaignSimulation.Draws draws, double[][] uniforms,
      double[][] values) {
    int r = 0;
    for (; r + LANES <= block.size(); r += LANES) {
      for (int k = 0; k < draws.slots().length; k++) {
        VectorInversion.invert(uniforms[k], r, draws.low()[k], draws.split()[k],
            draws.lowerArea()[k], draws.high()[k], draws.upperArea()[k],
            values[draws.slots()[k]]);
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
    double[] delay = values[CampaignModel.DELTA];
    for (int axis = 0; axis < block.arrival.length; axis++) {
      DoubleVector a0 = strength.mul(block.model.attackingForce(axis));
      a0.intoArray(block.attackerStart[axis], r);
      keptA.mul(a0).intoArray(block.attackerStop[axis], r);
      double[] days = block.model.arrivalDays(axis);
      for (int u = 0; u < days.length; u++) {
        double[] hours = block.arrival[axis][u];
        for (int lane = r; lane < r + LANES; lane++) {
          hours[lane] = CampaignModel.arrivalHour(days[u], delay[lane]);
        }
      }
    }
  }
}
