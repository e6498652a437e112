package dev.bulwark.server;

import dev.bulwark.core.BulwarkException;
import java.util.List;
import java.util.Optional;

/**
 * The server module's exception family: a request the caller can fix (kind BAD_INPUT, with the
 * HTTP status and problem type that say how), or a fault of the server's own (FAILURE). Carries
 * the field at fault, the value given and suggestions, which become members of the problem
 * document (RFC 9457).
 */
public final class ServerException extends BulwarkException {

  private final ProblemType type;
  private final String field;
  private final String value;
  private final List<String> suggestions;

  private ServerException(ProblemType type, String message, String field, String value,
      List<String> suggestions, Throwable cause) {
    super(type == ProblemType.FAILURE ? Kind.FAILURE : Kind.BAD_INPUT, message, cause);
    this.type = type;
    this.field = field;
    this.value = value;
    this.suggestions = List.copyOf(suggestions);
  }

  /** Returns a bad-input exception naming the field and the value at fault. */
  public static ServerException badInput(String field, String value, String message) {
    return new ServerException(ProblemType.BAD_INPUT, message, field, value, List.of(), null);
  }

  /** Returns a bad-input exception with the closest known values. */
  public static ServerException badInput(String field, String value, String message,
      List<String> suggestions, Throwable cause) {
    return new ServerException(ProblemType.BAD_INPUT, message, field, value, suggestions, cause);
  }

  /** Returns an exception of another problem type for input the caller can fix. */
  public static ServerException of(ProblemType type, String field, String value, String message) {
    return new ServerException(type, message, field, value, List.of(), null);
  }

  /** Returns an exception for a fault of the server's own (its database, its disk). */
  public static ServerException failure(String message, Throwable cause) {
    return new ServerException(ProblemType.FAILURE, message, null, null, List.of(), cause);
  }

  /** Returns the problem type, which fixes the HTTP status. */
  public ProblemType type() {
    return type;
  }

  /** Returns the request field at fault, if known. */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  /** Returns the value given, if known. */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }

  /** Returns the closest known values, best first. */
  public List<String> suggestions() {
    return suggestions;
  }
}
