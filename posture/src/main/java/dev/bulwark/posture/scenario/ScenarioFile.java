package dev.bulwark.posture.scenario;

import dev.bulwark.core.yaml.YamlReader;
import dev.bulwark.posture.PostureException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a scenario file: YAML with snake_case fields, documented in {@code docs/scenarios.md}.
 * Unknown fields, wrong types and broken rules fail with the file, line, column and field at
 * fault: {@code pivot.yaml line 7, column 5, at forces[0].personel: unknown field ...}.
 */
public final class ScenarioFile {

  private static final YamlReader YAML = YamlReader.withDefaults()
      .withSnakeCaseFields()
      .withWholeNumbersOnly()
      .withBadInput(PostureException::badInput);

  private ScenarioFile() {
  }

  /**
   * Reads a scenario from a file.
   *
   * @throws PostureException BAD_INPUT naming the line and field at fault, or the missing file
   */
  public static Scenario read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw PostureException.badInput("scenario file " + file + " does not exist", e);
    } catch (IOException e) {
      throw PostureException.failure("cannot read scenario file " + file + ": " + e.getMessage(),
          e);
    }
    return parse(text, file.getFileName().toString());
  }

  /** Reads a scenario from its text; {@code name} is the file name used in messages. */
  public static Scenario parse(String text, String name) {
    Scenario scenario = YAML.readValue(name, text, Scenario.class);
    if (scenario == null) {
      throw PostureException.badInput(name + " is empty: a scenario needs a name and changes");
    }
    return scenario;
  }
}
