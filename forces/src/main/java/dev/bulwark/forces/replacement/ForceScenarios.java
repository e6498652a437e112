package dev.bulwark.forces.replacement;

import dev.bulwark.core.yaml.YamlReader;
import dev.bulwark.forces.Bundled;
import dev.bulwark.forces.ForcesException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The scenario files shipped with Bulwark, and the reader of a user's own: YAML, fields in
 * snake_case, unknown fields refused with file, line and column.
 */
public final class ForceScenarios {

  /** The ids of the bundled scenarios, in the order help lists them. */
  public static final List<String> BUNDLED = List.of("iiss-2025", "bruegel-2025");

  /** The bundled scenarios, each read on first use and kept (they are immutable). */
  private static final Map<String, ForceScenario> READ = new ConcurrentHashMap<>();

  private ForceScenarios() {
  }

  /** The reader, made on first read rather than when the bundled ids are first named. */
  private static final class Reader {

    static final YamlReader YAML = YamlReader.withDefaults().withSnakeCaseFields()
        .withBadInput(ForcesException::badInput);

    private Reader() {
    }
  }

  /**
   * Returns a bundled scenario, read once.
   *
   * @throws ForcesException naming the bundled ids
   */
  public static ForceScenario bundled(String id) {
    ForcesException.require(BUNDLED.contains(id), "unknown scenario '" + id + "': expected one "
        + "of " + BUNDLED + " or a scenario file");
    return READ.computeIfAbsent(id,
        known -> read(known + ".yaml", Bundled.text(ForceScenarios.class, known + ".yaml")));
  }

  /**
   * Reads a scenario file's text.
   *
   * @param source the file's name as messages show it
   * @throws ForcesException naming the line, column and field of what is wrong
   */
  public static ForceScenario read(String source, String text) {
    ForceScenario scenario = Reader.YAML.readValue(source, text, ForceScenario.class);
    ForcesException.require(scenario != null, source + " is empty");
    return scenario;
  }
}
