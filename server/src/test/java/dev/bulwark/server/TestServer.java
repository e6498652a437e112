package dev.bulwark.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.data.Ledger;
import dev.bulwark.server.store.Database;
import dev.bulwark.server.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Bulwark server on an ephemeral loopback port over the embedded ledger and a fresh H2
 * file, and a java.net.http client that speaks to it. Registered as a JUnit extension, it starts
 * before a test class's tests and stops after them.
 */
final class TestServer implements BeforeAllCallback, AfterAllCallback {

  /** The day the tests ask about when they give no date: the February 2025 claims' day. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-02-12T12:00:00Z"), ZoneOffset.UTC);

  private static Services shared;

  final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ServerSettings settings;
  BulwarkApp app;

  private TestServer(ServerSettings settings) {
    this.settings = settings;
  }

  /** Returns a loopback server over services shared by every test class of the run. */
  static TestServer onLoopback() {
    return with(ServerSettings.loopback(0));
  }

  /** Returns a server with these settings over the shared services. */
  static TestServer with(ServerSettings settings) {
    return new TestServer(settings);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    app = BulwarkApp.create(services(), settings).start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    app.close();
  }

  private static synchronized Services services() {
    if (shared == null) {
      shared = Services.of(Ledger.embedded(), Store.open(Database.embedded(tempDir())), CLOCK);
    }
    return shared;
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

  HttpResponse<String> post(String path, String contentType, byte[] body) {
    return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
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

  /**
   * Sends bytes as they are over a socket (for what java.net.http will not send: another Host,
   * a malformed request line) and returns the whole answer, status line, headers and body.
   */
  String raw(String request) {
    try (Socket socket = new Socket("127.0.0.1", app.port())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
}
