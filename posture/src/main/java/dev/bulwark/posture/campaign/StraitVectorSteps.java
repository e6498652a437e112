package dev.bulwark.posture.campaign;

import java.util.Arrays;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The day-steps of {@link StraitModel} with replications side by side in the CPU's vector lanes
 * (the Java Vector API, {@code jdk.incubator.vector}): the operations of {@link
 * StraitScalarSteps} in the same order, lane by lane, with no fused multiply-add, each max and min
 * as the comparison and choice the scalar steps make, so every lane gets the bits its replication
 * gets alone.
 *
 * <p>The lanes of a group (as many consecutive replications of the block as a vector holds, 4 in
 * 256 bits, 8 in 512) step their days together until every lane's replication is decided or the
 * horizon comes. The launchers' firing days are the same in every lane, so a launcher fires in all
 * lanes or none; every per-lane branch of the scalar steps (the strikes on bases before D_m, the
 * wave day, the roll-on ships sailing, the ships afloat, the lodgement alive, supplied, Taiwan's
 * stocks) is both sides computed and a blend. A unit joins, in order of arrival day, as a masked
 * addition of its gain in the lanes whose join day is the day, which is the scalar's {@code D +
 * gain} where it falls due and leaves D alone elsewhere; a unit is tested only from the earliest to
 * the latest of its join days in the group. On the day a lane is decided its outcome, its day and
 * the state its losses are read from are kept (blended into the ends, on the days some lane is
 * decided); the lane steps on, and what it computes after is never read. The replications beyond
 * the last whole group are stepped by {@link StraitScalarSteps}.
 *
 * <p>A group's state lives in a small scratch array, a row of lanes per variable, and each step
 * of the day (section 3's steps 1, 2, 3, 4, 5–6, 7 in two, 8) is its own method that loads the
 * rows it reads and stores those it changes: a method for the whole day is too large for the JIT
 * compilers (C1 gives up on it, so C2 is never asked), and every vector operation is a direct
 * call of the Vector API (whose methods are always inlined), never of a small helper of ours,
 * which C2 may stop inlining in a large method and then box the vectors it passes. Cost per day
 * of a group: about 100 vector operations with five divisions, plus six per launcher firing and
 * two per unit being tested, and the loads and stores of the rows; a group costs as many days
 * as its longest replication (for taiwan-2026, 15.2 days per group of four against 12.4 per
 * replication).
 *
 * <p>Loaded only when the JVM was started with {@code --add-modules jdk.incubator.vector}
 * ({@link Lanes#fastest()}).
 */
final class StraitVectorSteps {

  private static final VectorSpecies<Double> SPECIES = VectorInversion.SPECIES;
  private static final int LANES = SPECIES.length();

  private StraitVectorSteps() {}

  /**
   * Inverts the uniforms (a row per drawn parameter) of the block's whole groups into {@code
   * values} (a row per slot), as {@link StraitSimulation.Draws#invert} does one at a time.
   *
   * @return the first replication not inverted (the scalar tail's)
   */
  static int invert(
      StraitSimulation.Draws draws, double[][] uniforms, int size, double[][] values) {
    int whole = size - size % LANES;
    for (int k = 0; k < draws.slots().length; k++) {
      double[] row = values[draws.slots()[k]];
      for (int r = 0; r < whole; r += LANES) {
        VectorInversion.invert(
            uniforms[k],
            r,
            draws.low()[k],
            draws.split()[k],
            draws.lowerArea()[k],
            draws.high()[k],
            draws.upperArea()[k],
            row);
      }
    }
    return whole;
  }

  /** Steps replications [from, to) of the block. */
  static void run(StraitBlock block, int from, int to) {
    StraitModel model = block.model;
    double[] state = new double[(STATE + model.launchers()) * LANES];
    double[] earliest = new double[model.units()];
    double[] latest = new double[model.units()];
    int r = from;
    for (; r + LANES <= to; r += LANES) {
      for (int u = 0; u < earliest.length; u++) {
        double[] join = block.join[u];
        earliest[u] = join[r];
        latest[u] = join[r];
        for (int lane = r + 1; lane < r + LANES; lane++) {
          earliest[u] = Math.min(earliest[u], join[lane]);
          latest[u] = Math.max(latest[u], join[lane]);
        }
      }
      group(block, r, state, earliest, latest);
    }
    StraitScalarSteps.run(block, r, to);
  }

  // The state of a group, a row of lanes each in the scratch, then each launcher's stock.
  private static final int SJ = 0;
  private static final int SG = 1;
  private static final int SS = 2;
  private static final int SU = 3;
  private static final int SC = 4;
  private static final int ST = 5;
  private static final int FIRED = 6;
  private static final int HITS = 7;
  private static final int AMPHIBIOUS = 8;
  private static final int RORO = 9;
  private static final int ESCORTS = 10;
  private static final int AT_SEA = 11;
  private static final int LIFT_LOST = 12;
  private static final int ESCORTS_LOST = 13;
  private static final int A = 14;
  private static final int LANDED = 15;
  private static final int PEAK_A = 16;
  private static final int WAVE = 17;
  private static final int NEXT_WAVE = 18;
  private static final int D = 19;
  private static final int PEAK_D = 20;
  private static final int X = 21;
  private static final int LOST_D = 22;
  private static final int LOST_ASHORE = 23;
  private static final int SUPPLIED = 24;

  /** Each basing's availability today, by its ordinal from here. */
  private static final int AVAILABLE = 25;

  private static final int SAILING = AVAILABLE + 5;
  private static final int LOSS_D = SAILING + 1;
  private static final int LOSS_A = LOSS_D + 1;
  private static final int KEPT = LOSS_A + 1;
  private static final int STATE = KEPT + 1;

  /** The availabilities worn down every day, each with its daily survival's constant row. */
  private static final int[][] DAILY = {
    {SS, StraitBlock.KEPT_S}, {SU, StraitBlock.KEPT_U}, {SC, StraitBlock.KEPT_C},
    {ST, StraitBlock.KEPT_T}
  };

  /** The end rows read from state rows, in pairs. */
  private static final int[] ENDS = {
    StraitBlock.LIFT_LOST,
    LIFT_LOST,
    StraitBlock.ESCORTS_LOST,
    ESCORTS_LOST,
    StraitBlock.AT_SEA,
    AT_SEA,
    StraitBlock.LOST_ASHORE,
    LOST_ASHORE,
    StraitBlock.A,
    A,
    StraitBlock.LANDED,
    LANDED,
    StraitBlock.LOST_D,
    LOST_D,
    StraitBlock.FIRED,
    FIRED,
    StraitBlock.S_J,
    SJ,
    StraitBlock.S_G,
    SG,
    StraitBlock.S_S,
    SS,
    StraitBlock.S_C,
    SC,
    StraitBlock.S_T,
    ST
  };

  /**
   * Steps the group of replications from r, its state in {@code state}; unit u joins in some
   * lane only on the days from {@code earliest[u]} to {@code latest[u]}.
   */
  private static void group(
      StraitBlock block, int r, double[] state, double[] earliest, double[] latest) {
    StraitModel model = block.model;
    double[][] c = block.constants;
    double[][] e = block.ends;
    Arrays.fill(state, 0, STATE * LANES, 0);
    for (int row : new int[] {SJ, SG, SS, SU, SC, ST}) {
      Arrays.fill(state, row * LANES, (row + 1) * LANES, 1);
    }
    for (int j = 0; j < model.launchers(); j++) {
      Arrays.fill(state, (STATE + j) * LANES, (STATE + j + 1) * LANES, model.inventory(j));
    }
    DoubleVector.fromArray(SPECIES, c[StraitBlock.AMPHIBIOUS], r)
        .intoArray(state, AMPHIBIOUS * LANES);
    DoubleVector.fromArray(SPECIES, c[StraitBlock.RORO], r).intoArray(state, RORO * LANES);
    DoubleVector.fromArray(SPECIES, c[StraitBlock.ESCORTS], r).intoArray(state, ESCORTS * LANES);
    DoubleVector a = DoubleVector.fromArray(SPECIES, c[StraitBlock.LODGEMENT], r);
    a.intoArray(state, A * LANES);
    a.intoArray(state, PEAK_A * LANES);
    a.intoArray(state, LANDED * LANES);
    Arrays.fill(e[StraitBlock.OUTCOME], r, r + LANES, StraitOutcome.STALEMATE.ordinal());
    Arrays.fill(e[StraitBlock.DAY], r, r + LANES, model.horizonDays());
    int first = 0;
    int after = 0;
    for (int t = 0; t < model.horizonDays(); t++) {
      // The units that join in some lane today, tested from the first not yet in every lane.
      while (first < earliest.length && latest[first] < t) {
        first++;
      }
      while (after < earliest.length && earliest[after] <= t) {
        after++;
      }
      join(block, r, t, state, first, after);
      strike(block, r, t, state);
      fire(block, r, t, state);
      sail(block, r, t, state);
      land(block, r, t, state);
      fight(block, r, t, state);
      press(block, r, state);
      if (decide(block, r, t, state)) {
        return;
      }
    }
    // The lanes still open at the horizon are stalemates, read on the last day.
    DoubleVector.zero(SPECIES)
        .blend(
            1.0,
            DoubleVector.fromArray(SPECIES, e[StraitBlock.OUTCOME], r)
                .compare(VectorOperators.EQ, StraitOutcome.STALEMATE.ordinal()))
        .intoArray(state, KEPT * LANES);
    keep(block, r, state);
  }

  /** Step 1: units [first, after) join where their join day is t; the peak of D. */
  private static void join(StraitBlock block, int r, int t, double[] state, int first, int after) {
    DoubleVector today = DoubleVector.broadcast(SPECIES, (double) t);
    DoubleVector d = DoubleVector.fromArray(SPECIES, state, D * LANES);
    for (int u = first; u < after; u++) {
      d =
          d.blend(
              d.add(DoubleVector.fromArray(SPECIES, block.gain[u], r)),
              DoubleVector.fromArray(SPECIES, block.join[u], r).compare(VectorOperators.EQ, today));
    }
    DoubleVector peakD = DoubleVector.fromArray(SPECIES, state, PEAK_D * LANES);
    d.blend(peakD, d.compare(VectorOperators.LE, peakD)).intoArray(state, PEAK_D * LANES);
    d.intoArray(state, D * LANES);
  }

  /** Step 2: the strikes on bases and fleets; each basing's availability. */
  private static void strike(StraitBlock block, int r, int t, double[] state) {
    double[][] c = block.constants;
    VectorMask<Double> campaign =
        DoubleVector.broadcast(SPECIES, (double) t)
            .compare(
                VectorOperators.LT,
                DoubleVector.fromArray(SPECIES, c[StraitBlock.CAMPAIGN_DAYS], r));
    DoubleVector sJ = DoubleVector.fromArray(SPECIES, state, SJ * LANES);
    DoubleVector sG = DoubleVector.fromArray(SPECIES, state, SG * LANES);
    sJ = sJ.blend(sJ.mul(DoubleVector.fromArray(SPECIES, c[StraitBlock.KEPT_J], r)), campaign);
    sG = sG.blend(sG.mul(DoubleVector.fromArray(SPECIES, c[StraitBlock.KEPT_G], r)), campaign);
    sJ.intoArray(state, SJ * LANES);
    sG.intoArray(state, SG * LANES);
    for (int[] daily : DAILY) {
      DoubleVector.fromArray(SPECIES, state, daily[0] * LANES)
          .mul(DoubleVector.fromArray(SPECIES, c[daily[1]], r))
          .intoArray(state, daily[0] * LANES);
    }
    sJ.mul(DoubleVector.fromArray(SPECIES, c[StraitBlock.FAR], r))
        .intoArray(state, (AVAILABLE + Basing.JAPAN.ordinal()) * LANES);
    sG.intoArray(state, (AVAILABLE + Basing.DISTANT.ordinal()) * LANES);
    DoubleVector.fromArray(SPECIES, state, SS * LANES)
        .intoArray(state, (AVAILABLE + Basing.SURFACE.ordinal()) * LANES);
    DoubleVector.fromArray(SPECIES, state, SU * LANES)
        .intoArray(state, (AVAILABLE + Basing.SUBMARINE.ordinal()) * LANES);
    sJ.intoArray(state, (AVAILABLE + Basing.TAIWAN.ordinal()) * LANES);
  }

  /** Step 3: the launchers due fire; the hits H. */
  private static void fire(StraitBlock block, int r, int t, double[] state) {
    StraitModel model = block.model;
    DoubleVector fired = DoubleVector.fromArray(SPECIES, state, FIRED * LANES);
    DoubleVector hits = DoubleVector.zero(SPECIES);
    for (int j : model.firing(t)) {
      DoubleVector salvo =
          DoubleVector.fromArray(SPECIES, state, (AVAILABLE + model.basing(j).ordinal()) * LANES)
              .mul(model.salvo(j));
      DoubleVector left = DoubleVector.fromArray(SPECIES, state, (STATE + j) * LANES);
      DoubleVector rounds = salvo.blend(left, left.compare(VectorOperators.LE, salvo));
      left.sub(rounds).intoArray(state, (STATE + j) * LANES);
      fired = fired.add(rounds);
      hits = hits.add(rounds.mul(DoubleVector.fromArray(SPECIES, block.pk[j], r)));
    }
    fired.intoArray(state, FIRED * LANES);
    hits.intoArray(state, HITS * LANES);
  }

  /** Step 4: the kills at sea, and the ships sailing today (after the kills). */
  private static void sail(StraitBlock block, int r, int t, double[] state) {
    double[][] c = block.constants;
    DoubleVector zero = DoubleVector.zero(SPECIES);
    DoubleVector load = DoubleVector.fromArray(SPECIES, c[StraitBlock.LOAD], r);
    DoubleVector amphibious = DoubleVector.fromArray(SPECIES, state, AMPHIBIOUS * LANES);
    DoubleVector roro = DoubleVector.fromArray(SPECIES, state, RORO * LANES);
    DoubleVector escorts = DoubleVector.fromArray(SPECIES, state, ESCORTS * LANES);
    DoubleVector hits = DoubleVector.fromArray(SPECIES, state, HITS * LANES);
    DoubleVector a = DoubleVector.fromArray(SPECIES, state, A * LANES);
    DoubleVector wave = DoubleVector.fromArray(SPECIES, state, WAVE * LANES);
    DoubleVector nextWave = DoubleVector.fromArray(SPECIES, state, NEXT_WAVE * LANES);
    DoubleVector lift = amphibious.add(roro);
    VectorMask<Double> waveDay = nextWave.compare(VectorOperators.LT, (double) (t + 1));
    VectorMask<Double> roroSails =
        wave.compare(VectorOperators.GT, zero).and(a.compare(VectorOperators.GT, zero));
    DoubleVector sailing = amphibious.add(zero.blend(roro, roroSails)).blend(zero, waveDay.not());
    DoubleVector aimed = DoubleVector.fromArray(SPECIES, c[StraitBlock.TARGETING], r).mul(hits);
    DoubleVector killL = aimed.blend(lift, lift.compare(VectorOperators.LE, aimed));
    DoubleVector rest = hits.sub(killL);
    DoubleVector killE = rest.blend(escorts, escorts.compare(VectorOperators.LE, rest));
    VectorMask<Double> afloat = lift.compare(VectorOperators.GT, zero);
    DoubleVector kept = lift.sub(killL).div(lift);
    DoubleVector atSea = DoubleVector.fromArray(SPECIES, state, AT_SEA * LANES);
    atSea
        .blend(atSea.add(killL.mul(sailing.div(lift)).mul(load)), afloat)
        .intoArray(state, AT_SEA * LANES);
    amphibious = amphibious.blend(amphibious.mul(kept), afloat);
    roro = roro.blend(roro.mul(kept), afloat);
    sailing = sailing.blend(sailing.mul(kept), afloat);
    amphibious.intoArray(state, AMPHIBIOUS * LANES);
    roro.intoArray(state, RORO * LANES);
    sailing.intoArray(state, SAILING * LANES);
    escorts.sub(killE).intoArray(state, ESCORTS * LANES);
    DoubleVector.fromArray(SPECIES, state, LIFT_LOST * LANES)
        .add(killL)
        .intoArray(state, LIFT_LOST * LANES);
    DoubleVector.fromArray(SPECIES, state, ESCORTS_LOST * LANES)
        .add(killE)
        .intoArray(state, ESCORTS_LOST * LANES);
  }

  /** Steps 5 and 6: the wave's landing, the lodgement's peak and its supply. */
  private static void land(StraitBlock block, int r, int t, double[] state) {
    double[][] c = block.constants;
    DoubleVector a = DoubleVector.fromArray(SPECIES, state, A * LANES);
    DoubleVector wave = DoubleVector.fromArray(SPECIES, state, WAVE * LANES);
    DoubleVector nextWave = DoubleVector.fromArray(SPECIES, state, NEXT_WAVE * LANES);
    VectorMask<Double> waveDay = nextWave.compare(VectorOperators.LT, (double) (t + 1));
    DoubleVector power =
        DoubleVector.fromArray(SPECIES, state, SAILING * LANES)
            .mul(DoubleVector.fromArray(SPECIES, c[StraitBlock.LOAD], r))
            .mul(DoubleVector.fromArray(SPECIES, c[StraitBlock.BRIGADE_POWER], r));
    a = a.blend(a.add(power), waveDay);
    DoubleVector landed = DoubleVector.fromArray(SPECIES, state, LANDED * LANES);
    landed.blend(landed.add(power), waveDay).intoArray(state, LANDED * LANES);
    wave = wave.blend(wave.add(1.0), waveDay);
    wave.intoArray(state, WAVE * LANES);
    nextWave
        .blend(wave.mul(DoubleVector.fromArray(SPECIES, c[StraitBlock.INTERVAL], r)), waveDay)
        .intoArray(state, NEXT_WAVE * LANES);
    DoubleVector peakA = DoubleVector.fromArray(SPECIES, state, PEAK_A * LANES);
    a.blend(peakA, a.compare(VectorOperators.LE, peakA)).intoArray(state, PEAK_A * LANES);
    a.intoArray(state, A * LANES);
    DoubleVector.zero(SPECIES)
        .blend(
            1.0,
            DoubleVector.fromArray(SPECIES, state, AMPHIBIOUS * LANES)
                .add(DoubleVector.fromArray(SPECIES, state, RORO * LANES))
                .compare(
                    VectorOperators.GE,
                    DoubleVector.fromArray(SPECIES, c[StraitBlock.SUPPLIED], r)))
        .intoArray(state, SUPPLIED * LANES);
  }

  /** Step 7: the losses the lodgement and Taiwan's forces would inflict today. */
  private static void fight(StraitBlock block, int r, int t, double[] state) {
    double[][] c = block.constants;
    DoubleVector zero = DoubleVector.zero(SPECIES);
    DoubleVector a = DoubleVector.fromArray(SPECIES, state, A * LANES);
    DoubleVector d = DoubleVector.fromArray(SPECIES, state, D * LANES);
    DoubleVector q = DoubleVector.fromArray(SPECIES, c[StraitBlock.Q], r);
    VectorMask<Double> supplied =
        DoubleVector.fromArray(SPECIES, state, SUPPLIED * LANES).compare(VectorOperators.EQ, 1.0);
    VectorMask<Double> stocked =
        DoubleVector.broadcast(SPECIES, (double) t)
            .compare(
                VectorOperators.LT, DoubleVector.fromArray(SPECIES, c[StraitBlock.STOCK_DAYS], r));
    DoubleVector lossD =
        DoubleVector.fromArray(SPECIES, c[StraitBlock.KAPPA_A_CUT_OFF], r)
            .blend(DoubleVector.fromArray(SPECIES, c[StraitBlock.KAPPA_A], r), supplied)
            .mul(a)
            .div(DoubleVector.fromArray(SPECIES, c[StraitBlock.Q_SPENT], r).blend(q, stocked));
    DoubleVector fight =
        DoubleVector.fromArray(SPECIES, c[StraitBlock.KAPPA_D], r)
            .mul(
                DoubleVector.fromArray(SPECIES, c[StraitBlock.AIR], r)
                    .add(block.model.airJoined(t)));
    DoubleVector fireD =
        fight
            .mul(DoubleVector.fromArray(SPECIES, c[StraitBlock.UNSUPPLIED_FIRE], r))
            .blend(fight, stocked)
            .mul(d);
    DoubleVector lossA =
        fireD
            .div(q)
            .add(
                zero.blend(
                    DoubleVector.fromArray(SPECIES, c[StraitBlock.UNSUPPLIED_ATTRITION], r).mul(a),
                    stocked))
            .blend(fireD, supplied);
    lossD.intoArray(state, LOSS_D * LANES);
    lossA.intoArray(state, LOSS_A * LANES);
  }

  /** Step 7, continued: the advance where supplied, the losses where ashore. */
  private static void press(StraitBlock block, int r, double[] state) {
    double[][] c = block.constants;
    DoubleVector zero = DoubleVector.zero(SPECIES);
    DoubleVector one = DoubleVector.broadcast(SPECIES, 1.0);
    DoubleVector a = DoubleVector.fromArray(SPECIES, state, A * LANES);
    DoubleVector d = DoubleVector.fromArray(SPECIES, state, D * LANES);
    DoubleVector lossD = DoubleVector.fromArray(SPECIES, state, LOSS_D * LANES);
    VectorMask<Double> supplied =
        DoubleVector.fromArray(SPECIES, state, SUPPLIED * LANES).compare(VectorOperators.EQ, one);
    VectorMask<Double> ashore = a.compare(VectorOperators.GT, zero);
    DoubleVector excess =
        lossD.div(DoubleVector.fromArray(SPECIES, c[StraitBlock.THETA], r).mul(d)).sub(one);
    excess = excess.blend(zero, excess.compare(VectorOperators.LE, zero));
    excess = excess.blend(one, excess.compare(VectorOperators.GE, one));
    DoubleVector advance =
        DoubleVector.fromArray(SPECIES, c[StraitBlock.CONTACT], r)
            .mul(excess)
            .blend(
                DoubleVector.fromArray(SPECIES, c[StraitBlock.ROAD], r),
                d.compare(
                    VectorOperators.LE,
                    DoubleVector.fromArray(SPECIES, state, PEAK_D * LANES)
                        .mul(DoubleVector.fromArray(SPECIES, c[StraitBlock.KEPT_D], r))));
    DoubleVector x = DoubleVector.fromArray(SPECIES, state, X * LANES);
    x.blend(x.add(advance), ashore.and(supplied)).intoArray(state, X * LANES);
    DoubleVector dAfter = d.sub(lossD);
    dAfter = dAfter.blend(zero, dAfter.compare(VectorOperators.LE, zero));
    DoubleVector lostD = DoubleVector.fromArray(SPECIES, state, LOST_D * LANES);
    lostD.blend(lostD.add(d.sub(dAfter)), ashore).intoArray(state, LOST_D * LANES);
    d.blend(dAfter, ashore).intoArray(state, D * LANES);
    DoubleVector aAfter = a.sub(DoubleVector.fromArray(SPECIES, state, LOSS_A * LANES));
    aAfter = aAfter.blend(zero, aAfter.compare(VectorOperators.LE, zero));
    DoubleVector lostAshore = DoubleVector.fromArray(SPECIES, state, LOST_ASHORE * LANES);
    lostAshore.blend(lostAshore.add(a.sub(aAfter)), ashore).intoArray(state, LOST_ASHORE * LANES);
    a.blend(aAfter, ashore).intoArray(state, A * LANES);
  }

  /**
   * Step 8: the lanes decided today keep their outcome, their day and the state of their
   * losses.
   *
   * @return whether every lane is decided
   */
  private static boolean decide(StraitBlock block, int r, int t, double[] state) {
    double[][] e = block.ends;
    DoubleVector stalemate = DoubleVector.broadcast(SPECIES, StraitOutcome.STALEMATE.ordinal());
    DoubleVector outcome = DoubleVector.fromArray(SPECIES, e[StraitBlock.OUTCOME], r);
    VectorMask<Double> open = outcome.compare(VectorOperators.EQ, stalemate);
    VectorMask<Double> capital =
        open.and(
            DoubleVector.fromArray(SPECIES, state, X * LANES)
                .compare(VectorOperators.GE, block.model.distance()));
    VectorMask<Double> defeated =
        open.and(capital.not())
            .and(
                DoubleVector.fromArray(SPECIES, state, SUPPLIED * LANES)
                    .compare(VectorOperators.EQ, 0.0))
            .and(
                DoubleVector.fromArray(SPECIES, state, A * LANES)
                    .compare(
                        VectorOperators.LE,
                        DoubleVector.fromArray(SPECIES, state, PEAK_A * LANES)
                            .mul(
                                DoubleVector.fromArray(
                                    SPECIES, block.constants[StraitBlock.KEPT_A], r))));
    VectorMask<Double> decided = capital.or(defeated);
    outcome =
        outcome
            .blend(StraitOutcome.CAPITAL_TAKEN.ordinal(), capital)
            .blend(StraitOutcome.INVASION_DEFEATED.ordinal(), defeated);
    outcome.intoArray(e[StraitBlock.OUTCOME], r);
    DoubleVector day = DoubleVector.fromArray(SPECIES, e[StraitBlock.DAY], r);
    day.blend(t + 1, decided).intoArray(e[StraitBlock.DAY], r);
    if (decided.anyTrue()) {
      DoubleVector.zero(SPECIES).blend(1.0, decided).intoArray(state, KEPT * LANES);
      keep(block, r, state);
    }
    return outcome.compare(VectorOperators.NE, stalemate).allTrue();
  }

  /**
   * Writes the state the losses are read from into the ends, in the lanes where the row {@code
   * KEPT} is 1.
   */
  private static void keep(StraitBlock block, int r, double[] state) {
    double[][] e = block.ends;
    VectorMask<Double> m =
        DoubleVector.fromArray(SPECIES, state, KEPT * LANES).compare(VectorOperators.EQ, 1.0);
    for (int i = 0; i < ENDS.length; i += 2) {
      DoubleVector.fromArray(SPECIES, e[ENDS[i]], r)
          .blend(DoubleVector.fromArray(SPECIES, state, ENDS[i + 1] * LANES), m)
          .intoArray(e[ENDS[i]], r);
    }
  }
}
