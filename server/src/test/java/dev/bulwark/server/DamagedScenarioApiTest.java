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

    HttpResponse<String> response = server.post("/api/scenarios", "application/yaml",
        damaged.bytes());

    // A body over the server's own limit is refused by size (413) before it is read.
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
