package dev.bulwark.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * No page of another site can write to, or read from, a server on loopback: writes take only
 * media types a browser will not send cross-site without asking, a foreign Origin or a Host that
 * is not this server is forbidden, and method-override headers change nothing.
 */
final class CrossSiteTest {

  private static final String CAMPAIGN = "{\"posture\": \"baltic-2016\", \"runs\": 200000}";

  @RegisterExtension
  static final TestServer server = TestServer.onLoopback();

  @Test
  void writesInMediaTypesAPageCanSendCrossSiteAreUnsupported() {
    int jobs = jobCount();
    for (String type : List.of("text/plain", "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x", "text/plain; charset=utf-8", "")) {
      for (String[] write : List.of(new String[] {"/api/campaigns", CAMPAIGN},
          new String[] {"/api/scenarios", ScenarioAndCampaignTest.SCENARIO})) {
        JsonNode problem = TestServer.json(server.send(HttpRequest.newBuilder(
            server.uri(write[0])).header("Content-Type", type.isEmpty() ? "text/plain" : type)
            .POST(HttpRequest.BodyPublishers.ofString(write[1])).build()), 415);

        assertThat(problem.get("field").asText()).isEqualTo("Content-Type");
      }
    }
    assertThat(jobCount()).isEqualTo(jobs);
  }

  @Test
  void aRequestFromAnotherSitesPageIsForbidden() {
    for (String origin : List.of("http://evil.example", "null", "http://127.0.0.1:1",
        "https://127.0.0.1:" + server.app.port())) {
      HttpResponse<String> write = server.send(HttpRequest.newBuilder(
          server.uri("/api/scenarios")).header("Content-Type", "application/yaml")
          .header("Origin", origin)
          .POST(HttpRequest.BodyPublishers.ofString(ScenarioAndCampaignTest.SCENARIO)).build());
      HttpResponse<String> read = server.send(HttpRequest.newBuilder(
          server.uri("/api/scenarios")).header("Origin", origin).GET().build());

      assertThat(TestServer.json(write, 403).get("field").asText()).isEqualTo("Origin");
      assertThat(TestServer.json(read, 403).get("field").asText()).isEqualTo("Origin");
    }
  }

  @Test
  void theServersOwnOriginMayWrite() {
    HttpResponse<String> saved = server.send(HttpRequest.newBuilder(server.uri("/api/scenarios"))
        .header("Content-Type", "application/yaml")
        .header("Origin", "http://127.0.0.1:" + server.app.port())
        .POST(HttpRequest.BodyPublishers.ofString(ScenarioAndCampaignTest.SCENARIO)).build());

    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
  }

  @Test
  void aHostThatIsNotThisServerIsForbiddenSoARebindingPageCannotRead() {
    int port = server.app.port();
    for (String host : List.of("evil.example:" + port, "evil.example", "127.0.0.1:" + (port + 1),
        "localhost.evil.example:" + port)) {
      String answer = server.raw("GET /api/scenarios HTTP/1.1\r\nHost: " + host
          + "\r\nConnection: close\r\n\r\n");

      assertThat(answer).as(host).startsWith("HTTP/1.1 403").contains(Problem.MEDIA_TYPE,
          "\"field\":\"Host\"");
    }
    for (String host : List.of("localhost:" + port, "127.0.0.1:" + port, "[::1]:" + port)) {
      assertThat(server.raw("GET /api/health HTTP/1.1\r\nHost: " + host
          + "\r\nConnection: close\r\n\r\n")).as(host).startsWith("HTTP/1.1 200");
    }
  }

  @Test
  void aGetWithAMethodOverrideDoesNotCancelAJob() {
    String id = TestServer.json(server.post("/api/campaigns", "application/json", CAMPAIGN), 202)
        .get("id").asText();
    try {
      for (String header : List.of("X-HTTP-Method-Override", "X-HTTP-Method",
          "X-Method-Override")) {
        HttpResponse<String> overridden = server.send(HttpRequest.newBuilder(
            server.uri("/api/campaigns/" + id)).header(header, "DELETE").GET().build());
        assertThat(TestServer.json(overridden, 200).get("status").asText()).as(header)
            .isIn("queued", "running");
      }
      JsonNode param = TestServer.json(server.get("/api/campaigns/" + id + "?_method=DELETE"),
          200);

      assertThat(param.get("status").asText()).isIn("queued", "running");
    } finally {
      server.delete("/api/campaigns/" + id);
    }
  }

  @Test
  void aServerWithAFullQueueSaysWhenToTryAgain() {
    List<String> ids = new ArrayList<>();
    try {
      HttpResponse<String> answer;
      do {
        answer = server.post("/api/campaigns", "application/json", CAMPAIGN);
        if (answer.statusCode() == 202) {
          ids.add(TestServer.json(answer, 202).get("id").asText());
        }
      } while (answer.statusCode() == 202 && ids.size() < 40);

      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(429);
      assertThat(answer.headers().firstValue("Retry-After")).hasValue(
          String.valueOf(BulwarkApp.RETRY_AFTER_SECONDS));
      assertThat(answer.headers().firstValue("Content-Type")).hasValue(Problem.MEDIA_TYPE);
    } finally {
      ids.forEach(id -> server.delete("/api/campaigns/" + id));
    }
  }

  private int jobCount() {
    return TestServer.json(server.get("/api/campaigns"), 200).get("rows").size();
  }
}
