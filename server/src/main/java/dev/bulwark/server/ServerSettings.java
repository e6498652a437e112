package dev.bulwark.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * How the server listens: host and port, the token writes need when the host is not loopback,
 * and the request body limit.
 *
 * @param host the address to bind (loopback unless told otherwise)
 * @param port the port, 0 for any free one
 * @param token the token write requests must carry as {@code Authorization: Bearer T}; required
 *     when the host is not a loopback address
 * @param maxBodyBytes the largest request body accepted
 */
public record ServerSettings(String host, int port, Optional<String> token, int maxBodyBytes) {

  /** The default host: loopback only. */
  public static final String LOOPBACK = "127.0.0.1";
  /** The default port. */
  public static final int DEFAULT_PORT = 7070;
  /** The default body limit: 64 KiB, far above any scenario file. */
  public static final int DEFAULT_MAX_BODY = 64 * 1024;

  public ServerSettings {
    if (host == null || host.isBlank()) {
      throw ServerException.badInput("host", host, "--host must be an address, was empty");
    }
    if (port < 0 || port > 65_535) {
      throw ServerException.badInput("port", String.valueOf(port), "--port must be between 0 "
          + "and 65535, was " + port);
    }
    if (token == null) {
      token = Optional.empty();
    }
    if (token.isPresent() && token.get().length() < 8) {
      throw ServerException.badInput("token", "(hidden)", "the token (BULWARK_TOKEN or "
          + "--token-file) must be at least 8 characters");
    }
    if (!loopback(host) && token.isEmpty()) {
      throw ServerException.badInput("token", null, "--host " + host + " makes the server "
          + "reachable from other machines: set a token that write requests must carry, in the "
          + "environment variable BULWARK_TOKEN or in a file named by --token-file");
    }
    if (maxBodyBytes < 1024) {
      throw ServerException.badInput("maxBodyBytes", String.valueOf(maxBodyBytes),
          "the body limit must be at least 1024 bytes, was " + maxBodyBytes);
    }
  }

  /** Returns the settings of a loopback server on a port. */
  public static ServerSettings loopback(int port) {
    return new ServerSettings(LOOPBACK, port, Optional.empty(), DEFAULT_MAX_BODY);
  }

  /** Returns a copy bound to another host with a token. */
  public ServerSettings withHost(String otherHost, Optional<String> otherToken) {
    return new ServerSettings(otherHost, port, otherToken, maxBodyBytes);
  }

  /** Returns whether writes need the token. */
  public boolean writesNeedToken() {
    return token.isPresent();
  }

  /** Returns whether a host name or address is a loopback address. */
  static boolean loopback(String host) {
    if (host.equals("localhost")) {
      return true;
    }
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
