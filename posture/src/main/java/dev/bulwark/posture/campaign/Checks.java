package dev.bulwark.posture.campaign;

import dev.bulwark.posture.PostureException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** The argument checks the campaign's records share; each message names the field and value. */
final class Checks {

  private Checks() {}

  /** Requires lower-case letters, digits and hyphens; returns the id. */
  static String id(String id, String field) {
    PostureException.require(id != null && id.matches("[a-z0-9-]+"),
        field + " must be lower-case letters, digits and hyphens, was '" + id + "'");
    return id;
  }

  /** Requires non-blank text; returns it. */
  static String text(String text, String field) {
    PostureException.require(text != null && !text.isBlank(),
        field + " must be non-blank text, was '" + text + "'");
    return text;
  }

  /** Returns the source, stripped, or empty when missing. */
  static String source(String source) {
    return source == null ? "" : source.strip();
  }

  /**
   * Requires a list whose elements have distinct ids; returns an unmodifiable copy.
   *
   * @param what the elements' kind ("unit"), for the message
   * @param owner what holds them ("posture 'x'"), for the message
   */
  static <T> List<T> distinct(List<T> list, Function<T, String> id, String what, String owner) {
    PostureException.require(list != null, owner + " needs a list of " + what + "s, was missing");
    Set<String> seen = new HashSet<>();
    for (T element : list) {
      PostureException.require(seen.add(id.apply(element)),
          what + " id '" + id.apply(element) + "' appears twice in " + owner);
    }
    return List.copyOf(list);
  }

  /** Requires {@code low ≤ value ≤ high}; returns the value. */
  static int within(int value, int low, int high, String field) {
    PostureException.require(value >= low && value <= high,
        field + " must be " + low + " to " + high + ", was " + value);
    return value;
  }
}
