package dev.bulwark.forces.replacement;

/** A published total a scenario reproduces (its {@code headlines}). */
public enum Metric {
  /** The cumulative cost over the scenario's horizon, billion of its currency. */
  TOTAL_COST,
  /** The one-off acquisition cost of the whole force, billion of its currency. */
  ACQUISITION,
  /** The mean annual cost over the first {@code years} years, billion of its currency. */
  MEAN_ANNUAL_COST,
  /** The personnel of the whole force. */
  PERSONNEL,
  /** A count of major equipment of the whole force ({@code equipment}: tanks, ifvs, ...). */
  EQUIPMENT,
  /**
   * Spending as a share of GDP: {@code baseline_pct + 100 × mean annual cost over the first
   * years / gdp_bn}, percent.
   */
  SHARE_OF_GDP,
  /** A sum the study states as a share of GDP: {@code 100 × amount_bn / gdp_bn}, percent. */
  STATED_SHARE_OF_GDP
}
