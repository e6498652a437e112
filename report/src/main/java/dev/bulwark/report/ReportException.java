package dev.bulwark.report;

import dev.bulwark.core.BulwarkException;

/**
 * The report module's exception: a brief that breaks a rule of the document model (a blank
 * heading, a table cell it cannot print, two charts with one id), or a brief that could not be
 * rendered or written (a missing bundled script, an unwritable output directory).
 */
public final class ReportException extends BulwarkException {

  private ReportException(Kind kind, String message, Throwable cause) {
    super(kind, message, cause);
  }

  /** Returns an exception for input the caller can fix; the message names field, value and rule. */
  public static ReportException badInput(String message) {
    return new ReportException(Kind.BAD_INPUT, message, null);
  }

  /** Returns an exception for input the caller can fix, keeping the underlying cause. */
  public static ReportException badInput(String message, Throwable cause) {
    return new ReportException(Kind.BAD_INPUT, message, cause);
  }

  /** Returns an exception for work that failed although the input was fine (I/O, broken jar). */
  public static ReportException failure(String message, Throwable cause) {
    return new ReportException(Kind.FAILURE, message, cause);
  }

  /**
   * Checks a rule of the document model.
   *
   * @throws ReportException of kind {@link Kind#BAD_INPUT} with {@code message} when
   *     {@code condition} is false
   */
  public static void require(boolean condition, String message) {
    if (!condition) {
      throw badInput(message);
    }
  }
}
