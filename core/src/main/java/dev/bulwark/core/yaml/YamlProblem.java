package dev.bulwark.core.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.bulwark.core.BulwarkException;

/**
 * Bulwark's single formatter for problems in a YAML file:
 * {@code FILE line L, column C, at PATH.TO.field: message}. The location is left out when Jackson
 * has none, the path when the problem is not inside a field; the message is that of the
 * {@link BulwarkException} a record's constructor threw (a broken rule), else the first line of
 * Jackson's own.
 */
public final class YamlProblem {

  private YamlProblem() {
  }

  /** Describes what Jackson reported while reading the file called {@code source}. */
  public static String describe(String source, JsonProcessingException e) {
    String path = e instanceof JsonMappingException mapping ? path(mapping) : "";
    return at(source, e.getLocation(), path) + ": " + message(e);
  }

  /**
   * Returns where in a file a problem lies, {@code FILE line L, column C, at PATH}, for messages
   * made outside Jackson; the line and column when {@code location} has them, the path when it is
   * not empty.
   */
  public static String at(String source, JsonLocation location, String path) {
    StringBuilder where = new StringBuilder(source);
    if (location != null && location.getLineNr() > 0) {
      where.append(" line ").append(location.getLineNr())
          .append(", column ").append(location.getColumnNr());
      if (!path.isEmpty()) {
        where.append(',');
      }
    }
    if (!path.isEmpty()) {
      where.append(" at ").append(path);
    }
    return where.toString();
  }

  /** The field at fault as {@code forces[0].personnel}: names joined by dots, indexes in brackets. */
  static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        path.append(path.length() > 0 ? "." : "").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String message(JsonProcessingException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof BulwarkException rule) {
        return rule.getMessage();
      }
    }
    String original = e.getOriginalMessage();
    return original == null ? "malformed YAML"
        : original.lines().findFirst().orElse("malformed YAML");
  }
}
