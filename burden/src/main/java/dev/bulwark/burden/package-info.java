/**
 * Burden-sharing analytics: who pays for the alliance, measured against its targets.
 *
 * <p>Each concern lives in its own sub-package and takes a {@link dev.bulwark.core.panel.Panel}
 * and an {@link dev.bulwark.core.alliance.Alliance} as inputs: {@code figures} picks the source
 * for a year and reads the figures with their provenance, {@code spending} builds the table of
 * allies against the NATO targets, {@code gap} prices the distance to a target, {@code path}
 * projects year-by-year paths to a target year, {@code fairshare} compares shares of spending
 * with shares of GDP, and {@code exploitation} tests the Olson–Zeckhauser hypothesis.
 *
 * <p>Everything here throws {@link dev.bulwark.burden.BurdenException} and nothing prints.
 */
package dev.bulwark.burden;
