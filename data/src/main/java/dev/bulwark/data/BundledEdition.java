package dev.bulwark.data;

import dev.bulwark.core.panel.Edition;
import dev.bulwark.data.format.LedgerEdition;
import dev.bulwark.data.format.TidyFormat;
import java.io.IOException;

/**
 * An edition shipped on the class path: its metadata read at once (a few hundred bytes), its
 * values parsed on first use and kept. Most short commands read one source, so the others'
 * values (SIPRI's 35,000, the World Bank's 25,000) are never parsed for them.
 */
final class BundledEdition {

  private final Edition edition;
  private final TidyFormat.FileOpener files;
  private final String where;
  private volatile LedgerEdition full;

  private BundledEdition(Edition edition, TidyFormat.FileOpener files, String where) {
    this.edition = edition;
    this.files = files;
    this.where = where;
  }

  /**
   * Reads the metadata of the bundled edition in the resource directory {@code dir}.
   *
   * @throws LedgerException (a failure) when it is missing or malformed
   */
  static BundledEdition of(String dir) {
    TidyFormat.FileOpener files = TidyFormat.resources(Ledger.class, dir);
    String where = "bundled " + dir;
    try {
      return new BundledEdition(TidyFormat.readEdition(files, where), files, where);
    } catch (IOException | RuntimeException e) {
      throw LedgerException.failure("cannot read the " + where + ": " + e.getMessage(), e);
    }
  }

  /** The publisher's release. */
  Edition edition() {
    return edition;
  }

  /**
   * The whole edition, parsed on the first call.
   *
   * @throws LedgerException (a failure) when its files are missing or malformed
   */
  LedgerEdition full() {
    LedgerEdition read = full;
    if (read == null) {
      synchronized (this) {
        read = full;
        if (read == null) {
          read = parse();
          full = read;
        }
      }
    }
    return read;
  }

  private LedgerEdition parse() {
    try {
      return TidyFormat.read(files, where);
    } catch (IOException | RuntimeException e) {
      if (e instanceof LedgerException le) {
        throw le;
      }
      throw LedgerException.failure("cannot read the " + where + ": " + e.getMessage(), e);
    }
  }
}
