package dev.bulwark.answers;

import dev.bulwark.core.BulwarkException;
import java.util.List;
import java.util.Optional;

/**
 * The answers layer's exception family: mostly a request the caller can fix, naming the parameter
 * at fault, the value given and the closest known values, which the command line turns into exit
 * code 2 and the server into a problem document with status 400; else a failure of the work
 * itself (a data package that cannot be written), exit code 1.
 */
public final class AnswersException extends BulwarkException {

  private final String field;
  private final String value;
  private final List<String> suggestions;

  private AnswersException(Kind kind, String field, String value, String message,
      List<String> suggestions, Throwable cause) {
    super(kind, message, cause);
    this.field = field;
    this.value = value;
    this.suggestions = List.copyOf(suggestions);
  }

  /** Returns a bad-input exception naming the parameter and the value at fault. */
  public static AnswersException badInput(String field, String value, String message) {
    return new AnswersException(Kind.BAD_INPUT, field, value, message, List.of(), null);
  }

  /** Returns a bad-input exception with the closest known values, best first. */
  public static AnswersException badInput(String field, String value, String message,
      List<String> suggestions, Throwable cause) {
    return new AnswersException(Kind.BAD_INPUT, field, value, message, suggestions, cause);
  }

  /** Returns a failure of the work itself, such as a file that cannot be written. */
  public static AnswersException failure(String message, Throwable cause) {
    return new AnswersException(Kind.FAILURE, null, null, message, List.of(), cause);
  }

  /** Returns the parameter at fault. */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  /** Returns the value given, if any. */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }

  /** Returns the closest known values, best first. */
  public List<String> suggestions() {
    return suggestions;
  }
}
