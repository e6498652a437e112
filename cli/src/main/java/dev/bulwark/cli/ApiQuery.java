package dev.bulwark.cli;

import dev.bulwark.server.api.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A command's options as the API's query parameters, so both answer through one code path. */
final class ApiQuery {

  private final Map<String, List<String>> values = new LinkedHashMap<>();

  /** Adds a parameter when the option was given (a {@code null} value is left out). */
  ApiQuery with(String name, Object value) {
    if (value != null) {
      values.computeIfAbsent(name, k -> new ArrayList<>()).add(String.valueOf(value));
    }
    return this;
  }

  /** Adds every value of a repeatable option. */
  ApiQuery withAll(String name, List<String> all) {
    all.forEach(value -> with(name, value));
    return this;
  }

  Query query() {
    return Query.of(values);
  }
}
