package dev.bulwark.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.data.Ledger;
import dev.bulwark.server.store.Database;
import dev.bulwark.server.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * A real Bulwark server on an ephemeral loopback port over the embedded ledger and a fresh H2
 * file, and a java.net.http client that speaks to it.
 */
final class TestServer implements AutoCloseable {

  /** The day the tests ask about when they give no date: the February 2025 claims' day. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-02-12T12:00:00Z"), ZoneOffset.UTC);

  private static Services shared;

  final BulwarkApp app;
  final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private TestServer(BulwarkApp app) {
    this.app = app;
  }

  /** Starts a loopback server over services shared by every test class of the run. */
  static TestServer start() {
    return start(ServerSettings.loopback(0));
  }

  /** Starts a server with these settings over the shared services. */
  static synchronized TestServer start(ServerSettings settings) {
    if (shared == null) {
      shared = Services.of(Ledger.embedded(), Store.open(Database.embedded(tempDir())), CLOCK);
    }
    return new TestServer(BulwarkApp.create(shared, settings).start());
  }

  static Path tempDir() {
    try {
      Path dir = Files.createTempDirectory("bulwark-server-test");
      dir.toFile().deleteOnExit();
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + app.port() + pathAndQuery);
  }

  HttpResponse<String> get(String pathAndQuery) {
    return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build());
  }

  HttpResponse<String> post(String path, String contentType, String body) {
    return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  HttpResponse<String> delete(String path) {
    return send(HttpRequest.newBuilder(uri(path)).DELETE().build());
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Parses a JSON answer after checking its status. */
  static JsonNode json(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    try {
      return Json.MAPPER.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    app.close();
  }
}
