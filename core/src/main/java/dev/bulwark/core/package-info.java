/**
 * The domain vocabulary every Bulwark module shares: the {@link dev.bulwark.core.BulwarkException}
 * family root, and sub-packages for countries, units, the country-year panel, alliances and the
 * one YAML reader.
 *
 * <p>This module depends on nothing heavier than Commons CSV and Jackson's YAML reader; it never
 * prints and never exits.
 */
package dev.bulwark.core;
