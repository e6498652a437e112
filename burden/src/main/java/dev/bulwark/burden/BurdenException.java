package dev.bulwark.burden;

import dev.bulwark.core.BulwarkException;

/**
 * The burden module's exception: {@link Kind#BAD_INPUT} for a request the data cannot answer (a
 * year with no figures, a target year before the base year), {@link Kind#FAILURE} otherwise.
 *
 * <p>Its static checks are the module's one argument-check helper; their messages name the field,
 * the value and what was expected.
 */
public final class BurdenException extends BulwarkException {

  private BurdenException(Kind kind, String message) {
    super(kind, message);
  }

  /** Returns an exception for a request the user can fix. */
  public static BurdenException badInput(String message) {
    return new BurdenException(Kind.BAD_INPUT, message);
  }

  /** Returns an exception for work that could not be done although the request was sound. */
  public static BurdenException failure(String message) {
    return new BurdenException(Kind.FAILURE, message);
  }

  /**
   * Checks a condition on a request.
   *
   * @throws BurdenException of kind {@code BAD_INPUT} with {@code message} when it is false
   */
  public static void require(boolean condition, String message) {
    if (!condition) {
      throw badInput(message);
    }
  }

  /**
   * Checks that a number is finite and within {@code [min, max]}.
   *
   * @return the value
   * @throws BurdenException of kind {@code BAD_INPUT} naming the field, the value and the range
   */
  public static double inRange(double value, double min, double max, String field) {
    require(Double.isFinite(value) && value >= min && value <= max,
        field + " must be a number from " + min + " to " + max + ", was " + value);
    return value;
  }
}
