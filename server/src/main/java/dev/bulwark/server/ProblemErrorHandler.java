package dev.bulwark.server;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answers of the HTTP server itself (a request it cannot parse, a URI or headers too long for
 * it) as problem documents like every other error, instead of Jetty's HTML pages: the status, a
 * title, the part of the request at fault, and never a stack trace.
 */
final class ProblemErrorHandler extends ErrorHandler {

  /** Every method gets the document (Jetty's own pages are for GET, POST and HEAD only). */
  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message,
      Throwable cause, Callback callback) {
    ProblemType type = ProblemType.ofStatus(code);
    String field = switch (code) {
      case 414 -> "uri";
      case 431 -> "headers";
      default -> "request";
    };
    String detail = "the HTTP server refused the request (" + (message == null ? type.title()
        : message) + "); see docs/api.md";
    Problem problem = new Problem(type.uri(), type.title(), code, detail, field, null, null,
        null);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
    response.write(true, ByteBuffer.wrap(Json.bytes(problem)), callback);
  }
}
