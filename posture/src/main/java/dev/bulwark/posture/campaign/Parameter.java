package dev.bulwark.posture.campaign;

/**
 * The uncertain parameters of the campaign model, each drawn once per replication from a
 * triangular distribution. The defaults are Bulwark's assumptions within the ranges of the
 * literature cited in {@code docs/campaign-model.md}; they were calibrated once, against RAND's
 * 36–60 hours for the 2016 posture, and are not tuned per test. Air support comes from the
 * posture ({@link Posture#airSupport()}).
 */
public enum Parameter {
  /** κ_A: defender's losses per day per unit of force ratio (Lanchester square law). */
  ATTACKER_LETHALITY("kappa_a", "per day", new Triangular(0.03, 0.05, 0.08)),
  /** κ_D: attacker's losses per day per defending brigade equivalent per attacking one. */
  DEFENDER_LETHALITY("kappa_d", "per day", new Triangular(0.03, 0.05, 0.08)),
  /** q: the defender's advantage of prepared positions, dividing the attacker's fire. */
  DEFENCE_MULTIPLIER("q", "factor", new Triangular(1.2, 1.5, 2.0)),
  /** θ_D: the defender's attrition rate per day above which it gives ground (Epstein). */
  WITHDRAWAL_THRESHOLD("theta_d", "per day", new Triangular(0.06, 0.08, 0.12)),
  /** v_C: the attacker's top rate of advance against a defence that still holds together. */
  CONTACT_ADVANCE("v_contact", "km/h", new Triangular(2, 3, 4)),
  /** v_R: the attacker's rate of march once the defence on its axis is broken. */
  ROAD_MARCH("v_road", "km/h", new Triangular(4, 6, 8)),
  /** β_A: the share of its strength the attacker can lose before its offensive culminates. */
  ATTACKER_BREAKPOINT("beta_a", "fraction", new Triangular(0.3, 0.4, 0.5)),
  /** β_D: the share of its peak strength a defence can lose before it breaks. */
  DEFENDER_BREAKPOINT("beta_d", "fraction", new Triangular(0.4, 0.5, 0.6)),
  /** s_A: the attacker's strength as a multiple of the theatre's stated order of battle. */
  ATTACKER_STRENGTH("s_a", "factor", new Triangular(0.8, 1.0, 1.2)),
  /** δ: reinforcements' arrival times as a multiple of their scheduled days. */
  REINFORCEMENT_DELAY("delta", "factor", new Triangular(0.8, 1.0, 1.5)),
  /** m: air support's multiplier on the attacker's losses; the default comes from the posture. */
  AIR_SUPPORT("m_air", "factor", Triangular.fixed(1.0));

  private final String symbol;
  private final String unit;
  private final Triangular fallback;

  Parameter(String symbol, String unit, Triangular fallback) {
    this.symbol = symbol;
    this.unit = unit;
    this.fallback = fallback;
  }

  /** The parameter's symbol in {@code docs/campaign-model.md} ("kappa_a"). */
  public String symbol() {
    return symbol;
  }

  /** The parameter's unit ("per day", "km/h", "factor"). */
  public String unit() {
    return unit;
  }

  /** The default distribution (for air support, the posture's own replaces it). */
  Triangular fallback() {
    return fallback;
  }
}
