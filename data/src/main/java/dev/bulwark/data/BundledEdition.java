package dev.bulwark.data;

import dev.bulwark.core.panel.Edition;
import dev.bulwark.data.format.LedgerEdition;
import dev.bulwark.data.format.TidyFormat;
import java.io.IOException;

/**
 * An edition shipped on the class path: its metadata read at once (a few hundred bytes), its
 * contents parsed on first use and kept. Most short commands read one source, so the others'
 * values (SIPRI's 35,000, the World Bank's 25,000) and Kiel's aid release are never parsed for
 * them.
 *
 * @param <T> what the whole edition reads as: a {@link LedgerEdition} for the spending sources,
 *     an {@link dev.bulwark.core.aid.AidRelease} for Kiel's tracker
 */
final class BundledEdition<T> {

  /** Reads a whole edition from its directory. */
  @FunctionalInterface
  interface Reader<T> {
    T read(TidyFormat.FileOpener dir, String where) throws IOException;
  }

  private final Edition edition;
  private final TidyFormat.FileOpener files;
  private final String where;
  private final Reader<T> reader;
  private volatile T full;

  private BundledEdition(Edition edition, TidyFormat.FileOpener files, String where,
      Reader<T> reader) {
    this.edition = edition;
    this.files = files;
    this.where = where;
    this.reader = reader;
  }

  /**
   * Reads the metadata of the bundled spending edition in the resource directory {@code dir}.
   *
   * @throws LedgerException (a failure) when it is missing or malformed
   */
  static BundledEdition<LedgerEdition> of(String dir) {
    return of(dir, TidyFormat::read);
  }

  /**
   * Reads the metadata of the bundled edition in the resource directory {@code dir}, to be read
   * whole by {@code reader} on first use.
   *
   * @throws LedgerException (a failure) when it is missing or malformed
   */
  static <T> BundledEdition<T> of(String dir, Reader<T> reader) {
    TidyFormat.FileOpener files = TidyFormat.resources(Ledger.class, dir);
    String where = "bundled " + dir;
    try {
      return new BundledEdition<>(TidyFormat.readEdition(files, where), files, where, reader);
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
  T full() {
    T read = full;
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

  private T parse() {
    try {
      return reader.read(files, where);
    } catch (IOException | RuntimeException e) {
      if (e instanceof LedgerException le) {
        throw le;
      }
      throw LedgerException.failure("cannot read the " + where + ": " + e.getMessage(), e);
    }
  }
}
