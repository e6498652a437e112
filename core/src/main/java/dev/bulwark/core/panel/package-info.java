/**
 * The country-year panel: observations of named indicators, each carrying the source and edition
 * it came from and whether the source flags it as an estimate.
 *
 * <p>{@link dev.bulwark.core.panel.Panel} is the one read-only store the analytics query; the
 * {@code data} module builds it from the embedded ledger or from imported editions.
 */
package dev.bulwark.core.panel;
