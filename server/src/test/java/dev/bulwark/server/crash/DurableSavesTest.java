package dev.bulwark.server.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * What the server has acknowledged survives its being killed: a real server process saves
 * scenarios (each answered 201) and finishes a campaign run, is killed with SIGKILL at once,
 * and a new process on the same database finds every one of them.
 */
final class DurableSavesTest {

  private static final int SAVES = 25;
  private static final String POSTGRES = "BULWARK_TEST_POSTGRES_URL";
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient client = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void savesAcknowledgedOnTheEmbeddedDatabaseSurviveAKill() throws Exception {
    Path dir = Files.createTempDirectory("bulwark-crash");

    assertEverySaveSurvivesAKill("h2:" + dir);
  }

  @Test
  void savesAcknowledgedOnPostgresqlSurviveAKill() throws Exception {
    String url = System.getenv(POSTGRES);
    Assumptions.assumeTrue(url != null && !url.isBlank(), POSTGRES + " is not set: the "
        + "PostgreSQL crash test is skipped (.ci/run sets it)");

    assertEverySaveSurvivesAKill(url);
  }

  private void assertEverySaveSurvivesAKill(String database) throws Exception {
    List<String> scenarios = new ArrayList<>();
    String run;
    Server first = start(database);
    try {
      int port = first.port();
      run = finishedRun(port);
      for (int i = 0; i < SAVES; i++) {
        scenarios.add(saveScenario(port, i));
      }
    } finally {
      first.kill();
    }
    Server second = start(database);
    try {
      int port = second.port();
      List<String> found = new ArrayList<>();
      for (String id : scenarios) {
        if (get(port, "/api/scenarios/" + id).statusCode() == 200) {
          found.add(id);
        }
      }
      assertThat(found).as("scenarios acknowledged 201 before the kill").isEqualTo(scenarios);
      assertThat(get(port, "/api/campaigns/" + run).statusCode()).as("the run done before the "
          + "kill").isEqualTo(200);
    } finally {
      second.kill();
    }
  }

  private String saveScenario(int port, int i) throws IOException, InterruptedException {
    String yaml = "name: Crash save " + i + "\nbaseline: 2024Q4\nforces:\n  - from: USA\n"
        + "    to: LTU\n    brigades: 1\n";
    HttpResponse<String> saved = client.send(HttpRequest.newBuilder(uri(port, "/api/scenarios"))
        .header("Content-Type", "application/yaml").POST(HttpRequest.BodyPublishers.ofString(
            yaml)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
    return JSON.readTree(saved.body()).get("id").asText();
  }

  /** Runs a one-replication campaign job and returns its id once the server says it is done. */
  private String finishedRun(int port) throws IOException, InterruptedException {
    HttpResponse<String> queued = client.send(HttpRequest.newBuilder(uri(port, "/api/campaigns"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
            "{\"posture\": \"baltic-2016\", \"runs\": 1}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(queued.statusCode()).as(queued.body()).isEqualTo(202);
    String id = JSON.readTree(queued.body()).get("id").asText();
    Instant deadline = Instant.now().plusSeconds(60);
    while (Instant.now().isBefore(deadline)) {
      JsonNode job = JSON.readTree(get(port, "/api/campaigns/" + id).body());
      if (job.get("status").asText().equals("done")) {
        return id;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("job " + id + " did not finish in a minute");
  }

  private HttpResponse<String> get(int port, String path) throws IOException,
      InterruptedException {
    return client.send(HttpRequest.newBuilder(uri(port, path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static URI uri(int port, String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  /** A server process and the file its output goes to. */
  private record Server(Process process, Path log) {

    /** Waits for the process to print its port. */
    int port() throws IOException, InterruptedException {
      Instant deadline = Instant.now().plusSeconds(120);
      while (Instant.now().isBefore(deadline)) {
        for (String line : Files.readAllLines(log)) {
          if (line.startsWith(ServerProcess.READY)) {
            return Integer.parseInt(line.substring(ServerProcess.READY.length()).strip());
          }
        }
        assertThat(process.isAlive()).as(Files.readString(log)).isTrue();
        Thread.sleep(50);
      }
      throw new AssertionError("the server did not start in two minutes: "
          + Files.readString(log));
    }

    /** Kills the process with SIGKILL and waits for it to end. */
    void kill() throws InterruptedException {
      process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
  }

  private static Server start(String database) throws IOException {
    Path log = Files.createTempFile("bulwark-crash", ".log");
    log.toFile().deleteOnExit();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new Server(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        ServerProcess.class.getName(), database)
        .redirectErrorStream(true).redirectOutput(log.toFile()).start(), log);
  }
}
