package dev.bulwark.data;

/**
 * An official workbook that does not read as the importer expects: a missing sheet, a text in a
 * number cell, an unknown or duplicated country. Always {@link Kind#BAD_INPUT}. The message is a
 * sentence that names the place and the problem ("text 'n/a' in a number cell TABLE3!D12: expected
 * a number"); the sheet and cell are also kept as fields for callers that render them apart.
 */
public final class ImportException extends LedgerException {

  private final String sheet;
  private final String cell;

  /**
   * Creates the exception.
   *
   * @param sheet the sheet's name, empty when the problem concerns the whole file
   * @param cell the cell reference such as {@code D12}, empty when it concerns a whole sheet
   * @param message the sentence naming the place, the value and what was expected
   * @param cause the parser's own exception, or {@code null}
   */
  public ImportException(String sheet, String cell, String message, Throwable cause) {
    super(Kind.BAD_INPUT, message, cause);
    this.sheet = sheet;
    this.cell = cell;
  }

  /** Creates the exception without a cause. */
  public ImportException(String sheet, String cell, String message) {
    this(sheet, cell, message, null);
  }

  /** Returns the sheet's name, or empty when the whole file is at fault. */
  public String sheet() {
    return sheet;
  }

  /** Returns the cell reference ({@code D12}), or empty when a whole sheet or file is at fault. */
  public String cell() {
    return cell;
  }
}
