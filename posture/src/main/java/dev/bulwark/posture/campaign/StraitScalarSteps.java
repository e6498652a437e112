package dev.bulwark.posture.campaign;

/**
 * The day-steps of {@link StraitModel}, one replication at a time: the reference arithmetic,
 * which {@link StraitVectorSteps} repeats operation for operation in vector lanes. Every max and
 * min is a comparison and a choice, as the lanes' blends are; a wave day is {@code w × T_w < t +
 * 1}, which is {@code ⌊w × T_w⌋ ≤ t} without the floor. Each replication stops on the day it is
 * decided and writes its ends into the block (docs/taiwan-model.md, sections 3 and 7).
 */
final class StraitScalarSteps {

  private StraitScalarSteps() {}

  /** Steps replications [from, to) of the block. */
  static void run(StraitBlock block, int from, int to) {
    double[] stock = new double[block.model.launchers()];
    for (int r = from; r < to; r++) {
      step(block, r, stock);
    }
  }

  /** Steps replication r of the block; {@code stock} is scratch of a stock per launcher. */
  private static void step(StraitBlock block, int r, double[] stock) {
    final StraitModel model = block.model;
    final double[][] c = block.constants;
    final double kappaA = c[StraitBlock.KAPPA_A][r];
    final double kappaCutOff = c[StraitBlock.KAPPA_A_CUT_OFF][r];
    final double q = c[StraitBlock.Q][r];
    final double qSpent = c[StraitBlock.Q_SPENT][r];
    final double theta = c[StraitBlock.THETA][r];
    final double keptA = c[StraitBlock.KEPT_A][r];
    final double keptD = c[StraitBlock.KEPT_D][r];
    final double stockDays = c[StraitBlock.STOCK_DAYS][r];
    final double kappaD = c[StraitBlock.KAPPA_D][r];
    final double air = c[StraitBlock.AIR][r];
    final double unsuppliedFire = c[StraitBlock.UNSUPPLIED_FIRE][r];
    final double brigadePower = c[StraitBlock.BRIGADE_POWER][r];
    final double load = c[StraitBlock.LOAD][r];
    final double interval = c[StraitBlock.INTERVAL][r];
    final double phi = c[StraitBlock.TARGETING][r];
    final double supplied0 = c[StraitBlock.SUPPLIED][r];
    final double unsuppliedAttrition = c[StraitBlock.UNSUPPLIED_ATTRITION][r];
    final double vContact = c[StraitBlock.CONTACT][r];
    final double vRoad = c[StraitBlock.ROAD][r];
    final double campaignDays = c[StraitBlock.CAMPAIGN_DAYS][r];
    final double far = c[StraitBlock.FAR][r];
    final double keptJ = c[StraitBlock.KEPT_J][r];
    final double keptG = c[StraitBlock.KEPT_G][r];
    final double keptS = c[StraitBlock.KEPT_S][r];
    final double keptU = c[StraitBlock.KEPT_U][r];
    final double keptC = c[StraitBlock.KEPT_C][r];
    final double keptT = c[StraitBlock.KEPT_T][r];
    final double distance = model.distance();
    final double[][] join = block.join;
    final double[][] gain = block.gain;
    final double[][] pk = block.pk;
    for (int j = 0; j < stock.length; j++) {
      stock[j] = model.inventory(j);
    }
    double amphibious = c[StraitBlock.AMPHIBIOUS][r];
    double roro = c[StraitBlock.RORO][r];
    double escorts = c[StraitBlock.ESCORTS][r];
    double sJ = 1;
    double sG = 1;
    double sS = 1;
    double sU = 1;
    double sC = 1;
    double sT = 1;
    double a = c[StraitBlock.LODGEMENT][r];
    double peakA = a;
    double landed = a;
    double d = 0;
    double peakD = 0;
    double x = 0;
    double atSea = 0;
    double lostAshore = 0;
    double lostD = 0;
    double liftLost = 0;
    double escortsLost = 0;
    double fired = 0;
    int unit = 0;
    double wave = 0;
    double nextWave = 0;
    int outcome = StraitOutcome.STALEMATE.ordinal();
    int day = model.horizonDays();
    for (int t = 0; t < model.horizonDays(); t++) {
      while (unit < join.length && join[unit][r] <= t) {
        d = d + gain[unit++][r];
      }
      peakD = d <= peakD ? peakD : d;
      if (t < campaignDays) {
        sJ = sJ * keptJ;
        sG = sG * keptG;
      }
      sS = sS * keptS;
      sU = sU * keptU;
      sC = sC * keptC;
      sT = sT * keptT;
      double hits = 0;
      for (int j : model.firing(t)) {
        double available = switch (model.basing(j)) {
          case JAPAN -> sJ * far;
          case DISTANT -> sG;
          case SURFACE -> sS;
          case SUBMARINE -> sU;
          case TAIWAN -> sJ;
        };
        double salvo = model.salvo(j) * available;
        double rounds = stock[j] <= salvo ? stock[j] : salvo;
        stock[j] = stock[j] - rounds;
        fired = fired + rounds;
        hits = hits + rounds * pk[j][r];
      }
      double lift = amphibious + roro;
      boolean waveDay = nextWave < t + 1;
      double sailing = waveDay ? amphibious + (wave > 0 && a > 0 ? roro : 0) : 0;
      double aimed = phi * hits;
      double killL = lift <= aimed ? lift : aimed;
      double rest = hits - killL;
      double killE = escorts <= rest ? escorts : rest;
      if (lift > 0) {
        double kept = (lift - killL) / lift;
        atSea = atSea + killL * (sailing / lift) * load;
        amphibious = amphibious * kept;
        roro = roro * kept;
        sailing = sailing * kept;
      }
      escorts = escorts - killE;
      liftLost = liftLost + killL;
      escortsLost = escortsLost + killE;
      if (waveDay) {
        double power = sailing * load * brigadePower;
        a = a + power;
        landed = landed + power;
        wave = wave + 1;
        nextWave = wave * interval;
      }
      peakA = a <= peakA ? peakA : a;
      boolean supplied = amphibious + roro >= supplied0;
      if (a > 0) {
        boolean stocked = t < stockDays;
        double lossD = (supplied ? kappaA : kappaCutOff) * a / (stocked ? q : qSpent);
        // Taiwan's fire κ_D × (m + Δm_t), cut by f_u once its stocks are spent.
        double fight = kappaD * (air + model.airJoined(t));
        double fireD = (stocked ? fight : fight * unsuppliedFire) * d;
        // Cut off, the lodgement goes over to the defence: it does not advance, Taiwan's fire on
        // it meets the defence multiplier, and it wears away only while Taiwan presses it.
        double lossA = supplied ? fireD
            : fireD / q + (stocked ? unsuppliedAttrition * a : 0);
        if (supplied) {
          double excess = lossD / (theta * d) - 1;
          excess = excess <= 0 ? 0 : excess;
          excess = excess >= 1 ? 1 : excess;
          x = x + (d <= peakD * keptD ? vRoad : vContact * excess);
        }
        double dAfter = d - lossD;
        dAfter = dAfter <= 0 ? 0 : dAfter;
        lostD = lostD + (d - dAfter);
        d = dAfter;
        double aAfter = a - lossA;
        aAfter = aAfter <= 0 ? 0 : aAfter;
        lostAshore = lostAshore + (a - aAfter);
        a = aAfter;
      }
      if (x >= distance) {
        outcome = StraitOutcome.CAPITAL_TAKEN.ordinal();
        day = t + 1;
        break;
      }
      if (!supplied && a <= peakA * keptA) {
        outcome = StraitOutcome.INVASION_DEFEATED.ordinal();
        day = t + 1;
        break;
      }
    }
    double[][] e = block.ends;
    e[StraitBlock.OUTCOME][r] = outcome;
    e[StraitBlock.DAY][r] = day;
    e[StraitBlock.LIFT_LOST][r] = liftLost;
    e[StraitBlock.ESCORTS_LOST][r] = escortsLost;
    e[StraitBlock.AT_SEA][r] = atSea;
    e[StraitBlock.LOST_ASHORE][r] = lostAshore;
    e[StraitBlock.A][r] = a;
    e[StraitBlock.LANDED][r] = landed;
    e[StraitBlock.LOST_D][r] = lostD;
    e[StraitBlock.FIRED][r] = fired;
    e[StraitBlock.S_J][r] = sJ;
    e[StraitBlock.S_G][r] = sG;
    e[StraitBlock.S_S][r] = sS;
    e[StraitBlock.S_C][r] = sC;
    e[StraitBlock.S_T][r] = sT;
  }
}
