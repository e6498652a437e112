/**
 * The command line's output: an answer's {@link dev.bulwark.answers.table.Table} printed as an
 * aligned table with each column's decimals, CSV (RFC 4180, loads in R and pandas) or JSON (an
 * array of objects, one per row).
 */
package dev.bulwark.cli.output;
