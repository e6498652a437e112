/**
 * The costed force catalogue: unit types (brigades, enablers, squadrons, ships, batteries,
 * stocks) with personnel, major equipment, acquisition and annual operating cost, lead time and
 * industrial ramp, each range with its source and confidence ({@code unit-types.csv}), and the
 * one currency and price year every figure is brought to ({@link
 * dev.bulwark.forces.catalogue.PriceBase}, {@code money.yaml}).
 */
package dev.bulwark.forces.catalogue;
