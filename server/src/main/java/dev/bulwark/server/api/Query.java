package dev.bulwark.server.api;

import dev.bulwark.core.country.Countries;
import dev.bulwark.core.country.Country;
import dev.bulwark.core.country.UnknownCountryException;
import dev.bulwark.server.ServerException;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The query parameters of one request, read with their types and ranges checked at the boundary:
 * a wrong value fails with the field, the value and what was expected.
 */
public final class Query {

  /** The longest parameter value read; longer ones are refused before parsing. */
  static final int MAX_LENGTH = 200;

  private final Map<String, List<String>> parameters;

  private Query(Map<String, List<String>> parameters) {
    this.parameters = Map.copyOf(parameters);
  }

  /** Returns the parameters of a request. */
  public static Query of(Context ctx) {
    return new Query(ctx.queryParamMap());
  }

  /** Returns parameters given as a map (each name to its values), as a request would carry. */
  public static Query of(Map<String, List<String>> parameters) {
    return new Query(parameters);
  }

  /** Returns the text of a parameter, stripped, if given and not blank. */
  public Optional<String> text(String field) {
    List<String> values = parameters.getOrDefault(field, List.of());
    String raw = values.isEmpty() ? null : values.get(0);
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    if (raw.length() > MAX_LENGTH) {
      throw ServerException.badInput(field, raw.substring(0, 20) + "...", field + " must be at "
          + "most " + MAX_LENGTH + " characters, was " + raw.length());
    }
    return Optional.of(raw.strip());
  }

  /** Returns the text of a parameter, or the default. */
  public String text(String field, String fallback) {
    return text(field).orElse(fallback);
  }

  /** Returns a whole number in [min, max], if given. */
  public Optional<Integer> integer(String field, int min, int max) {
    return text(field).map(t -> parse(field, t, Integer::parseInt, "a whole number"))
        .map(v -> inRange(field, v, min, max));
  }

  /** Returns a finite number in (0, max], or the default. */
  public double positive(String field, double fallback, double max) {
    double value = text(field).map(t -> parse(field, t, Double::parseDouble, "a number"))
        .orElse(fallback);
    if (!Double.isFinite(value) || value <= 0 || value > max) {
      throw ServerException.badInput(field, String.valueOf(value), field + " must be a number "
          + "above 0 and at most " + max + ", was " + value);
    }
    return value;
  }

  /** Returns a boolean (true/false), or false. */
  public boolean flag(String field) {
    return text(field).map(t -> switch (t) {
      case "true", "1" -> true;
      case "false", "0" -> false;
      default -> throw ServerException.badInput(field, t, field + " must be true or false, was '"
          + t + "'");
    }).orElse(false);
  }

  /** Returns a date YYYY-MM-DD, or the default. */
  public LocalDate date(String field, LocalDate fallback) {
    return text(field).map(t -> parse(field, t, LocalDate::parse, "a date YYYY-MM-DD"))
        .orElse(fallback);
  }

  /** Returns the comma-separated list of a parameter (repeats are joined), possibly empty. */
  public List<String> list(String field) {
    List<String> all = parameters.getOrDefault(field, List.of());
    if (all.size() > MAX_LENGTH) {
      throw ServerException.badInput(field, String.valueOf(all.size()), field + " must be given "
          + "at most " + MAX_LENGTH + " times, was " + all.size());
    }
    return all.stream().flatMap(v -> {
      if (v.length() > 4 * MAX_LENGTH) {
        throw ServerException.badInput(field, v.substring(0, 20) + "...", field + " is too long");
      }
      return Arrays.stream(v.split(","));
    }).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** Resolves a country parameter with the resolver's rules; unknown ones carry suggestions. */
  public static Country country(Countries countries, String field, String value) {
    try {
      return countries.resolve(value);
    } catch (UnknownCountryException e) {
      throw ServerException.badInput(field, value, e.getMessage(),
          e.suggestions().stream().map(Country::iso3).toList(), e);
    }
  }

  private static <T> T parse(String field, String text, Function<String, T> parser,
      String expected) {
    try {
      return parser.apply(text);
    } catch (NumberFormatException | DateTimeParseException e) {
      throw ServerException.badInput(field, text, field + " must be " + expected + ", was '"
          + text + "'");
    }
  }

  private static int inRange(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw ServerException.badInput(field, String.valueOf(value), field + " must be between "
          + min + " and " + max + ", was " + value);
    }
    return value;
  }
}
