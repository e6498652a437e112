package dev.bulwark.data.workbook;

import dev.bulwark.data.ValuePlaces;
import dev.bulwark.data.format.LedgerEdition;

/**
 * A workbook as an importer read it: the edition, and the cell each value came from, so that a
 * check of the edition names the cell at fault.
 *
 * @param edition the edition in the ledger's tidy form
 * @param places the cell of each value ({@code TABLE3!H12})
 */
public record Imported(LedgerEdition edition, ValuePlaces places) {
}
