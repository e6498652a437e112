package dev.bulwark.answers.question;

import dev.bulwark.answers.AnswerContext;

/**
 * The type of a question's parameter: how its text is read and checked, once, at the boundary.
 * Every adapter (command line, API) reads parameters through these types, so a value valid in one
 * is valid in the other.
 *
 * @param <T> the typed value
 */
public interface ParamType<T> {

  /** Returns the placeholder shown in help ({@code YEAR}, {@code YYYY-MM-DD}). */
  String label();

  /** Returns the OpenAPI schema type: string, integer, number or boolean. */
  String schemaType();

  /** Returns the values accepted, in words ({@code "1900 to 2100"}). */
  String accepts();

  /**
   * Reads a value.
   *
   * @param field the parameter's name, for the message when the text is refused
   * @param text the text given, stripped and not blank
   * @param context the ledgers and engines, for names that must be known (countries, places)
   * @throws dev.bulwark.answers.AnswersException naming the field when the text is refused
   */
  T parse(String field, String text, AnswerContext context);

  /** Returns whether the parameter takes no value on the command line (a switch). */
  default boolean isSwitch() {
    return false;
  }
}
