package dev.bulwark.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Loopback by default, the token on writes, and the body limit. */
final class SafetyTest {

  private static final String TOKEN = "correct-horse-battery";
  @RegisterExtension
  static final TestServer server = TestServer.with(new ServerSettings(ServerSettings.LOOPBACK, 0,
      Optional.of(TOKEN), 4096));

  @Test
  void theDefaultSettingsBindToLoopbackOnly() {
    ServerSettings settings = ServerSettings.loopback(ServerSettings.DEFAULT_PORT);

    assertThat(settings.host()).isEqualTo("127.0.0.1");
    assertThat(ServerSettings.loopback(settings.host())).isTrue();
    assertThat(settings.writesNeedToken()).isFalse();
  }

  @Test
  void bindingBeyondLoopbackWithoutATokenIsRefused() {
    assertThatThrownBy(() -> ServerSettings.loopback(7070).withHost("0.0.0.0", Optional.empty()))
        .isInstanceOf(ServerException.class).hasMessageContaining("--token");
  }

  @Test
  void aWriteWithoutTheTokenIsUnauthorizedAndWithItSucceeds() {
    HttpRequest.Builder request = HttpRequest.newBuilder(server.uri("/api/scenarios"))
        .header("Content-Type", "text/yaml")
        .POST(HttpRequest.BodyPublishers.ofString(ScenarioAndCampaignTest.SCENARIO));

    JsonNode refused = TestServer.json(server.send(request.build()), 401);
    JsonNode wrong = TestServer.json(server.send(request.copy()
        .header("Authorization", "Bearer not-the-token").build()), 401);
    JsonNode saved = TestServer.json(server.send(request.copy()
        .header("Authorization", "Bearer " + TOKEN).build()), 201);

    assertThat(refused.get("type").asText()).isEqualTo("urn:bulwark:problem:unauthorized");
    assertThat(wrong.get("status").asInt()).isEqualTo(401);
    assertThat(saved.get("name").asText()).isEqualTo("Baltic reinforced");
  }

  @Test
  void readsNeedNoToken() {
    assertThat(server.get("/api/health").statusCode()).isEqualTo(200);
  }

  @Test
  void aBodyOverTheLimitIsTooLarge() {
    String big = "name: big\ndescription: " + "x".repeat(5000) + "\n";
    JsonNode problem = TestServer.json(server.send(HttpRequest.newBuilder(
        server.uri("/api/scenarios")).header("Content-Type", "text/yaml")
        .header("Authorization", "Bearer " + TOKEN)
        .POST(HttpRequest.BodyPublishers.ofString(big)).build()), 413);

    assertThat(problem.get("detail").asText()).contains("4096");
  }
}
