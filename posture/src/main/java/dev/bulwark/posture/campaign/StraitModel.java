package dev.bulwark.posture.campaign;

import dev.bulwark.posture.PostureException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The campaign model of an amphibious theatre (the Taiwan Strait) for one posture: the PLA's
 * missile campaign against the allies' bases, the crossing in waves under the allies' anti-ship
 * fire, and the lodgement's fight against Taiwan's ground forces on the Lanchester–Epstein
 * equations of {@link CampaignModel}, stepped by the day. Deterministic given the parameter
 * values; {@link StraitSimulation} draws them. Every equation is stated, in order, in
 * {@code docs/taiwan-model.md}, section 3.
 *
 * <p>Day t = 0, 1, ..., N − 1: Taiwan's units due join (D += r × power); the PLA's strikes wear
 * down the availabilities (s_J, s_G while t &lt; D_M; s_S, s_U, s_C, s_T every day); each
 * launcher due fires min(stock, salvo × availability) rounds, H = Σ rounds × Pk; the lift takes
 * k_L = min(L, φ H) kills and the escorts min(E, H − k_L); on a wave day the ships sailing land
 * their load; the lodgement and Taiwan's forces fight (ΔD = κ_A f_A A / q_t, q_t = 1 + (q − 1)
 * f_u once Taiwan's stocks are spent; supplied, ΔA = κ_D f_D m D and Epstein's advance v_C ×
 * clamp(ΔD / (θ_D D) − 1); cut off, the lodgement goes over to the defence: no advance, ΔA =
 * κ_D f_D m D / q, plus ε A while Taiwan's stocks last); the capital falls when the advance
 * reaches the axis's distance, the invasion is defeated when the lodgement has lost β_A of its
 * peak while its lift is below the share ℓ that supplies it, and a lodgement that has done
 * neither by day N is a stalemate. Cost: at most N days of about (launchers + 40)
 * floating-point operations and three divisions; nothing allocated.
 */
public final class StraitModel {

  /** The version of the model's equations, recorded in every result. */
  public static final String VERSION = "bulwark-strait 1.1";

  /**
   * The parameters the model reads besides each munition's {@code pk_<id>}, in no particular
   * order (the draws follow the theatre's table).
   */
  public static final List<String> PARAMETERS = List.of("attacker_lethality",
      "defender_lethality", "defence_multiplier", "withdrawal_threshold", "contact_advance",
      "road_march", "attacker_breakpoint", "defender_breakpoint", "attacker_strength",
      "reinforcement_delay", CampaignModel.AIR_SUPPORT, StraitDefence.RESISTANCE,
      StraitDefence.STOCK_DAYS, "lift_amphibious", "lift_roro", "ship_load", "wave_interval",
      "lift_targeting", "escorts", "supply_threshold", "unsupplied_fire",
      "unsupplied_attrition", "base_attack", "missile_campaign_days", "distant_sortie_factor",
      "fleet_attrition", "submarine_attrition", "carrier_attrition", "taiwan_navy_attrition");

  private static final int KAPPA_A = 0;
  private static final int KAPPA_D = 1;
  private static final int Q = 2;
  private static final int THETA_D = 3;
  private static final int V_CONTACT = 4;
  private static final int V_ROAD = 5;
  private static final int BETA_A = 6;
  private static final int BETA_D = 7;
  private static final int S_A = 8;
  private static final int DELTA = 9;
  private static final int M_AIR = 10;
  private static final int RESIST = 11;
  private static final int STOCK = 12;
  private static final int LIFT_AMPHIBIOUS = 13;
  private static final int LIFT_RORO = 14;
  private static final int LOAD = 15;
  private static final int INTERVAL = 16;
  private static final int TARGETING = 17;
  private static final int ESCORTS = 18;
  private static final int SUPPLY = 19;
  private static final int UNSUPPLIED_FIRE = 20;
  private static final int UNSUPPLIED_ATTRITION = 21;
  private static final int BASE_ATTACK = 22;
  private static final int CAMPAIGN_DAYS = 23;
  private static final int DISTANT_SORTIES = 24;
  private static final int FLEET = 25;
  private static final int SUBMARINES = 26;
  private static final int CARRIERS = 27;
  private static final int TAIWAN_NAVY = 28;
  private static final int JAPAN = Basing.JAPAN.ordinal();
  private static final int DISTANT = Basing.DISTANT.ordinal();
  private static final int SURFACE = Basing.SURFACE.ordinal();
  private static final int SUBMARINE = Basing.SUBMARINE.ordinal();
  private static final int TAIWAN = Basing.TAIWAN.ordinal();
  /** The size of the scratch of availabilities by basing {@link #run} takes. */
  static final int BASINGS = Basing.values().length;

  private final Theatre theatre;
  private final Posture posture;
  private final int horizonDays;
  private final List<String> names;
  private final double distance;
  private final double airborne;
  private final double[] arrivalDay;
  private final double[] power;
  private final double[] inventory;
  private final double[] salvo;
  private final int[] firstDay;
  private final int[] reloadDays;
  private final int[] basing;
  private final int[] pkSlot;

  private StraitModel(Theatre theatre, Posture posture, int horizonDays, List<String> names) {
    this.theatre = theatre;
    this.posture = posture;
    this.horizonDays = horizonDays;
    this.names = names;
    Axis axis = theatre.axes().get(0);
    distance = axis.distanceKm();
    airborne = axis.attackerHbe();
    List<Unit> units = posture.units().stream()
        .sorted(Comparator.comparingDouble(Unit::arrivalDay)).toList();
    arrivalDay = units.stream().mapToDouble(Unit::arrivalDay).toArray();
    power = units.stream().mapToDouble(Unit::combatPower).toArray();
    List<Launcher> launchers = posture.strait().launchers();
    inventory = launchers.stream().mapToDouble(Launcher::inventory).toArray();
    salvo = launchers.stream().mapToDouble(Launcher::salvo).toArray();
    firstDay = launchers.stream().mapToInt(Launcher::firstDay).toArray();
    reloadDays = launchers.stream().mapToInt(Launcher::reloadDays).toArray();
    basing = launchers.stream().mapToInt(l -> l.basing().ordinal()).toArray();
    pkSlot = launchers.stream().mapToInt(l -> names.indexOf(
        theatre.crossing().munition(l.munition()).pkParameter())).toArray();
  }

  /**
   * Returns the model of the posture in the amphibious theatre, run to the horizon.
   *
   * @throws PostureException of kind BAD_INPUT when the theatre is not amphibious or lacks a
   *     parameter the model reads, the posture is of another theatre or has no strait defence,
   *     a unit names an unknown axis, a launcher an unknown munition, or the horizon is outside
   *     1-365 days
   */
  public static StraitModel of(Theatre theatre, Posture posture, int horizonDays) {
    PostureException.require(theatre != null && posture != null,
        "theatre and posture must be given, were " + theatre + " and " + posture);
    PostureException.require(theatre.amphibious(), "theatre '" + theatre.id()
        + "' is a land theatre: run it with CampaignSimulation");
    PostureException.require(posture.theatre().equals(theatre.id()), "posture '" + posture.id()
        + "' is of theatre '" + posture.theatre() + "', not '" + theatre.id() + "'");
    PostureException.require(posture.strait() != null, "posture '" + posture.id()
        + "' of the amphibious theatre '" + theatre.id() + "' needs its strait defence");
    List<String> names = parameterNames(theatre);
    List<String> missing = names.stream()
        .filter(name -> theatre.parameters().stream().noneMatch(p -> p.name().equals(name)))
        .toList();
    PostureException.require(missing.isEmpty(), "theatre '" + theatre.id()
        + "' lacks the parameters " + missing + " the strait model reads");
    posture.units().forEach(u -> theatre.axis(u.axis()));
    posture.strait().launchers().forEach(l -> theatre.crossing().munition(l.munition()));
    Checks.within(horizonDays, 1, 365, "horizon (days)");
    return new StraitModel(theatre, posture, horizonDays, names);
  }

  /** The names of the parameters the model reads in an amphibious theatre, in slot order. */
  public static List<String> parameterNames(Theatre theatre) {
    return Stream.concat(PARAMETERS.stream(),
        theatre.crossing().munitions().stream().map(Munition::pkParameter)).toList();
  }

  public Theatre theatre() {
    return theatre;
  }

  public Posture posture() {
    return posture;
  }

  /** The horizon N, days. */
  public int horizonDays() {
    return horizonDays;
  }

  /** The names of the parameters, in the order of the values {@link #run} reads. */
  List<String> names() {
    return names;
  }

  /** The number of launchers, the size of the scratch arrays {@link #run} takes. */
  int launchers() {
    return inventory.length;
  }

  /**
   * Runs the model once at fixed parameter values, by name; every name the model reads must be
   * given, others are ignored.
   *
   * @return the outcome, and each {@link StraitLoss} in {@code losses} (by ordinal)
   */
  public StraitOutcome run(Map<String, Double> values, double[] losses) {
    PostureException.require(values != null && losses != null
        && losses.length == StraitLoss.values().length, "parameter values and a losses array of "
        + StraitLoss.values().length + " must be given");
    double[] p = new double[names.size()];
    for (int i = 0; i < p.length; i++) {
      Double value = values.get(names.get(i));
      PostureException.require(value != null && Double.isFinite(value),
          "parameter " + names.get(i) + " must be a finite number, was " + value);
      p[i] = value;
    }
    return StraitOutcome.values()[run(p, new double[launchers()], new int[launchers()],
        new double[BASINGS], losses)];
  }

  /**
   * Runs one replication; {@code stock} and {@code next} are scratch of {@link #launchers()}
   * elements, {@code available} of {@link #BASINGS} (each basing's availability that day, read by
   * every launcher so based). Returns the outcome's ordinal and writes the losses by {@link
   * StraitLoss} ordinal.
   */
  int run(double[] p, double[] stock, int[] next, double[] available, double[] losses) {
    final Crossing crossing = theatre.crossing();
    final StraitDefence defence = posture.strait();
    final double kappaA = p[KAPPA_A];
    final double q = p[Q];
    final double theta = p[THETA_D];
    final double keptA = 1 - p[BETA_A];
    final double keptD = 1 - p[BETA_D];
    final double delta = p[DELTA];
    final double resistance = p[RESIST];
    final double stockDays = p[STOCK];
    final double fightD = p[KAPPA_D] * p[M_AIR];
    final double brigadePower = p[S_A] * crossing.brigadeHbe();
    final double load = p[LOAD];
    final double interval = p[INTERVAL];
    final double phi = p[TARGETING];
    final double lift0 = p[LIFT_AMPHIBIOUS] + p[LIFT_RORO];
    final double supplied0 = p[SUPPLY] * lift0;
    final double unsuppliedFire = p[UNSUPPLIED_FIRE];
    final double unsuppliedAttrition = p[UNSUPPLIED_ATTRITION];
    final double qSpent = 1 + (q - 1) * unsuppliedFire;
    final double vContact = p[V_CONTACT];
    final double vRoad = p[V_ROAD];
    final double campaignDays = p[CAMPAIGN_DAYS];
    final double far = defence.japanBases() ? 1 : p[DISTANT_SORTIES];
    final double sigma = p[BASE_ATTACK];
    final double sigmaFar = sigma * crossing.distantAttackShare();
    final double keptS = 1 - p[FLEET];
    final double keptU = 1 - p[SUBMARINES];
    final double keptC = 1 - p[CARRIERS];
    final double keptT = 1 - p[TAIWAN_NAVY];
    final int launchers = stock.length;
    for (int j = 0; j < launchers; j++) {
      stock[j] = inventory[j];
      next[j] = firstDay[j];
    }
    double amphibious = p[LIFT_AMPHIBIOUS];
    double roro = p[LIFT_RORO];
    double escorts = p[ESCORTS];
    double sJ = 1;
    double sG = 1;
    double sS = 1;
    double sU = 1;
    double sC = 1;
    double sT = 1;
    double a = airborne * p[S_A];
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
    int wave = 0;
    double nextWave = 0;
    int outcome = StraitOutcome.STALEMATE.ordinal();
    int day = horizonDays;
    for (int t = 0; t < horizonDays; t++) {
      while (unit < arrivalDay.length && Math.floor(arrivalDay[unit] * delta) <= t) {
        d += resistance * power[unit++];
      }
      peakD = Math.max(peakD, d);
      if (t < campaignDays) {
        sJ *= 1 - sigma;
        sG *= 1 - sigmaFar;
      }
      sS *= keptS;
      sU *= keptU;
      sC *= keptC;
      sT *= keptT;
      available[JAPAN] = sJ * far;
      available[DISTANT] = sG;
      available[SURFACE] = sS;
      available[SUBMARINE] = sU;
      available[TAIWAN] = sJ;
      double hits = 0;
      for (int j = 0; j < launchers; j++) {
        if (next[j] == t) {
          double rounds = Math.min(stock[j], salvo[j] * available[basing[j]]);
          stock[j] -= rounds;
          fired += rounds;
          hits += rounds * p[pkSlot[j]];
          next[j] += reloadDays[j];
        }
      }
      double lift = amphibious + roro;
      boolean waveDay = t >= nextWave;
      double sailing = waveDay ? amphibious + (wave > 0 && a > 0 ? roro : 0) : 0;
      double killL = Math.min(lift, phi * hits);
      double killE = Math.min(escorts, hits - killL);
      if (lift > 0) {
        double kept = (lift - killL) / lift;
        atSea += killL * (sailing / lift) * load;
        amphibious *= kept;
        roro *= kept;
        sailing *= kept;
      }
      escorts -= killE;
      liftLost += killL;
      escortsLost += killE;
      if (waveDay) {
        a += sailing * load * brigadePower;
        landed += sailing * load * brigadePower;
        wave++;
        nextWave = Math.floor(wave * interval);
      }
      peakA = Math.max(peakA, a);
      boolean supplied = amphibious + roro >= supplied0;
      if (a > 0) {
        boolean stocked = t < stockDays;
        double attackA = supplied ? kappaA : kappaA * unsuppliedFire;
        double lossD = attackA * a / (stocked ? q : qSpent);
        double fireD = (stocked ? fightD : fightD * unsuppliedFire) * d;
        // Cut off, the lodgement goes over to the defence: it does not advance, Taiwan's fire on
        // it meets the defence multiplier, and it wears away only while Taiwan presses it.
        double lossA = supplied ? fireD
            : fireD / q + (stocked ? unsuppliedAttrition * a : 0);
        if (supplied) {
          x += d <= peakD * keptD ? vRoad
              : vContact * Math.min(1, Math.max(0, lossD / (theta * d) - 1));
        }
        double dAfter = Math.max(0, d - lossD);
        lostD += d - dAfter;
        d = dAfter;
        double aAfter = Math.max(0, a - lossA);
        lostAshore += a - aAfter;
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
    double troops = crossing.troopsPerBrigade();
    double aircraftLostJapan = defence.aircraftJapan() * (1 - sJ);
    double aircraftLostFar = defence.aircraftDistant() * (1 - sG);
    double carriersLost = defence.usCarriers() * (1 - sC);
    double shipsLost = defence.usSurfaceShips() * (1 - sS);
    losses[StraitLoss.PLA_MAJOR_SHIPS.ordinal()] = liftLost + escortsLost;
    losses[StraitLoss.PLA_LIFT_SHIPS.ordinal()] = liftLost;
    losses[StraitLoss.PLA_TROOPS_AT_SEA.ordinal()] = atSea * troops;
    losses[StraitLoss.PLA_TROOPS_ASHORE.ordinal()] = lostAshore / brigadePower * troops;
    losses[StraitLoss.PLA_TROOPS_CUT_OFF.ordinal()] =
        outcome == StraitOutcome.INVASION_DEFEATED.ordinal() ? a / brigadePower * troops : 0;
    losses[StraitLoss.PLA_TROOPS_LANDED.ordinal()] = landed / brigadePower * troops;
    losses[StraitLoss.US_CARRIERS.ordinal()] = carriersLost;
    losses[StraitLoss.US_SURFACE_SHIPS.ordinal()] = shipsLost;
    losses[StraitLoss.US_KILLED.ordinal()] = shipsLost * crossing.killedPerShip()
        + carriersLost * crossing.killedPerCarrier() + (aircraftLostJapan
            * defence.usAircraftShare() + aircraftLostFar) * crossing.killedPerAircraft();
    losses[StraitLoss.JAPAN_SHIPS.ordinal()] = defence.japanShips() * (1 - sS);
    losses[StraitLoss.ALLIED_AIRCRAFT.ordinal()] = aircraftLostJapan + aircraftLostFar;
    losses[StraitLoss.TAIWAN_SHIPS.ordinal()] = defence.taiwanShips() * (1 - sT);
    losses[StraitLoss.TAIWAN_GROUND_HBE.ordinal()] = lostD;
    losses[StraitLoss.ANTI_SHIP_ROUNDS.ordinal()] = fired;
    losses[StraitLoss.DAY_DECIDED.ordinal()] = day;
    return outcome;
  }
}
