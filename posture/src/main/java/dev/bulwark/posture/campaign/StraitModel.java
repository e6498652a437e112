package dev.bulwark.posture.campaign;

import dev.bulwark.posture.PostureException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
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
 * f_u once Taiwan's stocks are spent; supplied, ΔA = κ_D f_D m_t D, m_t = m plus the air
 * support arrived by day t ({@link StraitDefence#airArrivals}), and Epstein's advance v_C ×
 * clamp(ΔD / (θ_D D) − 1); cut off, the lodgement goes over to the defence: no advance, ΔA =
 * κ_D f_D m_t D / q, plus ε A while Taiwan's stocks last); the capital falls when the advance
 * reaches the axis's distance, the invasion is defeated when the lodgement has lost β_A of its
 * peak while its lift is below the share ℓ that supplies it, and a lodgement that has done
 * neither by day N is a stalemate. The days are stepped by {@link StraitScalarSteps} (the
 * reference arithmetic) or {@link StraitVectorSteps} (the same in vector lanes) over a {@link
 * StraitBlock} of replications. Cost: at most N days of about (launchers + 40) floating-point
 * operations and five divisions.
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

  static final int KAPPA_A = 0;
  static final int KAPPA_D = 1;
  static final int Q = 2;
  static final int THETA_D = 3;
  static final int V_CONTACT = 4;
  static final int V_ROAD = 5;
  static final int BETA_A = 6;
  static final int BETA_D = 7;
  static final int S_A = 8;
  static final int DELTA = 9;
  static final int M_AIR = 10;
  static final int RESIST = 11;
  static final int STOCK = 12;
  static final int LIFT_AMPHIBIOUS = 13;
  static final int LIFT_RORO = 14;
  static final int LOAD = 15;
  static final int INTERVAL = 16;
  static final int TARGETING = 17;
  static final int ESCORTS = 18;
  static final int SUPPLY = 19;
  static final int UNSUPPLIED_FIRE = 20;
  static final int UNSUPPLIED_ATTRITION = 21;
  static final int BASE_ATTACK = 22;
  static final int CAMPAIGN_DAYS = 23;
  static final int DISTANT_SORTIES = 24;
  static final int FLEET = 25;
  static final int SUBMARINES = 26;
  static final int CARRIERS = 27;
  static final int TAIWAN_NAVY = 28;

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
  private final Basing[] basing;
  private final int[] pkSlot;
  private final int[][] firing;
  private final double[] airJoined;

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
    int[] firstDay = launchers.stream().mapToInt(Launcher::firstDay).toArray();
    int[] reloadDays = launchers.stream().mapToInt(Launcher::reloadDays).toArray();
    basing = launchers.stream().map(Launcher::basing).toArray(Basing[]::new);
    pkSlot = launchers.stream().mapToInt(l -> names.indexOf(
        theatre.crossing().munition(l.munition()).pkParameter())).toArray();
    firing = new int[horizonDays][];
    for (int t = 0; t < horizonDays; t++) {
      int day = t;
      firing[t] = IntStream.range(0, firstDay.length).filter(j -> day >= firstDay[j]
          && (day - firstDay[j]) % reloadDays[j] == 0).toArray();
    }
    airJoined = new double[horizonDays];
    List<StraitDefence.AirArrival> arrivals = posture.strait().airArrivals().stream()
        .sorted(Comparator.comparingInt(StraitDefence.AirArrival::day)).toList();
    for (int t = 0; t < horizonDays; t++) {
      double joined = 0;
      for (StraitDefence.AirArrival arrival : arrivals) {
        joined = arrival.day() <= t ? joined + arrival.added() : joined;
      }
      airJoined[t] = joined;
    }
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

  /** The number of launchers. */
  int launchers() {
    return inventory.length;
  }

  /**
   * Runs the model once at fixed parameter values, by name; every name the model reads must be
   * given, others are ignored. The replication is a block of one, stepped by {@link
   * StraitScalarSteps}, so it gets the bits it gets in {@link StraitSimulation}.
   *
   * @return the outcome, and each {@link StraitLoss} in {@code losses} (by ordinal)
   */
  public StraitOutcome run(Map<String, Double> values, double[] losses) {
    PostureException.require(values != null && losses != null
        && losses.length == StraitLoss.values().length, "parameter values and a losses array of "
        + StraitLoss.values().length + " must be given");
    double[][] p = new double[names.size()][1];
    for (int i = 0; i < p.length; i++) {
      Double value = values.get(names.get(i));
      PostureException.require(value != null && Double.isFinite(value),
          "parameter " + names.get(i) + " must be a finite number, was " + value);
      p[i][0] = value;
    }
    StraitBlock block = new StraitBlock(this, 1);
    block.resize(1);
    block.set(p);
    StraitScalarSteps.run(block, 0, 1);
    return StraitOutcome.values()[block.losses(0, losses)];
  }

  /** The number of Taiwan's units, in order of arrival day. */
  int units() {
    return arrivalDay.length;
  }

  /** Unit u's arrival day (units in order of arrival day). */
  double arrivalDay(int u) {
    return arrivalDay[u];
  }

  /** Unit u's combat power, HBE. */
  double power(int u) {
    return power[u];
  }

  /** The slot of launcher j's munition's Pk among the parameters. */
  int pkSlot(int j) {
    return pkSlot[j];
  }

  /** The lodgement's airborne force at the start, HBE before s_A. */
  double airborne() {
    return airborne;
  }

  /** The distance to the capital, km. */
  double distance() {
    return distance;
  }

  /** Launcher j's stock at the start, rounds. */
  double inventory(int j) {
    return inventory[j];
  }

  /** Launcher j's salvo, rounds a firing day at full availability. */
  double salvo(int j) {
    return salvo[j];
  }

  /** Launcher j's basing. */
  Basing basing(int j) {
    return basing[j];
  }

  /**
   * The air support joined by day t after the war started (section 3, step 7's Δm_t): the sum,
   * in order of day, of the posture's air arrivals due by t; 0 in every bundled posture. The
   * same for every replication.
   */
  double airJoined(int t) {
    return airJoined[t];
  }

  /**
   * The launchers that fire on day t, in order: those whose first day is t or whose last firing
   * day was t − reloadDays. The same for every replication.
   */
  int[] firing(int t) {
    return firing[t];
  }
}
