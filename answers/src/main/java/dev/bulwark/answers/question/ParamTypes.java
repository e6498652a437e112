package dev.bulwark.answers.question;

import dev.bulwark.answers.AnswerContext;
import dev.bulwark.answers.AnswersException;
import dev.bulwark.core.BulwarkException;
import dev.bulwark.core.country.Country;
import dev.bulwark.core.country.UnknownCountryException;
import dev.bulwark.core.time.Dates;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The parameter types every question draws on, each with one range: years, whole numbers,
 * numbers in a range, dates ({@code today} resolved on the context's clock), switches, choices,
 * and names that must be known (countries), read through the domain's own parser for the rest.
 */
public final class ParamTypes {

  /** The first year a question accepts (the data begin after it). */
  public static final int FIRST_YEAR = 1900;
  /** The last year a question accepts, target years included (no projection runs past it). */
  public static final int LAST_YEAR = 2100;

  private ParamTypes() {
  }

  /** Reads a value from text; throws an {@link AnswersException} naming the field. */
  @FunctionalInterface
  public interface Parser<T> {
    /** Reads {@code text} given for {@code field}. */
    T parse(String field, String text, AnswerContext context);
  }

  /** A type made of a label, a schema type, the accepted values in words and a parser. */
  private record Simple<T>(String label, String schemaType, String accepts, boolean isSwitch,
      Parser<T> parser) implements ParamType<T> {

    @Override
    public T parse(String field, String text, AnswerContext context) {
      return parser.parse(field, text, context);
    }
  }

  /** Returns a type from its parts. */
  public static <T> ParamType<T> of(String label, String schemaType, String accepts,
      Parser<T> parser) {
    return new Simple<>(label, schemaType, accepts, false, parser);
  }

  /** A year from {@value #FIRST_YEAR} to {@value #LAST_YEAR}. */
  public static ParamType<Integer> year() {
    return integer("YEAR", FIRST_YEAR, LAST_YEAR);
  }

  /** A whole number in [min, max]. */
  public static ParamType<Integer> integer(String label, int min, int max) {
    return of(label, "integer", min + " to " + max, (field, text, context) -> {
      long value = parse(field, text, Long::parseLong, "a whole number");
      if (value < min || value > max) {
        throw AnswersException.badInput(field, text, field + " must be between " + min + " and "
            + max + ", was " + text);
      }
      return (int) value;
    });
  }

  /** A whole number of any size (a seed). */
  public static ParamType<Long> seed() {
    return of("SEED", "integer", "any whole number", (field, text, context) ->
        parse(field, text, Long::parseLong, "a whole number"));
  }

  /** A finite number above {@code low} (exclusive) and at most {@code high}. */
  public static ParamType<Double> above(String label, double low, double high) {
    return of(label, "number", "a number above " + plain(low) + " and at most " + plain(high),
        (field, text, context) -> {
          double value = parse(field, text, Double::parseDouble, "a number");
          if (!Double.isFinite(value) || value <= low || value > high) {
            throw AnswersException.badInput(field, text, field + " must be a number above "
                + plain(low) + " and at most " + plain(high) + ", was " + text);
          }
          return value;
        });
  }

  /** A day YYYY-MM-DD in {@link Dates}' one range, or {@code today} on the context's clock. */
  public static ParamType<LocalDate> date() {
    return of("YYYY-MM-DD", "string", Dates.ACCEPTS + ", or today", (field, text, context) ->
        text.equalsIgnoreCase("today") ? context.today()
            : guarded(field, text, t -> Dates.parse(field, t)));
  }

  /** A switch: present (or true, 1) or absent (or false, 0). */
  public static ParamType<Boolean> flag() {
    return new Simple<>("", "boolean", "true or false", true, (field, text, context) ->
        switch (text.toLowerCase(Locale.ROOT)) {
          case "true", "1" -> true;
          case "false", "0" -> false;
          default -> throw AnswersException.badInput(field, text, field + " must be true or "
              + "false, was '" + text + "'");
        });
  }

  /** One of a closed set of words, compared without case; returns the word as listed. */
  public static ParamType<String> choice(String... words) {
    List<String> known = List.of(words);
    return of(String.join("|", known), "string", String.join(", ", known),
        (field, text, context) -> known.stream().filter(w -> w.equalsIgnoreCase(text))
            .findFirst().orElseThrow(() -> AnswersException.badInput(field, text, field
                + " must be one of " + known + ", was '" + text + "'", known, null)));
  }

  /** A state: any name or code the country resolver knows; returns its ISO3 code. */
  public static ParamType<String> country() {
    return of("STATE", "string", "any name or code of a state", ParamTypes::country);
  }

  /** States separated by commas; returns their ISO3 codes in the order given. */
  public static ParamType<List<String>> countries() {
    return of("STATE,...", "string", "names or codes separated by commas",
        (field, text, context) -> Arrays.stream(text.split(",")).map(String::strip)
            .filter(s -> !s.isEmpty()).map(s -> country(field, s, context)).toList());
  }

  /** A value read by a domain parser whose bad-input exceptions become the field's. */
  public static <T> ParamType<T> domain(String label, String accepts, Function<String, T> read) {
    return of(label, "string", accepts, (field, text, context) -> guarded(field, text, read));
  }

  /**
   * Runs a domain parser, naming the field when it refuses the text.
   *
   * @throws AnswersException when the parser refuses the text as bad input
   */
  public static <T> T guarded(String field, String text, Function<String, T> read) {
    try {
      return read.apply(text);
    } catch (AnswersException e) {
      throw e;
    } catch (BulwarkException e) {
      if (e.kind() != BulwarkException.Kind.BAD_INPUT) {
        throw e;
      }
      throw AnswersException.badInput(field, text, named(field, e.getMessage()), List.of(), e);
    }
  }

  private static String country(String field, String text, AnswerContext context) {
    try {
      return context.countries().resolve(text).iso3();
    } catch (UnknownCountryException e) {
      throw AnswersException.badInput(field, text, named(field, e.getMessage()),
          e.suggestions().stream().map(Country::iso3).toList(), e);
    }
  }

  /**
   * A domain's message with the field in front ({@code target: unknown country 'Atlantis' ...}),
   * unless it already starts with it, so that every refusal names the option at fault.
   */
  private static String named(String field, String message) {
    return message.startsWith(field + " ") ? message : field + ": " + message;
  }

  private static <T> T parse(String field, String text, Function<String, T> parser,
      String expected) {
    try {
      return parser.apply(text);
    } catch (NumberFormatException e) {
      throw AnswersException.badInput(field, text, field + " must be " + expected + ", was '"
          + text + "'");
    }
  }

  private static String plain(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }
}
