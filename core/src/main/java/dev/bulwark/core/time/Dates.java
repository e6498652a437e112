package dev.bulwark.core.time;

import dev.bulwark.core.BadInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The one range of days Bulwark reads, from {@value #FIRST_YEAR}-01-01 to {@value #LAST_YEAR}-12-31:
 * wide enough for every treaty in the data (the oldest dates from 1947) and every projection
 * (none runs past 2100), narrow enough that no date arithmetic overflows or prints years no source
 * could mean ({@code +999999999-12-31}).
 */
public final class Dates {

  /** The first year a date may fall in. */
  public static final int FIRST_YEAR = 1800;
  /** The last year a date may fall in. */
  public static final int LAST_YEAR = 2200;
  /** The accepted values in words, for help and messages. */
  public static final String ACCEPTS = "a date YYYY-MM-DD from " + FIRST_YEAR + "-01-01 to "
      + LAST_YEAR + "-12-31";

  private Dates() {
  }

  /**
   * Reads a day, {@code 2027-01-01}.
   *
   * @param field the field's name, for the message
   * @throws BadInputException naming the field, the text and the range when the text is not a
   *     date of the range
   */
  public static LocalDate parse(String field, String text) {
    LocalDate date;
    try {
      date = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new BadInputException(field + " must be " + ACCEPTS + ", was '" + text + "'", e);
    }
    BadInputException.require(date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR,
        field + " must be " + ACCEPTS + ", was '" + text + "'");
    return date;
  }
}
