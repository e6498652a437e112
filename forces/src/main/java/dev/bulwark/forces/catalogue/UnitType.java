package dev.bulwark.forces.catalogue;

import dev.bulwark.forces.ForcesException;

/**
 * One unit type of the catalogue, its money in millions of US$ at 2024 prices ({@link
 * PriceBase}).
 *
 * @param id the id scenario files name ({@code armoured_brigade})
 * @param name what the unit is, with its major equipment
 * @param category land, enablers, air, isr, air_defence, naval, strike, munitions, c2 or support
 * @param unit what one unit is (brigade, squadron, ship, lot)
 * @param personnel service members per unit
 * @param equipment major equipment per unit
 * @param acquisitionUsdM the one-off cost of one unit: equipment, initial spares, support and
 *     stocks
 * @param operatingUsdM the cost of one unit in service for a year: personnel and operations
 * @param leadTimeYears years from order to the first unit delivered (1: within the first year)
 * @param rampPerYear units the industry delivers a year once deliveries start
 * @param source the basis of the row's figures
 * @param confidence how far the figures can be trusted
 */
public record UnitType(String id, String name, String category, String unit, int personnel,
    Equipment equipment, Spread acquisitionUsdM, Spread operatingUsdM, int leadTimeYears,
    Spread rampPerYear, String source, Confidence confidence) {

  public UnitType {
    ForcesException.require(id != null && id.matches("[a-z][a-z0-9_]*"), "a unit type id must "
        + "be lower-case letters, digits and underscores, was '" + id + "'");
    ForcesException.require(personnel >= 0, id + ": personnel must not be negative, was "
        + personnel);
    ForcesException.require(acquisitionUsdM.low() >= 0 && operatingUsdM.low() >= 0, id
        + ": costs must not be negative");
    ForcesException.require(leadTimeYears >= 1 && leadTimeYears <= 15, id + ": lead time must "
        + "be 1 to 15 years, was " + leadTimeYears);
    ForcesException.require(rampPerYear.low() > 0, id + ": the ramp must be above 0 units a "
        + "year, was " + rampPerYear);
  }
}
