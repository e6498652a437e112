package dev.bulwark.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.posture.scenario.DamagedScenarios;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** POST /api/scenarios refuses every damaged scenario file with a 4xx naming it, saving nothing. */
final class DamagedScenarioApiTest {

  @RegisterExtension
  static final TestServer server = TestServer.onLoopback();

  static Stream<DamagedScenarios.Case> damaged() {
    return DamagedScenarios.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("damaged")
  void aDamagedScenarioIsRefusedWithoutBeingSaved(DamagedScenarios.Case damaged) {
    int before = saved();
    if (damaged.bytes().length > ServerSettings.DEFAULT_MAX_BODY) {
      // A body over the server's own limit is refused by its length (413) before it is read. It
      // is announced and not sent, since the server may close the connection while a client is
      // still writing it, and the client would then see the closed connection, not the answer.
      String answer = server.raw("POST /api/scenarios HTTP/1.1\r\nHost: 127.0.0.1:"
          + server.app.port() + "\r\nContent-Type: application/yaml\r\nContent-Length: "
          + damaged.bytes().length + "\r\nConnection: close\r\n\r\n");
      assertThat(answer).startsWith("HTTP/1.1 413").contains("\"field\":\"body\"");
      assertThat(saved()).isEqualTo(before);
      return;
    }

    HttpResponse<String> response = server.post("/api/scenarios", "application/yaml",
        damaged.bytes());

    assertThat(response.statusCode()).as(response.body()).isIn(400, 413);
    JsonNode problem = TestServer.json(response, response.statusCode());
    assertThat(problem.get("field").asText()).isEqualTo("body");
    if (response.statusCode() == 400) {
      assertThat(problem.get("detail").asText()).contains(damaged.mentions());
    }
    assertThat(saved()).isEqualTo(before);
  }

  private static int saved() {
    return TestServer.json(server.get("/api/scenarios"), 200).get("rows").size();
  }
}
