package dev.bulwark.posture;

import dev.bulwark.core.BulwarkException;

/**
 * The posture module's exception: a bad quarter, an unknown theatre, a malformed scenario file
 * (with its line and field), or a bundled resource that cannot be read.
 */
public final class PostureException extends BulwarkException {

  private PostureException(Kind kind, String message, Throwable cause) {
    super(kind, message, cause);
  }

  /** The user's input was wrong; the message names the field, the value and what was expected. */
  public static PostureException badInput(String message) {
    return new PostureException(Kind.BAD_INPUT, message, null);
  }

  /** The user's input was wrong, found while reading it. */
  public static PostureException badInput(String message, Throwable cause) {
    return new PostureException(Kind.BAD_INPUT, message, cause);
  }

  /** The work could not be done for another reason (a missing or unreadable resource). */
  public static PostureException failure(String message, Throwable cause) {
    return new PostureException(Kind.FAILURE, message, cause);
  }

  /**
   * Checks a condition on an argument.
   *
   * @throws PostureException of kind BAD_INPUT with {@code message} when {@code condition} fails
   */
  public static void require(boolean condition, String message) {
    if (!condition) {
      throw badInput(message);
    }
  }
}
