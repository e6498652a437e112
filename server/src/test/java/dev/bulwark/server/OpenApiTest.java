package dev.bulwark.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The OpenAPI document and docs/api.md cannot drift from the routes the server registers. */
final class OpenApiTest {

  @RegisterExtension
  static final TestServer server = TestServer.onLoopback();

  @Test
  void theOpenApiDocumentListsExactlyTheRegisteredRoutes() {
    JsonNode doc = TestServer.json(server.get("/openapi.json"), 200);

    List<String> documented = new ArrayList<>();
    doc.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
        .forEachRemaining(method -> documented.add(method.toUpperCase(Locale.ROOT) + " "
            + path.getKey())));
    List<String> registered = server.app.registered().stream()
        .filter(r -> !r.equals("GET /openapi.json")).toList();
    assertThat(documented).containsExactlyInAnyOrderElementsOf(registered);
    assertThat(registered).hasSize(server.app.routes().size());
    assertThat(doc.get("openapi").asText()).startsWith("3.0");
  }

  @Test
  void everyQueryParameterInTheDocumentIsDescribedAndTyped() {
    JsonNode doc = TestServer.json(server.get("/openapi.json"), 200);

    JsonNode spending = doc.get("paths").get("/api/spending").get("get");
    assertThat(spending.get("parameters").findValuesAsText("name"))
        .containsExactly("year", "alliance", "source", "country", "from", "to");
    assertThat(doc.get("paths").get("/api/campaigns/{id}").get("delete").get("security"))
        .isNotNull();
    assertThat(doc.get("paths").get("/api/campaigns/{id}").get("get").get("parameters")
        .get(0).get("in").asText()).isEqualTo("path");
  }

  @Test
  void docsApiMdDocumentsEveryRoute() throws IOException {
    String doc = Files.readString(repositoryRoot().resolve("docs/api.md"));

    for (Route route : server.app.routes()) {
      assertThat(doc).as("docs/api.md").contains("`" + route.method() + " " + route.path()
          + "`");
    }
    assertThat(doc).contains("`GET /openapi.json`");
  }

  static Path repositoryRoot() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve("docs/api.md"))) {
        return dir;
      }
    }
    throw new IllegalStateException("docs/api.md not found above the working directory");
  }
}
