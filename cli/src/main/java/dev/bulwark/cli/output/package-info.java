/**
 * Tidy output of the command line: a result is a {@link dev.bulwark.cli.output.Tabular} of typed
 * columns whose names carry their units, printed as an aligned table, CSV (RFC 4180, loads in R
 * and pandas) or JSON (an array of objects, one per row).
 */
package dev.bulwark.cli.output;
