package dev.bulwark.posture.campaign;

import dev.bulwark.posture.PostureException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The campaign model of one posture in one theatre: an hour-stepped Lanchester square-law duel on
 * each axis, with Epstein's rules for when the defender gives ground and when either side breaks.
 * Deterministic given the parameter values; {@link CampaignSimulation} draws them.
 *
 * <p>On each axis, with A the attacker's and D the defender's combat power (heavy brigade
 * equivalents), x the attacker's advance (km) and every rate per day, hour h = 0, 1, ... does:
 * <ol>
 *   <li>units whose arrival hour ⌊24 × day × δ⌋ is h join: D += their power; P = max(P, D);
 *   <li>losses this hour: ΔD = κ_A A / (24 q), ΔA = κ_D m D / 24;
 *   <li>the defence is broken when D ≤ (1 − β_D) P; then the attacker marches at v_R; otherwise
 *       the defender's attrition rate a = κ_A A / (q D) sets its withdrawal, and the attacker
 *       advances at v_C × clamp((a − θ_D) / θ_D, 0, 1) km/h;
 *   <li>x += that rate × 1 h; D = max(0, D − ΔD); A = max(0, A − ΔA);
 *   <li>if x ≥ the axis distance, the objective is reached at hour h + 1; else if A ≤ (1 − β_A)
 *       A₀ the offensive on this axis has culminated and the objective holds.
 * </ol>
 * A₀ = s_A × the axis's attacking force. The run stops at the horizon; an objective not reached
 * by then holds. Cost: at most (horizon hours × axes) steps of about 25 floating-point
 * operations, none allocating.
 */
public final class CampaignModel {

  /** The version of the model's equations, recorded in every result. */
  public static final String VERSION = "bulwark-campaign 1.1";

  /** The name of the parameter a posture states for itself ({@link Posture#airSupport()}). */
  public static final String AIR_SUPPORT = "air_support";

  /**
   * The names of the parameters the model reads, each of which a theatre's table must have; the
   * table may have others, which the model neither reads nor draws.
   */
  public static final List<String> PARAMETERS = List.of("attacker_lethality",
      "defender_lethality", "defence_multiplier", "withdrawal_threshold", "contact_advance",
      "road_march", "attacker_breakpoint", "defender_breakpoint", "attacker_strength",
      "reinforcement_delay", AIR_SUPPORT);

  private static final int HOURS_PER_DAY = 24;
  private static final int KAPPA_A = slot("attacker_lethality");
  private static final int KAPPA_D = slot("defender_lethality");
  private static final int Q = slot("defence_multiplier");
  private static final int THETA_D = slot("withdrawal_threshold");
  private static final int V_CONTACT = slot("contact_advance");
  private static final int V_ROAD = slot("road_march");
  private static final int BETA_A = slot("attacker_breakpoint");
  private static final int BETA_D = slot("defender_breakpoint");
  private static final int S_A = slot("attacker_strength");
  private static final int DELTA = slot("reinforcement_delay");
  private static final int M_AIR = slot(AIR_SUPPORT);

  private final Theatre theatre;
  private final Posture posture;
  private final int horizonHours;
  private final double[] distance;
  private final double[] attacker;
  private final double[][] arrivalDay;
  private final double[][] power;
  private final List<Unit> reinforcements;
  private final double[] reinforcementDay;

  private CampaignModel(Theatre theatre, Posture posture, int horizonDays) {
    this.theatre = theatre;
    this.posture = posture;
    this.horizonHours = horizonDays * HOURS_PER_DAY;
    int axes = theatre.axes().size();
    distance = new double[axes];
    attacker = new double[axes];
    arrivalDay = new double[axes][];
    power = new double[axes][];
    for (int i = 0; i < axes; i++) {
      Axis axis = theatre.axes().get(i);
      distance[i] = axis.distanceKm();
      attacker[i] = axis.attackerHbe();
      List<Unit> units = posture.units().stream().filter(u -> u.axis().equals(axis.id()))
          .sorted(Comparator.comparingDouble(Unit::arrivalDay)).toList();
      arrivalDay[i] = units.stream().mapToDouble(Unit::arrivalDay).toArray();
      power[i] = units.stream().mapToDouble(Unit::combatPower).toArray();
    }
    reinforcements = posture.units().stream().filter(Unit::reinforcement).toList();
    reinforcementDay = reinforcements.stream().mapToDouble(Unit::arrivalDay).toArray();
  }

  /**
   * Returns the model of the posture in the theatre, run to the horizon.
   *
   * @throws PostureException of kind BAD_INPUT when the theatre's table lacks a parameter the
   *     model reads, the posture is of another theatre, a unit names an unknown axis, or the
   *     horizon is outside 1-365 days
   */
  public static CampaignModel of(Theatre theatre, Posture posture, int horizonDays) {
    PostureException.require(theatre != null && posture != null,
        "theatre and posture must be given, were " + theatre + " and " + posture);
    List<String> missing = PARAMETERS.stream()
        .filter(name -> theatre.parameters().stream().noneMatch(p -> p.name().equals(name)))
        .toList();
    PostureException.require(missing.isEmpty(), "theatre '" + theatre.id()
        + "' lacks the parameters " + missing + " the campaign model reads");
    PostureException.require(posture.theatre().equals(theatre.id()), "posture '" + posture.id()
        + "' is of theatre '" + posture.theatre() + "', not '" + theatre.id() + "'");
    posture.units().forEach(u -> theatre.axis(u.axis()));
    Checks.within(horizonDays, 1, 365, "horizon (days)");
    return new CampaignModel(theatre, posture, horizonDays);
  }

  public Theatre theatre() {
    return theatre;
  }

  public Posture posture() {
    return posture;
  }

  /** The horizon in hours. */
  public int horizonHours() {
    return horizonHours;
  }

  /**
   * Runs the model once at fixed parameter values, by name; every name of {@link #PARAMETERS}
   * must be given, others are ignored.
   *
   * @return hours until each axis's objective is reached, by axis id, {@code +∞} where it holds
   */
  public Map<String, Double> hoursToObjectives(Map<String, Double> values) {
    PostureException.require(values != null, "parameter values must be given, were null");
    double[] p = new double[PARAMETERS.size()];
    for (String name : PARAMETERS) {
      Double value = values.get(name);
      PostureException.require(value != null && Double.isFinite(value),
          "parameter " + name + " must be a finite number, was " + value);
      p[slot(name)] = value;
    }
    Map<String, Double> hours = new LinkedHashMap<>();
    for (int axis = 0; axis < distance.length; axis++) {
      hours.put(theatre.axes().get(axis).id(), hoursToObjective(axis, p));
    }
    return hours;
  }

  /** The position of a parameter in the values {@link #hoursToObjective} takes, or -1 if unread. */
  static int slot(String name) {
    return PARAMETERS.indexOf(name);
  }

  /** The number of axes. */
  int axes() {
    return distance.length;
  }

  /** The units that arrive after the attack starts, in the posture's order. */
  List<Unit> reinforcements() {
    return reinforcements;
  }

  /**
   * Counts which reinforcements arrive before hour {@code deadline} at the parameter values
   * {@code p}: adds 1 to {@code counts[i]} for each reinforcement i that does, and to the last
   * element of {@code counts} when all of them do.
   */
  void countArrivals(double[] p, double deadline, int[] counts) {
    boolean all = true;
    for (int i = 0; i < reinforcementDay.length; i++) {
      if (arrival(reinforcementDay[i], p[DELTA]) < deadline) {
        counts[i]++;
      } else {
        all = false;
      }
    }
    if (all) {
      counts[reinforcementDay.length]++;
    }
  }

  /**
   * Runs one axis at the parameter values {@code p}, indexed by {@link #slot(String)}.
   *
   * @return the hour the objective is reached, or {@code +∞} if it holds to the horizon
   */
  double hoursToObjective(int axis, double[] p) {
    final double kappaA = p[KAPPA_A];
    final double kappaD = p[KAPPA_D];
    final double q = p[Q];
    final double theta = p[THETA_D];
    final double contact = p[V_CONTACT];
    final double road = p[V_ROAD];
    final double keptA = 1 - p[BETA_A];
    final double keptD = 1 - p[BETA_D];
    final double delay = p[DELTA];
    final double air = p[M_AIR];
    final double[] days = arrivalDay[axis];
    final double[] powers = power[axis];
    final double a0 = attacker[axis] * p[S_A];
    final double goal = distance[axis];
    double a = a0;
    double d = 0;
    double peak = 0;
    double x = 0;
    int next = 0;
    int nextHour = next < days.length ? arrival(days[0], delay) : Integer.MAX_VALUE;
    for (int h = 0; h < horizonHours; h++) {
      while (nextHour <= h) {
        d += powers[next++];
        nextHour = next < days.length ? arrival(days[next], delay) : Integer.MAX_VALUE;
      }
      peak = Math.max(peak, d);
      double lossD = kappaA * a / (HOURS_PER_DAY * q);
      double lossA = kappaD * air * d / HOURS_PER_DAY;
      double rate;
      if (d <= keptD * peak) {
        rate = road;
      } else {
        double attrition = kappaA * a / (q * d);
        rate = contact * Math.min(1, Math.max(0, (attrition - theta) / theta));
      }
      x += rate;
      d = Math.max(0, d - lossD);
      a = Math.max(0, a - lossA);
      if (x >= goal) {
        return h + 1;
      }
      if (a <= keptA * a0) {
        return Double.POSITIVE_INFINITY;
      }
    }
    return Double.POSITIVE_INFINITY;
  }

  private static int arrival(double day, double delay) {
    return (int) Math.floor(HOURS_PER_DAY * day * delay);
  }

  /** The modal value of every parameter, by name, as {@link #hoursToObjectives} takes them. */
  public static Map<String, Double> modes(Uncertainty uncertainty) {
    Map<String, Double> modes = new LinkedHashMap<>();
    uncertainty.distributions().forEach((name, t) -> modes.put(name, t.mode()));
    return modes;
  }
}
