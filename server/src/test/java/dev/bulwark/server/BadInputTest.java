package dev.bulwark.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Bad input to every endpoint gets a 4xx with a reason, never a 500: each query parameter of
 * every route in the table with wrong types, huge and negative numbers, odd text; unknown ids;
 * malformed bodies.
 */
final class BadInputTest {

  private static final List<String> BAD_VALUES = List.of("x", "-1", "0", "1e309", "NaN",
      "99999999999999999999", "2024.5", "'; DROP TABLE scenario; --", "../../etc/passwd",
      "Ωmega", "%00", "LAT,LON", "91,181", "2024Q9", "9999-99-99", "a".repeat(300));

  @RegisterExtension
  static final TestServer server = TestServer.onLoopback();

  @Test
  void everyQueryParameterOfEveryRouteAnswersBadValuesWithAReasonNotAFailure() {
    int asked = 0;
    for (Route route : server.app.routes()) {
      if (route.method() != Route.Method.GET || route.path().contains("{")) {
        continue;
      }
      for (Route.Parameter parameter : route.parameters()) {
        for (String value : BAD_VALUES) {
          String query = route.path() + "?" + parameter.name() + "="
              + URLEncoder.encode(value, StandardCharsets.UTF_8)
              + (route.path().endsWith("assessment") && !parameter.name().equals("target")
                  ? "&target=EST" : "");
          HttpResponse<String> response = server.get(query);
          assertThat(response.statusCode()).as(query + " -> " + response.body())
              .isLessThan(500);
          if (response.statusCode() >= 400) {
            assertThat(response.body()).as(query).contains("\"detail\"");
          }
          asked++;
        }
      }
    }
    assertThat(asked).isGreaterThan(400);
  }

  @Test
  void aSensitivityRunBeyondTheServersBoundIsABadInputNamingSamples() {
    // 100,000 base rows x (11 + 2) = 1,300,000 model runs, above the bound of 1,000,000.
    HttpResponse<String> response = server.get("/api/sensitivity?theatre=baltic&samples=100000");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"samples\"", "asks 1300000");
  }

  @Test
  void unknownIdsAreNotFound() {
    for (String path : List.of("/api/scenarios/%s", "/api/campaigns/%s")) {
      for (String id : List.of("0", "00000000-0000-0000-0000-000000000000", "x".repeat(300))) {
        assertThat(server.get(String.format(path, id)).statusCode()).as(path).isEqualTo(404);
      }
    }
    for (String id : List.of("0", "00000000-0000-0000-0000-000000000000")) {
      HttpResponse<String> run = server.get("/api/scenario/run?scenario=" + id);
      assertThat(run.statusCode()).isEqualTo(400);
      assertThat(run.body()).contains("\"field\":\"scenario\"", "no saved scenario");
    }
  }

  @Test
  void malformedCampaignBodiesAreBadInput() {
    for (String body : List.of("", "[]", "{", "\"text\"", "{\"posture\": 5}",
        "{\"posture\": \"baltic-2016\", \"runs\": \"many\"}",
        "{\"posture\": \"baltic-2016\", \"runs\": 1.5}",
        "{\"posture\": \"baltic-2016\", \"runs\": 1e400}",
        "{\"posture\": \"baltic-2016\", \"runs\": -4}",
        "{\"posture\": \"baltic-2016\", \"seed\": 123456789012345678901234567890}",
        "{\"posture\": \"baltic-2016\", \"horizon\": 0}",
        "{\"posture\": \"baltic-2016\", \"horizon_days\": 30}",
        "{\"posture\": \"baltic-2016\", \"show\": \"everything\"}",
        "{\"posture\": \"no-such-posture\"}",
        "{\"posture\": \"baltic-2016\", \"theatre\": \"pacific\"}",
        "{\"posture\": \"baltic-2016\", \"scenario\": \"no-such-scenario\"}",
        "{\"posture\": \"baltic-2016\", \"colour\": \"red\"}")) {
      HttpResponse<String> response = server.post("/api/campaigns", "application/json", body);
      assertThat(response.statusCode()).as(body + " -> " + response.body()).isBetween(400, 499);
    }
  }

  @Test
  void malformedScenarioBodiesAreBadInput() {
    for (String body : List.of("", ":", "name: [", "- a\n- b\n", "name: x\nforces: 5\n",
        "name: x\nunknown_field: 1\n", "name: x\nforces:\n  - from: Atlantis\n    to: LTU\n"
            + "    brigades: 1\n", "\t\u0000")) {
      HttpResponse<String> response = server.post("/api/scenarios", "text/yaml", body);
      assertThat(response.statusCode()).as(body + " -> " + response.body()).isBetween(400, 499);
    }
  }
}
