package dev.bulwark.server;

import io.javalin.http.Handler;
import java.util.List;

/**
 * One route of the API: method, path ({@code /api/scenarios/{id}}), what it answers, its query
 * parameters, and its handler. The route table is the single source of the registered routes and
 * of the OpenAPI document.
 *
 * @param method GET, POST or DELETE
 * @param path the path, with {@code {name}} path parameters
 * @param summary one sentence for the OpenAPI document
 * @param parameters the query parameters
 * @param body the request body's media type, or null when it takes none
 * @param handler the handler
 */
public record Route(Method method, String path, String summary, List<Parameter> parameters,
    String body, Handler handler) {

  /** The HTTP methods the API uses. */
  public enum Method { GET, POST, DELETE }

  /**
   * A query parameter.
   *
   * @param name its name
   * @param type the OpenAPI type: string, integer, number or boolean
   * @param description what it means, with the values it accepts and its default
   * @param required whether the request must give it
   * @param example a value that answers
   */
  public record Parameter(String name, String type, String description, boolean required,
      String example) {}

  public Route {
    if (method == null || path == null || !path.startsWith("/") || summary == null
        || handler == null) {
      throw new IllegalArgumentException("a route needs a method, a path from /, a summary and "
          + "a handler");
    }
    parameters = List.copyOf(parameters);
  }

  /** Returns whether the route changes state (and so needs the token off loopback). */
  public boolean writes() {
    return method != Method.GET;
  }
}
