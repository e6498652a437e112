package dev.bulwark.answers.question;

import java.util.List;

/**
 * One parameter of a question, the same on the command line ({@code --name}) and in the API
 * ({@code ?name=}).
 *
 * @param name the name, lower case with dashes or underscores as the command line shows it
 * @param type how the value is read and checked
 * @param fallback the default as text (read by the type, so {@code "today"} is resolved when
 *     the request is), or null when the parameter is optional without a default or required
 * @param required whether the request must give it
 * @param description what it means, one sentence
 * @param example a value that answers (used by help, the OpenAPI document and the tests)
 * @param positional whether the command line takes it as an argument rather than an option
 * @param aliases other option names the command line accepts ({@code --at} for {@code place})
 * @param repeatable whether the parameter may be given many times, each value read on its own
 * @param <T> the typed value
 */
public record Param<T>(String name, ParamType<T> type, String fallback, boolean required,
    String description, String example, boolean positional, List<String> aliases,
    boolean repeatable) {

  public Param {
    if (name == null || !name.matches("[a-z][a-z0-9_-]*") || type == null
        || description == null || description.isBlank() || example == null) {
      throw new IllegalArgumentException("a parameter needs a lower-case name, a type, a "
          + "description and an example: " + name);
    }
    aliases = List.copyOf(aliases);
  }

  /** Returns an optional parameter with a default. */
  public static <T> Param<T> of(String name, ParamType<T> type, String fallback,
      String description, String example) {
    return new Param<>(name, type, fallback, false, description, example, false, List.of(),
        false);
  }

  /** Returns an optional parameter without a default. */
  public static <T> Param<T> optional(String name, ParamType<T> type, String description,
      String example) {
    return new Param<>(name, type, null, false, description, example, false, List.of(),
        false);
  }

  /** Returns a parameter the request must give. */
  public static <T> Param<T> required(String name, ParamType<T> type, String description,
      String example) {
    return new Param<>(name, type, null, true, description, example, false, List.of(),
        false);
  }

  /** Returns this parameter taken as an argument, not an option, on the command line. */
  public Param<T> asPositional() {
    return new Param<>(name, type, fallback, required, description, example, true, aliases,
        repeatable);
  }

  /** Returns this parameter with other option names on the command line. */
  public Param<T> alias(String... more) {
    return new Param<>(name, type, fallback, required, description, example, positional,
        List.of(more), repeatable);
  }

  /** Returns this parameter accepting many values, each read on its own. */
  public Param<T> asRepeatable() {
    return new Param<>(name, type, fallback, required, description, example, positional,
        aliases, true);
  }

  /** Returns the description with the accepted values and the default, for help and OpenAPI. */
  public String help() {
    String accepts = type.accepts().isEmpty() ? "" : " Accepts " + type.accepts() + ".";
    String byDefault = required ? " Required." : fallback == null ? "" : " Default: " + fallback
        + ".";
    return description + accepts + byDefault;
  }
}
