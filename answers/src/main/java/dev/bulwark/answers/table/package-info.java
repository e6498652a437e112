/**
 * The answer's one table type: {@link dev.bulwark.answers.table.Table} of typed
 * {@link dev.bulwark.answers.table.Column}s (name, unit, decimals, description), rows, footnotes
 * and sources, rendered by the brief, serialised by the server and printed by the command line.
 */
package dev.bulwark.answers.table;
