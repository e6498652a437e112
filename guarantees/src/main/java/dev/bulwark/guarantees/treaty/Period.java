package dev.bulwark.guarantees.treaty;

import dev.bulwark.guarantees.GuaranteesException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The days something holds: from {@code from} (inclusive) to {@code to} (exclusive, the first day
 * it no longer holds), open-ended when {@code to} is empty.
 */
public record Period(LocalDate from, Optional<LocalDate> to) {

  public Period {
    GuaranteesException.require(from != null, "a period must have a start date, was null");
    GuaranteesException.require(to != null && to.map(end -> end.isAfter(from)).orElse(true),
        "a period must end after it starts, was " + from + " to " + to);
  }

  /** Returns the period from a date on, with no end. */
  public static Period since(LocalDate from) {
    return new Period(from, Optional.empty());
  }

  /** Returns whether the date falls within the period. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(from) && to.map(date::isBefore).orElse(true);
  }

  /** Returns "1949-08-24 –" or "1994-04-20 – 1999-04-20". */
  @Override
  public String toString() {
    return from + " – " + to.map(LocalDate::toString).orElse("");
  }
}
