package dev.bulwark.data;

import dev.bulwark.core.BulwarkException;

/**
 * The data module's exception: the ledger or the edition store could not be read or written, or
 * the user asked for an edition or alliance that does not exist. {@link ImportException} narrows it
 * to an official workbook that does not read as expected.
 */
public class LedgerException extends BulwarkException {

  /** A failure of the work itself (an unreadable store, a damaged bundled resource). */
  public static LedgerException failure(String message, Throwable cause) {
    return new LedgerException(Kind.FAILURE, message, cause);
  }

  /** An input the user can fix (an unknown edition id or alliance id). */
  public static LedgerException badInput(String message) {
    return new LedgerException(Kind.BAD_INPUT, message, null);
  }

  protected LedgerException(Kind kind, String message, Throwable cause) {
    super(kind, message, cause);
  }
}
