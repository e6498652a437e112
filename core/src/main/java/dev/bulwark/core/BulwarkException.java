package dev.bulwark.core;

/**
 * Root of every exception Bulwark throws on purpose. Each module has its own subclass family;
 * the command line and the server map {@link #kind()} to an exit code or a problem document.
 *
 * <p>Messages name the field, the value and what was expected, so they can be shown as they are.
 */
public abstract class BulwarkException extends RuntimeException {

  /** Whether the user can fix the problem by changing the input, or something else failed. */
  public enum Kind {
    /** The input was wrong: an unknown country, a bad year, a malformed file. Exit code 2. */
    BAD_INPUT,
    /** The input was fine but the work could not be done: an I/O error, a broken store. Exit code 1. */
    FAILURE
  }

  private final Kind kind;

  protected BulwarkException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  protected BulwarkException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  /** Returns whether this is the user's input at fault or a failure of the work itself. */
  public Kind kind() {
    return kind;
  }
}
