package dev.bulwark.forces;

import dev.bulwark.core.BulwarkException;

/**
 * The forces module's exception: an unknown unit type or scenario, a malformed catalogue row or
 * scenario file (with its line and field), or a bundled resource that cannot be read.
 */
public final class ForcesException extends BulwarkException {

  private ForcesException(Kind kind, String message, Throwable cause) {
    super(kind, message, cause);
  }

  /** The user's input was wrong; the message names the field, the value and what was expected. */
  public static ForcesException badInput(String message) {
    return new ForcesException(Kind.BAD_INPUT, message, null);
  }

  /** The user's input was wrong, found while reading it. */
  public static ForcesException badInput(String message, Throwable cause) {
    return new ForcesException(Kind.BAD_INPUT, message, cause);
  }

  /** The work could not be done for another reason (a missing or unreadable resource). */
  public static ForcesException failure(String message, Throwable cause) {
    return new ForcesException(Kind.FAILURE, message, cause);
  }

  /**
   * Checks a condition on an argument.
   *
   * @throws ForcesException of kind BAD_INPUT with {@code message} when {@code condition} fails
   */
  public static void require(boolean condition, String message) {
    if (!condition) {
      throw badInput(message);
    }
  }
}
