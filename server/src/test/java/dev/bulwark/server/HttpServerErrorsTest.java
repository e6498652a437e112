package dev.bulwark.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the HTTP server refuses before any route sees it (a malformed request line, a URI or
 * headers beyond its limits) is answered as a problem document too, not as an HTML page.
 */
final class HttpServerErrorsTest {

  @RegisterExtension
  static final TestServer server = TestServer.onLoopback();

  @Test
  void aMalformedRequestLineIsABadInputProblem() {
    String answer = server.raw("GARBAGE\u0001 / HTTP/9.9\r\n\r\n");

    assertProblem(answer, 400, "request");
  }

  @Test
  void aUriTooLongIsAProblem() {
    String answer = server.raw("GET /api/health?x=" + "a".repeat(20_000) + " HTTP/1.1\r\n"
        + "Host: 127.0.0.1:" + server.app.port() + "\r\nConnection: close\r\n\r\n");

    assertProblem(answer, 414, "uri");
  }

  @Test
  void headersTooLargeAreAProblem() {
    String answer = server.raw("GET /api/health HTTP/1.1\r\nHost: 127.0.0.1:"
        + server.app.port() + "\r\nX-Big: " + "b".repeat(20_000)
        + "\r\nConnection: close\r\n\r\n");

    assertProblem(answer, 431, "headers");
  }

  private static void assertProblem(String answer, int status, String field) {
    assertThat(answer).startsWith("HTTP/1.1 " + status).contains("Content-Type: "
        + Problem.MEDIA_TYPE, "\"status\":" + status, "\"field\":\"" + field + "\"")
        .doesNotContain("<html", "Exception", "at org.");
  }
}
