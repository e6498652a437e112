package dev.bulwark.answers.question;

import dev.bulwark.answers.AnswerContext;
import dev.bulwark.answers.AnswersException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters of one request as given (each name to its texts), read through the question's
 * {@link Param}s: unknown names are refused naming the known ones, over-long texts are refused
 * before parsing, repeated values of a list are joined, and defaults are read like given values.
 */
public final class Arguments {

  /** The longest value read; longer ones are refused before parsing. */
  public static final int MAX_LENGTH = 800;
  /** The most values of one parameter. */
  public static final int MAX_VALUES = 200;

  private final Spec spec;
  private final Map<String, List<String>> given;
  private final AnswerContext context;

  private Arguments(Spec spec, Map<String, List<String>> given, AnswerContext context) {
    this.spec = spec;
    this.given = Map.copyOf(given);
    this.context = context;
  }

  /**
   * Returns the arguments of a request.
   *
   * @throws AnswersException when a name is not one of the question's parameters
   */
  public static Arguments of(Spec spec, Map<String, List<String>> given, AnswerContext context) {
    for (String name : given.keySet()) {
      if (!spec.names().contains(name)) {
        throw AnswersException.badInput(name, null, "unknown parameter '" + name + "' of "
            + spec.command() + ": expected one of " + spec.names(), spec.names(), null);
      }
    }
    return new Arguments(spec, given, context);
  }

  /** Returns the context the values are read against. */
  public AnswerContext context() {
    return context;
  }

  /** Returns the value given or the default; a required one that is missing is refused. */
  public <T> T value(Param<T> param) {
    return optional(param).orElseThrow(() -> AnswersException.badInput(param.name(), null,
        param.name() + " is required: " + param.description()));
  }

  /** Returns the value given or the default, or empty when neither. */
  public <T> Optional<T> optional(Param<T> param) {
    if (!spec.params().contains(param)) {
      throw new IllegalArgumentException(param.name() + " is not a parameter of "
          + spec.command());
    }
    Optional<String> text = text(param.name());
    if (text.isEmpty() && param.fallback() == null) {
      return Optional.empty();
    }
    return Optional.of(param.type().parse(param.name(), text.orElse(param.fallback()), context));
  }

  /** Returns every value given of a repeatable parameter, each read on its own, in order. */
  public <T> List<T> values(Param<T> param) {
    if (!spec.params().contains(param) || !param.repeatable()) {
      throw new IllegalArgumentException(param.name() + " is not a repeatable parameter of "
          + spec.command());
    }
    text(param.name());
    return given.getOrDefault(param.name(), List.of()).stream()
        .filter(v -> v != null && !v.isBlank())
        .map(v -> param.type().parse(param.name(), v.strip(), context)).toList();
  }

  /** Returns whether the request gave the parameter. */
  public boolean given(Param<?> param) {
    return text(param.name()).isPresent();
  }

  private Optional<String> text(String name) {
    List<String> values = given.getOrDefault(name, List.of());
    if (values.size() > MAX_VALUES) {
      throw AnswersException.badInput(name, String.valueOf(values.size()), name + " must be "
          + "given at most " + MAX_VALUES + " times, was " + values.size());
    }
    for (String value : values) {
      if (value != null && value.length() > MAX_LENGTH) {
        throw AnswersException.badInput(name, value.substring(0, 20) + "...", name + " must be "
            + "at most " + MAX_LENGTH + " characters, was " + value.length());
      }
    }
    String joined = String.join(",", values.stream().filter(v -> v != null && !v.isBlank())
        .map(String::strip).toList());
    return joined.isEmpty() ? Optional.empty() : Optional.of(joined);
  }
}
