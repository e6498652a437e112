package dev.bulwark.core;

import java.util.function.Supplier;

/** The core module's exception: an argument that breaks a domain rule (a negative share, an empty code). */
public final class BadInputException extends BulwarkException {

  public BadInputException(String message) {
    super(Kind.BAD_INPUT, message);
  }

  /** Makes the exception with the problem found beneath it (a parser's, say). */
  public BadInputException(String message, Throwable cause) {
    super(Kind.BAD_INPUT, message, cause);
  }

  /**
   * Checks a condition on an argument.
   *
   * @throws BadInputException with {@code message} when {@code condition} is false
   */
  public static void require(boolean condition, String message) {
    if (!condition) {
      throw new BadInputException(message);
    }
  }

  /**
   * Checks a condition, composing the message only when it fails: for checks made once per value
   * of a large file, where building every message would cost more than the reading.
   *
   * @throws BadInputException with the supplied message when {@code condition} is false
   */
  public static void require(boolean condition, Supplier<String> message) {
    if (!condition) {
      throw new BadInputException(message.get());
    }
  }

  /**
   * Checks that a value is a finite number (neither NaN nor infinite).
   *
   * @return the value
   * @throws BadInputException naming the field when it is not finite
   */
  public static double finite(double value, String field) {
    if (!Double.isFinite(value)) {
      throw new BadInputException(field + " must be a finite number, was " + value);
    }
    return value;
  }
}
