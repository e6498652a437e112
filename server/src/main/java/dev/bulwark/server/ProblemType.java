package dev.bulwark.server;

import java.util.Locale;

/** The kinds of problem the API answers with, each with its HTTP status and title. */
public enum ProblemType {
  /** A parameter or body the caller can fix. */
  BAD_INPUT(400, "Bad input"),
  /** A write without the start-up token on a server bound beyond loopback. */
  UNAUTHORIZED(401, "Unauthorized"),
  /** A request from another site's page, or to a host name that is not this server's. */
  FORBIDDEN(403, "Forbidden"),
  /** No route, scenario, job or run with that id. */
  NOT_FOUND(404, "Not found"),
  /** The route exists but not with this method. */
  NOT_ALLOWED(405, "Method not allowed"),
  /** The request conflicts with the resource's state (cancelling a finished job). */
  CONFLICT(409, "Conflict"),
  /** A body beyond the size limit. */
  TOO_LARGE(413, "Request too large"),
  /** A request line longer than the HTTP server reads. */
  URI_TOO_LONG(414, "URI too long"),
  /** A body in a media type the route does not read. */
  UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
  /** Too many jobs at once. */
  BUSY(429, "Too many jobs"),
  /** Request headers larger than the HTTP server reads. */
  HEADERS_TOO_LARGE(431, "Request headers too large"),
  /** A fault of Bulwark's own, never of the input. */
  FAILURE(500, "Failure");

  private final int status;
  private final String title;

  ProblemType(int status, String title) {
    this.status = status;
    this.title = title;
  }

  /** Returns the HTTP status. */
  public int status() {
    return status;
  }

  /** Returns the short human title. */
  public String title() {
    return title;
  }

  /** Returns the type URI of the problem document ({@code urn:bulwark:problem:bad-input}). */
  public String uri() {
    return "urn:bulwark:problem:" + name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Returns the type of a 4xx or 5xx status Bulwark did not raise itself. */
  public static ProblemType ofStatus(int status) {
    for (ProblemType type : values()) {
      if (type.status == status) {
        return type;
      }
    }
    return status >= 500 ? FAILURE : BAD_INPUT;
  }
}
