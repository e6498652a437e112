package dev.bulwark.posture;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/** Reads a UTF-8 resource bundled beside a class; a missing or unreadable one is a failure. */
public final class BundledResource {

  /** Parses a resource's text. */
  @FunctionalInterface
  public interface Parser<T> {
    T parse(Reader reader) throws IOException;
  }

  private BundledResource() {
  }

  /**
   * Reads the resource {@code name} beside {@code owner} with the parser.
   *
   * @throws PostureException of kind FAILURE when the resource is missing or unreadable
   */
  public static <T> T read(Class<?> owner, String name, Parser<T> parser) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw PostureException.failure("bundled resource " + name + " is missing", null);
      }
      return parser.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw PostureException.failure("cannot read bundled " + name, e);
    }
  }
}
