/**
 * Importers of official releases into the ledger's tidy form: NATO's "Defence Expenditure of NATO
 * Countries" tables workbook, SIPRI's Military Expenditure Database workbook and the World Bank's
 * GDP and population series.
 *
 * <p>The workbook importers find tables, blocks and year columns by their headings, not by fixed
 * cells, so a later edition with one more year column or a moved row reads the same way. Every
 * problem is reported as an {@link dev.bulwark.data.ImportException} naming the sheet, the cell and
 * what was expected.
 */
package dev.bulwark.data.workbook;
