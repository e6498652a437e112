package dev.bulwark.posture.scenario;

import dev.bulwark.core.yaml.YamlReader;
import dev.bulwark.posture.PostureException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a scenario file: UTF-8 YAML of at most {@value #MAX_BYTES} bytes with snake_case fields,
 * documented in {@code docs/scenarios.md}. A larger file is refused before it is parsed; a file
 * that is not UTF-8 text is refused by name; unknown fields, wrong types, values out of range and
 * broken rules fail with the file, line, column and field at fault:
 * {@code pivot.yaml line 7, column 5, at forces[0].personel: unknown field ...}.
 */
public final class ScenarioFile {

  /** The largest scenario file read, 1 MiB; the bundled examples are under 2 KiB. */
  public static final int MAX_BYTES = 1 << 20;

  private static final YamlReader YAML = YamlReader.withDefaults()
      .withSnakeCaseFields()
      .withWholeNumbersOnly()
      .withBadInput(PostureException::badInput);

  private ScenarioFile() {
  }

  /**
   * Reads a scenario from a file.
   *
   * @throws PostureException BAD_INPUT naming the line and field at fault, or the missing,
   *     unreadable, over-long or non-UTF-8 file
   */
  public static Scenario read(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      return parse(bytes, name);
    } catch (NoSuchFileException e) {
      throw PostureException.badInput("scenario file " + file + " does not exist", e);
    } catch (AccessDeniedException e) {
      throw PostureException.badInput("scenario file " + file + ": permission denied", e);
    } catch (IOException e) {
      throw PostureException.failure("cannot read scenario file " + file + ": " + e.getMessage(),
          e);
    }
  }

  /**
   * Reads a scenario from a file's bytes (a request's body, say); {@code name} is the file name
   * used in messages.
   *
   * @throws PostureException BAD_INPUT when the bytes are more than {@value #MAX_BYTES}, not
   *     UTF-8 text, or not a valid scenario
   */
  public static Scenario parse(byte[] bytes, String name) {
    requireSize(bytes.length <= MAX_BYTES, name);
    return checked(YAML.readValue(name, bytes, Scenario.class), name);
  }

  /** Reads a scenario from its text; {@code name} is the file name used in messages. */
  public static Scenario parse(String text, String name) {
    requireSize(text.length() <= MAX_BYTES
        && text.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES, name);
    return checked(YAML.readValue(name, text, Scenario.class), name);
  }

  private static void requireSize(boolean fits, String name) {
    PostureException.require(fits, name + " is too large: a scenario file must be at most "
        + MAX_BYTES + " bytes (1 MiB)");
  }

  private static Scenario checked(Scenario scenario, String name) {
    if (scenario == null) {
      throw PostureException.badInput(name + " is empty: a scenario needs a name and changes");
    }
    return scenario;
  }
}
