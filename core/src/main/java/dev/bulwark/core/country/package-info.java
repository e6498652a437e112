/**
 * Countries and their codes: ISO 3166-1 alpha-3, alpha-2 and numeric, Correlates of War state
 * codes, the spellings NATO, SIPRI, DMDC and the World Bank use, and the resolver that takes any
 * of them.
 *
 * <p>The table is the project's own resource {@code countries.csv} in this package; see
 * {@link dev.bulwark.core.country.Countries} for its columns.
 */
package dev.bulwark.core.country;
