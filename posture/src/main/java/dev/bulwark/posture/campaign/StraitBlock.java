package dev.bulwark.posture.campaign;

/**
 * The inputs and the ends of a block of replications of one {@link StraitModel}, as a structure
 * of arrays. Filled by {@link #set} (the constants of each replication's parameter values,
 * computed once), stepped by {@link StraitScalarSteps} or {@link StraitVectorSteps}, which read
 * the constants and write only the ends, and read back by {@link #losses}.
 *
 * <p>From the parameter values of replication r, in this order (docs/taiwan-model.md, section
 * 7): κ_A; κ_A f_u (the lodgement's fire cut off); q; q_t = 1 + (q − 1) × f_u; θ_D; 1 − β_A;
 * 1 − β_D; t_stock; κ_D; m; s_A × brigadeHbe; the ship load b; the wave
 * interval T_w; φ; L_amph and L_roro afloat at the start; ℓ × (L_amph + L_roro); ε; v_C; v_R;
 * D_m; κ_far (1 when Japan's bases are open); the daily survivals 1 − σ, 1 − σ × g, 1 − σ_S,
 * 1 − σ_U, 1 − σ_C, 1 − σ_T; the escorts E; A₀ = airborne × s_A; f_u. Per Taiwan unit u (in order
 * of arrival day) its join day max(0, ⌊arrivalDay_1 × δ⌋, …, ⌊arrivalDay_u × δ⌋), the first day
 * the one-at-a-time rule "join while the next unit is due" lets it in, and its gain r × power_u;
 * per launcher its munition's Pk.
 *
 * <p>The ends of replication r, written by the steps on the day it is decided (or the last
 * day): its outcome's ordinal, the day, and the state the losses are read from.
 */
final class StraitBlock {

  static final int KAPPA_A = 0;
  static final int KAPPA_A_CUT_OFF = 1;
  static final int Q = 2;
  static final int Q_SPENT = 3;
  static final int THETA = 4;
  static final int KEPT_A = 5;
  static final int KEPT_D = 6;
  static final int STOCK_DAYS = 7;
  static final int KAPPA_D = 8;
  static final int AIR = 9;
  static final int BRIGADE_POWER = 10;
  static final int LOAD = 11;
  static final int INTERVAL = 12;
  static final int TARGETING = 13;
  static final int AMPHIBIOUS = 14;
  static final int RORO = 15;
  static final int SUPPLIED = 16;
  static final int UNSUPPLIED_ATTRITION = 17;
  static final int CONTACT = 18;
  static final int ROAD = 19;
  static final int CAMPAIGN_DAYS = 20;
  static final int FAR = 21;
  static final int KEPT_J = 22;
  static final int KEPT_G = 23;
  static final int KEPT_S = 24;
  static final int KEPT_U = 25;
  static final int KEPT_C = 26;
  static final int KEPT_T = 27;
  static final int ESCORTS = 28;
  static final int LODGEMENT = 29;
  static final int UNSUPPLIED_FIRE = 30;
  private static final int CONSTANTS = 31;

  /** End rows: the outcome's ordinal and the day decided. */
  static final int OUTCOME = 0;
  static final int DAY = 1;
  /** End rows: lift and escorts sunk, loads lost at sea (ships × b), the lodgement's loss. */
  static final int LIFT_LOST = 2;
  static final int ESCORTS_LOST = 3;
  static final int AT_SEA = 4;
  static final int LOST_ASHORE = 5;
  /** End rows: the lodgement A, all landed, Taiwan's loss, the rounds fired. */
  static final int A = 6;
  static final int LANDED = 7;
  static final int LOST_D = 8;
  static final int FIRED = 9;
  /** End rows: the availabilities s_J, s_G, s_S, s_C, s_T. */
  static final int S_J = 10;
  static final int S_G = 11;
  static final int S_S = 12;
  static final int S_C = 13;
  static final int S_T = 14;
  static final int ENDS = 15;

  final StraitModel model;
  final int capacity;
  /** The constants by row (the indices above), then replication. */
  final double[][] constants;
  /** Join days by unit (in order of arrival day), then replication. */
  final double[][] join;
  /** Gains r × power by unit, then replication. */
  final double[][] gain;
  /** Pk by launcher, then replication. */
  final double[][] pk;
  /** The ends by row, then replication. */
  final double[][] ends;
  private int size;

  StraitBlock(StraitModel model, int capacity) {
    this.model = model;
    this.capacity = capacity;
    constants = new double[CONSTANTS][capacity];
    join = new double[model.units()][capacity];
    gain = new double[model.units()][capacity];
    pk = new double[model.launchers()][capacity];
    ends = new double[ENDS][capacity];
  }

  /** The number of replications set. */
  int size() {
    return size;
  }

  /** Starts a new block of {@code size} replications (at most the capacity). */
  void resize(int size) {
    this.size = size;
  }

  /**
   * Sets every replication from its parameter values, a row per slot of the model's, a constant
   * at a time over the replications (the same expression for each, so loops the compiler may
   * run in vector lanes give the bits of one replication alone).
   */
  void set(double[][] p) {
    double[][] c = constants;
    int n = size;
    copy(p[StraitModel.KAPPA_A], KAPPA_A);
    copy(p[StraitModel.Q], Q);
    copy(p[StraitModel.THETA_D], THETA);
    copy(p[StraitModel.STOCK], STOCK_DAYS);
    copy(p[StraitModel.LOAD], LOAD);
    copy(p[StraitModel.INTERVAL], INTERVAL);
    copy(p[StraitModel.TARGETING], TARGETING);
    copy(p[StraitModel.LIFT_AMPHIBIOUS], AMPHIBIOUS);
    copy(p[StraitModel.LIFT_RORO], RORO);
    copy(p[StraitModel.UNSUPPLIED_ATTRITION], UNSUPPLIED_ATTRITION);
    copy(p[StraitModel.V_CONTACT], CONTACT);
    copy(p[StraitModel.V_ROAD], ROAD);
    copy(p[StraitModel.CAMPAIGN_DAYS], CAMPAIGN_DAYS);
    copy(p[StraitModel.ESCORTS], ESCORTS);
    kept(p[StraitModel.BETA_A], KEPT_A);
    kept(p[StraitModel.BETA_D], KEPT_D);
    kept(p[StraitModel.BASE_ATTACK], KEPT_J);
    kept(p[StraitModel.FLEET], KEPT_S);
    kept(p[StraitModel.SUBMARINES], KEPT_U);
    kept(p[StraitModel.CARRIERS], KEPT_C);
    kept(p[StraitModel.TAIWAN_NAVY], KEPT_T);
    double[] kappaA = p[StraitModel.KAPPA_A];
    double[] q = p[StraitModel.Q];
    double[] unsuppliedFire = p[StraitModel.UNSUPPLIED_FIRE];
    double[] kappaD = p[StraitModel.KAPPA_D];
    double[] air = p[StraitModel.M_AIR];
    double[] strength = p[StraitModel.S_A];
    double[] amphibious = p[StraitModel.LIFT_AMPHIBIOUS];
    double[] roro = p[StraitModel.LIFT_RORO];
    double[] supply = p[StraitModel.SUPPLY];
    double[] sigma = p[StraitModel.BASE_ATTACK];
    double[] far = p[StraitModel.DISTANT_SORTIES];
    double brigade = model.theatre().crossing().brigadeHbe();
    double share = model.theatre().crossing().distantAttackShare();
    boolean japanBases = model.posture().strait().japanBases();
    double airborne = model.airborne();
    for (int r = 0; r < n; r++) {
      c[KAPPA_A_CUT_OFF][r] = kappaA[r] * unsuppliedFire[r];
      c[Q_SPENT][r] = 1 + (q[r] - 1) * unsuppliedFire[r];
      c[KAPPA_D][r] = kappaD[r];
      c[AIR][r] = air[r];
      c[UNSUPPLIED_FIRE][r] = unsuppliedFire[r];
      c[BRIGADE_POWER][r] = strength[r] * brigade;
      c[SUPPLIED][r] = supply[r] * (amphibious[r] + roro[r]);
      c[FAR][r] = japanBases ? 1 : far[r];
      c[KEPT_G][r] = 1 - sigma[r] * share;
      c[LODGEMENT][r] = airborne * strength[r];
    }
    double[] delta = p[StraitModel.DELTA];
    double[] resistance = p[StraitModel.RESIST];
    for (int u = 0; u < join.length; u++) {
      double arrival = model.arrivalDay(u);
      double power = model.power(u);
      double[] due = join[u];
      double[] before = u == 0 ? null : join[u - 1];
      for (int r = 0; r < n; r++) {
        double day = Math.floor(arrival * delta[r]);
        double earliest = before == null ? 0 : before[r];
        due[r] = day <= earliest ? earliest : day;
        gain[u][r] = resistance[r] * power;
      }
    }
    for (int j = 0; j < pk.length; j++) {
      System.arraycopy(p[model.pkSlot(j)], 0, pk[j], 0, n);
    }
  }

  /** Copies the first replications' values of one parameter into a constant's row. */
  private void copy(double[] values, int row) {
    System.arraycopy(values, 0, constants[row], 0, size);
  }

  /** Sets a constant's row to 1 − the parameter's value, a share kept. */
  private void kept(double[] values, int row) {
    double[] to = constants[row];
    for (int r = 0; r < size; r++) {
      to[r] = 1 - values[r];
    }
  }

  /**
   * Writes the losses of replication r by {@link StraitLoss} ordinal from its ends
   * (docs/taiwan-model.md, section 3, after step 8).
   *
   * @return its outcome's ordinal
   */
  int losses(int r, double[] losses) {
    Crossing crossing = model.theatre().crossing();
    StraitDefence defence = model.posture().strait();
    double[][] e = ends;
    int outcome = (int) e[OUTCOME][r];
    double brigadePower = constants[BRIGADE_POWER][r];
    double troops = crossing.troopsPerBrigade();
    double aircraftLostJapan = defence.aircraftJapan() * (1 - e[S_J][r]);
    double aircraftLostFar = defence.aircraftDistant() * (1 - e[S_G][r]);
    double carriersLost = defence.usCarriers() * (1 - e[S_C][r]);
    double shipsLost = defence.usSurfaceShips() * (1 - e[S_S][r]);
    losses[StraitLoss.PLA_MAJOR_SHIPS.ordinal()] = e[LIFT_LOST][r] + e[ESCORTS_LOST][r];
    losses[StraitLoss.PLA_LIFT_SHIPS.ordinal()] = e[LIFT_LOST][r];
    losses[StraitLoss.PLA_TROOPS_AT_SEA.ordinal()] = e[AT_SEA][r] * troops;
    losses[StraitLoss.PLA_TROOPS_ASHORE.ordinal()] = e[LOST_ASHORE][r] / brigadePower * troops;
    losses[StraitLoss.PLA_TROOPS_CUT_OFF.ordinal()] =
        outcome == StraitOutcome.INVASION_DEFEATED.ordinal()
            ? e[A][r] / brigadePower * troops : 0;
    losses[StraitLoss.PLA_TROOPS_LANDED.ordinal()] = e[LANDED][r] / brigadePower * troops;
    losses[StraitLoss.US_CARRIERS.ordinal()] = carriersLost;
    losses[StraitLoss.US_SURFACE_SHIPS.ordinal()] = shipsLost;
    losses[StraitLoss.US_KILLED.ordinal()] = shipsLost * crossing.killedPerShip()
        + carriersLost * crossing.killedPerCarrier() + (aircraftLostJapan
            * defence.usAircraftShare() + aircraftLostFar) * crossing.killedPerAircraft();
    losses[StraitLoss.JAPAN_SHIPS.ordinal()] = defence.japanShips() * (1 - e[S_S][r]);
    losses[StraitLoss.ALLIED_AIRCRAFT.ordinal()] = aircraftLostJapan + aircraftLostFar;
    losses[StraitLoss.TAIWAN_SHIPS.ordinal()] = defence.taiwanShips() * (1 - e[S_T][r]);
    losses[StraitLoss.TAIWAN_GROUND_HBE.ordinal()] = e[LOST_D][r];
    losses[StraitLoss.ANTI_SHIP_ROUNDS.ordinal()] = e[FIRED][r];
    losses[StraitLoss.DAY_DECIDED.ordinal()] = e[DAY][r];
    return outcome;
  }
}
