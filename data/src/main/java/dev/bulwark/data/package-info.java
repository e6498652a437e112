/**
 * The ledger: Bulwark's curated country-year figures, one edition per source, and the store of
 * editions the user imports from the publishers' own workbooks.
 *
 * <p>{@link dev.bulwark.data.Ledger#embedded()} serves the bundled editions (NATO 2024, SIPRI
 * 2025-04, World Bank 2026-03); {@link dev.bulwark.data.Ledger#open} picks, per source, a pinned
 * edition or the newest (by edition id) of the bundled and imported ones, skipping stored editions
 * that do not read and reporting them in {@link dev.bulwark.data.Ledger#problems()}.
 * {@link dev.bulwark.data.EditionStore} imports a workbook atomically and durably: a failed import
 * changes nothing. Each edition records the price base year of its constant-price series
 * ({@link dev.bulwark.data.Ledger#priceBase}).
 */
package dev.bulwark.data;
