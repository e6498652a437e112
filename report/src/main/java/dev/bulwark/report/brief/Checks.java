package dev.bulwark.report.brief;

import dev.bulwark.report.ReportException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/** The argument checks the document model's records share. */
final class Checks {

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");

  private Checks() {}

  /** Returns {@code value} when it is given and not blank. */
  static String text(String value, String field) {
    ReportException.require(value != null && !value.isBlank(),
        field + " must be non-blank text, was " + quoted(value));
    return value;
  }

  /** Returns {@code value} when it is not null. */
  static <T> T given(T value, String field) {
    ReportException.require(value != null, field + " must be given, was null");
    return value;
  }

  /** Returns {@code value}, or the empty string when it is absent. */
  static String optional(String value) {
    return value == null ? "" : value;
  }

  /** Returns {@code value} when it can serve as an HTML id and URL fragment. */
  static String id(String value, String field) {
    ReportException.require(value != null && ID.matcher(value).matches(),
        field + " must be lower-case letters, digits and '-', starting with a letter, was "
            + quoted(value));
    return value;
  }

  /** Returns an unmodifiable copy of {@code values}, which must not be or contain null. */
  static <T> List<T> list(List<T> values, String field) {
    given(values, field);
    for (int i = 0; i < values.size(); i++) {
      ReportException.require(values.get(i) != null, field + "[" + i + "] must be given, was null");
    }
    return List.copyOf(values);
  }

  /** Returns an unmodifiable copy of non-blank lines of text. */
  static List<String> lines(List<String> values, String field) {
    List<String> copy = list(values, field);
    for (int i = 0; i < copy.size(); i++) {
      text(copy.get(i), field + "[" + i + "]");
    }
    return copy;
  }

  /**
   * Returns an unmodifiable copy of chart values, where null marks a missing value.
   *
   * @throws ReportException when a value is NaN or infinite
   */
  static List<Double> values(List<Double> values, String field) {
    given(values, field);
    for (int i = 0; i < values.size(); i++) {
      Double value = values.get(i);
      ReportException.require(value == null || Double.isFinite(value),
          field + "[" + i + "] must be a finite number or null for missing, was " + value);
    }
    return Collections.unmodifiableList(new ArrayList<>(values));
  }

  /** Checks that every series has one value per category, naming the first that does not. */
  static void matching(List<Series> series, int expected, String chart, String what) {
    ReportException.require(!series.isEmpty(), "chart '" + chart + "' needs at least one series");
    for (Series one : series) {
      ReportException.require(one.values().size() == expected,
          "series '" + one.name() + "' of chart '" + chart + "' has " + one.values().size()
              + " values, expected one per " + what + " (" + expected + ")");
    }
  }

  private static String quoted(String value) {
    return value == null ? "null" : "'" + value + "'";
  }
}
