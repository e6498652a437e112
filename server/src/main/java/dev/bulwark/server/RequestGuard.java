package dev.bulwark.server;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Set;

/**
 * What every request passes before a route sees it: the security headers; a {@code Host} that
 * names this server (a loopback name, an address, or the bound host, at the port listened on),
 * so a page whose DNS name is rebound to this machine cannot read the API; an {@code Origin},
 * when a browser sends one, that is this server's own, so no other site's page can write; the
 * token on writes when the server was started with one; and the body limit.
 */
final class RequestGuard {

  /** Host names that always mean this machine. */
  private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");
  /** Bind addresses that listen on every interface. */
  private static final Set<String> WILDCARDS = Set.of("0.0.0.0", "::", "[::]");

  private final ServerSettings settings;

  RequestGuard(ServerSettings settings) {
    this.settings = settings;
  }

  /** Sets the security headers and refuses a request that fails a check. */
  void check(Context ctx) {
    ctx.header("Content-Security-Policy", BulwarkApp.CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    String host = ctx.header("Host");
    if (host == null || !hostAllowed(host, ctx.req().getLocalPort())) {
      throw ServerException.of(ProblemType.FORBIDDEN, "Host", host, "this server answers "
          + "requests to localhost, 127.0.0.1, [::1] or " + settings.host() + " at port "
          + ctx.req().getLocalPort() + ", not to '" + host + "'");
    }
    String origin = ctx.header("Origin");
    if (origin != null && !origin.equalsIgnoreCase("http://" + host)) {
      throw ServerException.of(ProblemType.FORBIDDEN, "Origin", origin, "requests from "
          + "another site's page are refused: Origin must be http://" + host + " or absent");
    }
    HandlerType method = ctx.method();
    boolean writes = method != HandlerType.GET && method != HandlerType.HEAD
        && method != HandlerType.OPTIONS;
    if (writes && settings.writesNeedToken() && !tokenMatches(ctx, settings.token().get())) {
      throw ServerException.of(ProblemType.UNAUTHORIZED, "Authorization", null, "this server "
          + "was started with a token (BULWARK_TOKEN or --token-file): write requests need "
          + "'Authorization: Bearer T' with that token");
    }
    long length = ctx.req().getContentLengthLong();
    if (length > settings.maxBodyBytes()) {
      throw ServerException.of(ProblemType.TOO_LARGE, "body", String.valueOf(length), "the body "
          + "must be at most " + settings.maxBodyBytes() + " bytes, was " + length);
    }
  }

  /**
   * Whether a Host header names this server: a loopback name or the bound host at the port
   * listened on; with a wildcard bind, any address literal too (a rebound DNS name is never one).
   */
  boolean hostAllowed(String host, int port) {
    String value = host.strip().toLowerCase(Locale.ROOT);
    int colon = value.lastIndexOf(':');
    boolean hasPort = colon > value.lastIndexOf(']');
    String name = hasPort ? value.substring(0, colon) : value;
    String givenPort = hasPort ? value.substring(colon + 1) : "80";
    if (!givenPort.equals(String.valueOf(port))) {
      return false;
    }
    String bound = settings.host().toLowerCase(Locale.ROOT);
    return LOOPBACK_NAMES.contains(name) || name.equals(bound) || name.equals("[" + bound + "]")
        || WILDCARDS.contains(bound) && addressLiteral(name);
  }

  private static boolean addressLiteral(String name) {
    String bare = name.startsWith("[") && name.endsWith("]")
        ? name.substring(1, name.length() - 1) : name;
    if (!bare.matches("[0-9.]+|[0-9a-f:.]*:[0-9a-f:.]*")) {
      return false;
    }
    try {
      InetAddress.getByName(bare);
      return true;
    } catch (java.net.UnknownHostException e) {
      return false;
    }
  }

  private static boolean tokenMatches(Context ctx, String token) {
    String header = ctx.header("Authorization");
    String given = header != null && header.startsWith("Bearer ") ? header.substring(7) : "";
    return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
        token.getBytes(StandardCharsets.UTF_8));
  }
}
