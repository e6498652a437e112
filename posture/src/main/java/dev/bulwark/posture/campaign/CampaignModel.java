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
 * equivalents), x the attacker's advance (km), every rate per day and the per-replication
 * constants λ_D = κ_A / (24 q), λ_A = κ_D m / 24, ρ = κ_A / (q θ_D) and k_D = 1 − β_D computed
 * once ({@link ReplicationBlock}), hour h = 0, 1, ... does:
 * <ol>
 *   <li>units whose arrival hour ⌊24 × day × δ⌋ is h join, in order of arrival day:
 *       D += their power; P = max(P, D);
 *   <li>losses this hour: ΔD = A λ_D, ΔA = D λ_A;
 *   <li>the defence is broken when D ≤ P k_D; then the attacker marches at v_R; otherwise it
 *       advances at v_C × min(1, max(0, (A ρ) / D − 1)) km/h, Epstein's withdrawal
 *       v_C × clamp((a − θ_D) / θ_D) with the defender's attrition a = κ_A A / (q D);
 *   <li>x += that rate × 1 h; D = max(0, D − ΔD); A = max(0, A − ΔA);
 *   <li>if x ≥ the axis distance, the objective is reached at hour h + 1; else if A ≤ (1 − β_A)
 *       A₀ the offensive on this axis has culminated and the objective holds.
 * </ol>
 * A₀ = (the axis's attacking force) × s_A. The run stops at the horizon; an objective not reached
 * by then holds. Each max and min is evaluated as a comparison and a choice with the bits of
 * {@code Math.max} and {@code Math.min} (max(0, y) as {@code y <= 0 ? 0 : y}, min(1, y) as
 * {@code y >= 1 ? 1 : y}, max(P, D) as {@code D <= P ? P : D}). Cost: at most (horizon hours ×
 * axes) steps of about 20 floating-point operations with one division, none allocating; the
 * same arithmetic in the same order whether replications are stepped one at a time ({@link
 * ScalarSteps}) or side by side in vector lanes ({@link VectorSteps}), with no fused
 * multiply-add, so both give the same bits.
 */
public final class CampaignModel {

  /** The version of the model's equations, recorded in every result. */
  public static final String VERSION = "bulwark-campaign 1.2";

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

  static final int HOURS_PER_DAY = 24;
  static final int KAPPA_A = slot("attacker_lethality");
  static final int KAPPA_D = slot("defender_lethality");
  static final int Q = slot("defence_multiplier");
  static final int THETA_D = slot("withdrawal_threshold");
  static final int V_CONTACT = slot("contact_advance");
  static final int V_ROAD = slot("road_march");
  static final int BETA_A = slot("attacker_breakpoint");
  static final int BETA_D = slot("defender_breakpoint");
  static final int S_A = slot("attacker_strength");
  static final int DELTA = slot("reinforcement_delay");

  /** The largest reinforcement delay factor the model accepts. */
  static final double MAX_DELAY = 100;
  static final int M_AIR = slot(AIR_SUPPORT);

  private final Theatre theatre;
  private final Posture posture;
  private final int horizonHours;
  private final double[] distance;
  private final double[] attacker;
  private final double[][] arrivalDay;
  private final double[][] power;
  private final List<Unit> reinforcements;
  private final int[][] reinforcementPlaces;

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
    reinforcementPlaces = reinforcements.stream().map(this::placeOf).toArray(int[][]::new);
  }

  /** Where a unit's arrival hours lie in a {@link ReplicationBlock}: its axis and rank there. */
  private int[] placeOf(Unit unit) {
    int axis = theatre.axes().indexOf(theatre.axis(unit.axis()));
    List<Unit> onAxis = posture.units().stream().filter(u -> u.axis().equals(unit.axis()))
        .sorted(Comparator.comparingDouble(Unit::arrivalDay)).toList();
    return new int[] {axis, onAxis.indexOf(unit)};
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
    requireDelay(p[DELTA], p[DELTA]);
    ReplicationBlock one = new ReplicationBlock(this, 1);
    one.resize(1);
    one.set(0, p);
    Map<String, Double> hours = new LinkedHashMap<>();
    for (int axis = 0; axis < distance.length; axis++) {
      hours.put(theatre.axes().get(axis).id(), ScalarSteps.hours(one, axis, 0));
    }
    return hours;
  }

  /** The position of a parameter in the values {@link #hoursToObjectives} reads, or -1. */
  static int slot(String name) {
    return PARAMETERS.indexOf(name);
  }

  /** The number of axes. */
  int axes() {
    return distance.length;
  }

  /** The distance from the border to the objective of an axis, km. */
  double distance(int axis) {
    return distance[axis];
  }

  /** The attacking force of an axis before s_A, HBE. */
  double attackingForce(int axis) {
    return attacker[axis];
  }

  /** The arrival days of an axis's units, ascending; do not modify. */
  double[] arrivalDays(int axis) {
    return arrivalDay[axis];
  }

  /** The combat power of an axis's units, in the order of {@link #arrivalDays}; do not modify. */
  double[] powers(int axis) {
    return power[axis];
  }

  /** The units that arrive after the attack starts, in the posture's order. */
  List<Unit> reinforcements() {
    return reinforcements;
  }

  /**
   * For each reinforcement, its axis and its rank among that axis's units, where a {@link
   * ReplicationBlock} keeps its arrival hours; do not modify.
   */
  int[][] reinforcementPlaces() {
    return reinforcementPlaces;
  }

  /**
   * Requires a reinforcement delay factor δ within [0, {@value #MAX_DELAY}]: a negative factor
   * would put arrivals before the attack, and a factor above 100 already puts every arrival
   * beyond any horizon the model runs.
   */
  static void requireDelay(double low, double high) {
    PostureException.require(low >= 0 && high <= MAX_DELAY, "parameter reinforcement_delay must "
        + "lie within 0 to " + MAX_DELAY + " (a factor on arrival days), was " + low
        + (high == low ? "" : " to " + high));
  }

  /** The arrival hour ⌊(24 × day) × δ⌋ of a unit, as a double. */
  static double arrivalHour(double day, double delay) {
    return Math.floor(HOURS_PER_DAY * day * delay);
  }

  /** The modal value of every parameter, by name, as {@link #hoursToObjectives} takes them. */
  public static Map<String, Double> modes(Uncertainty uncertainty) {
    Map<String, Double> modes = new LinkedHashMap<>();
    uncertainty.distributions().forEach((name, t) -> modes.put(name, t.mode()));
    return modes;
  }
}
