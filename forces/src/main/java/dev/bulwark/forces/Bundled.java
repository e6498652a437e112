package dev.bulwark.forces;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reads the files bundled with the forces module (the catalogue, the force list, scenarios). */
public final class Bundled {

  private Bundled() {
  }

  /**
   * Returns the text of a resource beside a class.
   *
   * @throws ForcesException of kind FAILURE when it is missing or unreadable
   */
  public static String text(Class<?> beside, String name) {
    try (InputStream in = beside.getResourceAsStream(name)) {
      if (in == null) {
        throw ForcesException.failure("the bundled file " + name + " is missing", null);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw ForcesException.failure("the bundled file " + name + " cannot be read: " + e, e);
    }
  }
}
