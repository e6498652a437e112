package dev.bulwark.guarantees;

import dev.bulwark.core.BulwarkException;

/**
 * The guarantees module's exception family: an attack, place, instrument or date the caller can
 * fix ({@link Kind#BAD_INPUT}), or a bundled treaty or gazetteer file that cannot be read
 * ({@link Kind#FAILURE}). Messages name the field, the value and what was expected.
 */
public class GuaranteesException extends BulwarkException {

  protected GuaranteesException(Kind kind, String message, Throwable cause) {
    super(kind, message, cause);
  }

  /** Returns an exception for input the caller can fix. */
  public static GuaranteesException badInput(String message) {
    return new GuaranteesException(Kind.BAD_INPUT, message, null);
  }

  /** Returns an exception for a bundled file that is missing or malformed. */
  public static GuaranteesException failure(String message, Throwable cause) {
    return new GuaranteesException(Kind.FAILURE, message, cause);
  }

  /**
   * Checks an argument.
   *
   * @throws GuaranteesException of kind BAD_INPUT with {@code message} when {@code condition} is false
   */
  public static void require(boolean condition, String message) {
    if (!condition) {
      throw badInput(message);
    }
  }
}
