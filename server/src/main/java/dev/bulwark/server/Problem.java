package dev.bulwark.server;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.bulwark.answers.AnswersException;
import dev.bulwark.core.BulwarkException;
import dev.bulwark.core.country.Country;
import dev.bulwark.core.country.UnknownCountryException;
import dev.bulwark.guarantees.geo.UnknownPlaceException;
import java.util.List;

/**
 * A problem document (RFC 9457, {@code application/problem+json}): type, title, status, detail
 * and the path asked for, with Bulwark's members {@code field}, {@code value} and
 * {@code suggestions} when known.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(@JsonProperty("type") String type, String title, int status, String detail,
    String field, String value, List<String> suggestions, String instance) {

  /** The media type of problem documents. */
  public static final String MEDIA_TYPE = "application/problem+json";

  /** Returns a problem of a type with a detail. */
  public static Problem of(ProblemType type, String detail, String instance) {
    return new Problem(type.uri(), type.title(), type.status(), detail, null, null, null,
        instance);
  }

  /**
   * Returns the problem an exception stands for: a server exception as it says; an unknown
   * country or place as bad input with the closest matches; other Bulwark exceptions by kind;
   * anything else as a failure whose detail says nothing of the cause (which may name files,
   * SQL or classes): the caller logs it.
   */
  public static Problem from(Throwable e, String instance) {
    if (e instanceof ServerException s) {
      return new Problem(s.type().uri(), s.type().title(), s.type().status(), s.getMessage(),
          s.field().orElse(null), s.value().orElse(null),
          s.suggestions().isEmpty() ? null : s.suggestions(), instance);
    }
    if (e instanceof AnswersException a) {
      return new Problem(ProblemType.BAD_INPUT.uri(), ProblemType.BAD_INPUT.title(),
          ProblemType.BAD_INPUT.status(), a.getMessage(), a.field().orElse(null),
          a.value().orElse(null), a.suggestions().isEmpty() ? null : a.suggestions(), instance);
    }
    if (e instanceof UnknownCountryException c) {
      return withSuggestions(c, c.suggestions().stream().map(Country::iso3).toList(), instance);
    }
    if (e instanceof UnknownPlaceException p) {
      return withSuggestions(p, p.suggestions(), instance);
    }
    if (e instanceof BulwarkException b && b.kind() == BulwarkException.Kind.BAD_INPUT) {
      return of(ProblemType.BAD_INPUT, b.getMessage(), instance);
    }
    return of(ProblemType.FAILURE, "unexpected failure, not of the request; the server's log "
        + "has the cause", instance);
  }

  private static Problem withSuggestions(BulwarkException e, List<String> suggestions,
      String instance) {
    ProblemType type = ProblemType.BAD_INPUT;
    return new Problem(type.uri(), type.title(), type.status(), e.getMessage(), null, null,
        suggestions.isEmpty() ? null : suggestions, instance);
  }
}
