package dev.bulwark.server.store;

import java.time.Instant;

/**
 * A scenario file saved on the server.
 *
 * @param id its id (a random UUID)
 * @param name the scenario's name, from the file
 * @param description its description, from the file (possibly empty)
 * @param created when it was saved
 * @param yaml the file as sent
 */
public record SavedScenario(String id, String name, String description, Instant created,
    String yaml) {

  public SavedScenario {
    if (id == null || name == null || description == null || created == null || yaml == null) {
      throw new IllegalArgumentException("a saved scenario needs an id, name, description, "
          + "creation time and text");
    }
  }
}
