package dev.bulwark.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every route of the route table under a few hundred generated requests each (seeded, so a
 * failure repeats): garbage, oversized and unknown query parameters, bad ids, malformed bodies
 * in good and bad media types, odd headers. No answer is a failure, every refusal is a problem
 * document naming the field at fault, no answer shows SQL, an exception, a stack trace or a path
 * of the machine, and the store holds afterwards exactly what it held plus what was acknowledged.
 */
final class RouteFuzzTest {

  private static final long SEED = 20_260_601L;
  private static final int PER_ROUTE = 150;
  private static final List<String> VALUES = List.of("", "x", "-1", "0", "1", "2", "-0", "1e309",
      "NaN", "Infinity", "99999999999999999999", "2024.5", "2024", "1899", "2101", "true",
      "maybe", "'; DROP TABLE scenario; --", "../../etc/passwd", "%00", "\u0000", "Ωmega",
      "🇪🇪", "<script>alert(1)</script>", "${jndi:ldap://x}", "LAT,LON", "91,181", "59.4,24.7",
      "2024Q9", "2024Q4", "9999-99-99", "2025-02-12", "today", "NATO", "EST,,", ",", "own:",
      "own:2024-2014", "EUCOM", "all", "tornado", "baltic", "baltic-2016", "\t\r\n", " EST ");
  private static final List<String[]> HEADERS = List.of(new String[] {"Accept", "text/html"},
      new String[] {"Accept", "application/xml;q=0.1, */*;q=0"},
      new String[] {"Accept-Encoding", "gzip, br, identity;q=0"},
      new String[] {"X-HTTP-Method-Override", "DELETE"}, new String[] {"X-Method-Override", "PUT"},
      new String[] {"Authorization", "Bearer nonsense"}, new String[] {"Cookie", "a=b; c"},
      new String[] {"Range", "bytes=5-1"}, new String[] {"If-None-Match", "\"x\""},
      new String[] {"Origin", "http://evil.example"}, new String[] {"X-Forwarded-Host", "evil"},
      new String[] {"Accept-Language", "xx-" + "y".repeat(200)});

  @RegisterExtension
  static final TestServer server = TestServer.onLoopback();

  private final Random random = new Random(SEED);
  private final List<String> machinePaths = List.of(System.getProperty("user.dir"),
      System.getProperty("java.io.tmpdir") + "/bulwark", System.getProperty("user.home") + "/");
  private final Set<String> acknowledged = new HashSet<>();
  private final List<String> failures = new ArrayList<>();
  private String body;
  private int sent;
  private int refused;

  @Test
  void everyRouteAnswersGeneratedBadInputWithAProblemNamingTheFieldAndChangesNothing()
      throws IOException {
    Set<String> scenariosBefore = scenarioIds();
    int runsBefore = runCount();

    for (Route route : server.app.routes()) {
      for (int i = 0; i < PER_ROUTE; i++) {
        check(route, request(route));
      }
    }

    System.out.println("route fuzz: " + sent + " sent, " + refused + " refused, "
        + acknowledged.size() + " scenarios saved");
    assertThat(failures).as(failures.size() + " answers failed a check").isEmpty();
    Set<String> expected = new HashSet<>(scenariosBefore);
    expected.addAll(acknowledged);
    assertThat(scenarioIds()).as("the saved scenarios: those before and those acknowledged")
        .isEqualTo(expected);
    assertThat(runCount()).as("saved runs and jobs").isEqualTo(runsBefore);
    assertThat(sent).isGreaterThan(PER_ROUTE * 20);
    assertThat(refused).isGreaterThan(sent / 2);
  }

  private HttpRequest request(Route route) {
    String path = route.path().replace("{id}", URLEncoder.encode(id(), StandardCharsets.UTF_8)
        .replace("+", "%20"));
    HttpRequest.Builder builder = HttpRequest.newBuilder(server.uri(path + query(route)));
    if (random.nextInt(4) == 0) {
      String[] header = pick(HEADERS);
      builder.header(header[0], header[1]);
    }
    return switch (route.method()) {
      case GET -> builder.GET().build();
      case DELETE -> builder.DELETE().build();
      case POST -> {
        body = route.body().contains("json") ? campaignBody() : scenarioBody();
        yield builder.header("Content-Type", contentType(route.body()))
            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
      }
    };
  }

  /** A query: the route's required parameters, then one to three of any name set to junk. */
  private String query(Route route) {
    List<String> pairs = new ArrayList<>();
    for (Route.Parameter p : route.parameters()) {
      if (p.required() || p.name().equals("runs")) {
        pairs.add(p.name() + "=" + (p.name().equals("runs") ? "2" : p.example()));
      }
    }
    int mutations = route.method() == Route.Method.GET && route.parameters().isEmpty()
        && random.nextBoolean() ? 0 : 1 + random.nextInt(3);
    for (int i = 0; i < mutations; i++) {
      String name = route.parameters().isEmpty() || random.nextInt(5) == 0 ? pick(List.of(
          "colour", "", "year[]", "_method", "a".repeat(300))) : pick(route.parameters()).name();
      String value = random.nextInt(10) == 0 ? "z".repeat(1 + random.nextInt(12_000))
          : pick(VALUES);
      if (name.equals("runs") && value.matches("[0-9]{3,9}")) {
        continue; // a valid large run is work, not input to refuse
      }
      pairs.removeIf(pair -> pair.startsWith(name + "=") && random.nextBoolean());
      pairs.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
          + URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
    return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
  }

  private String id() {
    return pick(List.of("0", "00000000-0000-0000-0000-000000000000", "x".repeat(300), "..",
        "%2e%2e", "' OR '1'='1", "\u0000", "Ω", "-1", "null", UUIDs.random(random)));
  }

  private String contentType(String wanted) {
    return random.nextInt(6) > 0 ? wanted + pick(List.of("", "; charset=utf-8", ";;"))
        : pick(List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data",
            "application/xml", "text/yaml", "application/json", "*/*", "garbage"));
  }

  /** A campaign body with at least one defect, so no job is ever queued. */
  private String campaignBody() {
    List<String> fields = new ArrayList<>(List.of("\"posture\": \"baltic-2016\"",
        "\"runs\": 1", "\"seed\": 7", "\"horizon\": 3", "\"show\": \"objectives\""));
    String defect = pick(List.of("\"runs\": -" + (1 + random.nextInt(1000)),
        "\"runs\": \"many\"", "\"runs\": 1.5", "\"runs\": 0", "\"horizon\": 9999",
        "\"seed\": 1e400", "\"show\": \"everything\"", "\"posture\": \"" + id() + "\"",
        "\"scenario\": \"" + UUIDs.random(random) + "\"", "\"colour\": \"red\"",
        "\"theatre\": [1, 2]", "\"posture\": {\"a\": 1}", "\"runs\": null, \"x\": 1",
        "\"runs\": " + "9".repeat(400)));
    fields.add(random.nextInt(fields.size() + 1), defect);
    String body = "{" + String.join(", ", fields) + "}";
    return switch (random.nextInt(6)) {
      case 0 -> body.substring(0, random.nextInt(body.length()));
      case 1 -> "[" + body + "]";
      case 2 -> pick(List.of("", "null", "\"text\"", "{", "}", "{\"a\":" + "[".repeat(5000)));
      default -> body;
    };
  }

  /** A scenario file broken in one way: truncated, junk values, over-long texts, bad YAML. */
  private String scenarioBody() {
    String good = ScenarioAndCampaignTest.SCENARIO;
    return switch (random.nextInt(8)) {
      case 0 -> good.substring(0, 1 + random.nextInt(good.length() / 3));
      case 1 -> good.replace("brigades: 1", "brigades: " + pick(VALUES));
      case 2 -> good.replace("Baltic reinforced", "N".repeat(201 + random.nextInt(500)));
      case 3 -> good.replace("baseline: 2024Q4", "baseline: 2024Q4\ndescription: "
          + "d".repeat(2001 + random.nextInt(3000)));
      case 4 -> good.replace("Baltic reinforced", "\"nul\\0name\"");
      case 5 -> good.replace("to: LTU", "to: " + pick(List.of("Atlantis", "[", "~", "*a", "!!x")));
      case 6 -> "a: &a [" + "*a,".repeat(50) + "]\n" + good;
      default -> good.replace("  ", pick(List.of(" ", "\t", "   ")));
    };
  }

  private void check(Route route, HttpRequest request) {
    try {
      checkAnswer(route, request);
    } catch (AssertionError | UncheckedIOException e) {
      failures.add(request.method() + " " + shorten(request.uri()) + ": "
          + e.getMessage().lines().findFirst().orElse(""));
    }
  }

  private void checkAnswer(Route route, HttpRequest request) {
    HttpResponse<String> response;
    try {
      response = server.send(request);
    } catch (UncheckedIOException e) {
      response = server.send(request); // a connection Jetty closed after a 414 may be reused
    }
    sent++;
    String what = request.method() + " " + shorten(request.uri()) + " -> "
        + response.statusCode() + " " + shorten(response.body());
    assertThat(response.statusCode()).as(what).isLessThan(500);
    for (String leak : List.of("SQL", "Exception", "at dev.", "\tat ", "jdbc:")) {
      assertThat(response.body()).as(what).doesNotContain(leak);
    }
    for (String path : machinePaths) {
      assertThat(response.body()).as(what).doesNotContain(path);
    }
    if (response.statusCode() >= 400) {
      refused++;
      assertThat(response.headers().firstValue("Content-Type")).as(what)
          .hasValue(Problem.MEDIA_TYPE);
      JsonNode problem = TestServer.json(response, response.statusCode());
      assertThat(problem.path("status").asInt()).as(what).isEqualTo(response.statusCode());
      assertThat(problem.path("detail").asText()).as(what).isNotBlank();
      assertThat(problem.has("field")).as(what + ": names the field").isTrue();
    } else if (route.path().equals("/api/scenarios") && route.method() == Route.Method.POST) {
      acknowledged.add(TestServer.json(response, 201).get("id").asText());
    } else {
      assertThat(route.method()).as(what + ": a defective body was accepted: " + shorten(body))
          .isEqualTo(Route.Method.GET);
    }
  }

  private Set<String> scenarioIds() {
    Set<String> ids = new HashSet<>();
    TestServer.json(server.get("/api/scenarios"), 200).get("rows")
        .forEach(row -> ids.add(row.get("id").asText()));
    return ids;
  }

  private int runCount() {
    return TestServer.json(server.get("/api/campaigns"), 200).get("rows").size();
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  private static String shorten(Object text) {
    String s = String.valueOf(text);
    return s.length() > 300 ? s.substring(0, 300) + "..." : s;
  }

  /** Seeded UUIDs, so the ids tried repeat from run to run. */
  private static final class UUIDs {
    static String random(Random random) {
      return new java.util.UUID(random.nextLong(), random.nextLong()).toString();
    }
  }
}
