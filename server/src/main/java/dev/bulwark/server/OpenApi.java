package dev.bulwark.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OpenAPI 3.0 document of the API, built from the route table so it lists exactly the
 * routes the server registers: each path and method with its summary, query and path
 * parameters, request body, and the problem responses every route can give.
 */
public final class OpenApi {

  private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([a-z_]+)}");

  private OpenApi() {
  }

  /** Returns the document as JSON-ready maps. */
  public static Map<String, Object> document(List<Route> routes, String version) {
    Map<String, Object> paths = new LinkedHashMap<>();
    for (Route route : routes) {
      @SuppressWarnings("unchecked")
      Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(route.path(),
          p -> new LinkedHashMap<String, Object>());
      item.put(route.method().name().toLowerCase(java.util.Locale.ROOT), operation(route));
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("openapi", "3.0.3");
    doc.put("info", Map.of("title", "Bulwark API", "version", version, "description",
        "Who pays, who is covered, where the forces stand: every question of the bulwark "
            + "command, with the same parameters and rows (docs/api.md)."));
    doc.put("paths", paths);
    doc.put("components", Map.of("schemas", Map.of("Problem", problemSchema()),
        "securitySchemes", Map.of("token", Map.of("type", "http", "scheme", "bearer"))));
    return doc;
  }

  private static Map<String, Object> operation(Route route) {
    Map<String, Object> op = new LinkedHashMap<>();
    op.put("summary", route.summary());
    op.put("operationId", route.method().name().toLowerCase(java.util.Locale.ROOT)
        + route.path().replaceAll("[^A-Za-z]+", "_"));
    List<Map<String, Object>> parameters = new ArrayList<>();
    Matcher m = PATH_PARAMETER.matcher(route.path());
    while (m.find()) {
      parameters.add(Map.of("name", m.group(1), "in", "path", "required", true,
          "schema", Map.of("type", "string")));
    }
    for (Route.Parameter p : route.parameters()) {
      parameters.add(Map.of("name", p.name(), "in", "query", "required", p.required(),
          "description", p.description(), "schema", Map.of("type", p.type()),
          "example", p.example()));
    }
    if (!parameters.isEmpty()) {
      op.put("parameters", parameters);
    }
    if (route.body() != null) {
      op.put("requestBody", Map.of("required", true, "content",
          Map.of(route.body(), Map.of("schema", Map.of("type",
              route.body().contains("json") ? "object" : "string")))));
    }
    if (route.writes()) {
      op.put("security", List.of(Map.of("token", List.of())));
    }
    Map<String, Object> responses = new LinkedHashMap<>();
    responses.put(route.method() == Route.Method.POST ? (route.body() != null
        && route.body().contains("json") ? "202" : "201") : "200", Map.of("description", "the "
        + "answer (docs/api.md)", "content", Map.of("application/json",
        Map.of("schema", Map.of("type", "object")))));
    Map<String, Object> problem = Map.of("description", "a problem naming the field at fault",
        "content", Map.of(Problem.MEDIA_TYPE, Map.of("schema",
            Map.of("$ref", "#/components/schemas/Problem"))));
    responses.put("4XX", problem);
    responses.put("5XX", problem);
    op.put("responses", responses);
    return op;
  }

  private static Map<String, Object> problemSchema() {
    Map<String, Object> props = new LinkedHashMap<>();
    for (String name : List.of("type", "title", "detail", "field", "value", "instance")) {
      props.put(name, Map.of("type", "string"));
    }
    props.put("status", Map.of("type", "integer"));
    props.put("suggestions", Map.of("type", "array", "items", Map.of("type", "string")));
    return Map.of("type", "object", "properties", props,
        "required", List.of("type", "title", "status", "detail"));
  }
}
