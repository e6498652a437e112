package dev.bulwark.forces.replacement;

import dev.bulwark.forces.catalogue.Spread;

/**
 * One uncertain figure of a scenario's force: a unit type's acquisition cost, operating cost or
 * ramp, with its range in the catalogue's money (US$ million at 2024 prices) or units a year.
 *
 * @param item the index of the scenario's item
 * @param unit the unit type's id
 * @param kind which of its figures
 * @param range the range
 */
public record Figure(int item, String unit, Kind kind, Spread range) {

  /** The figures of a unit type the model draws. */
  public enum Kind { ACQUISITION, OPERATING, RAMP }

  /** Returns the figure's name as tables show it ({@code fighter_squadron.acquisition}). */
  public String name() {
    return unit + "." + kind.name().toLowerCase(java.util.Locale.ROOT);
  }
}
