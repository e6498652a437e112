package dev.bulwark.posture.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.bulwark.core.BulwarkException;
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

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

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
    KnownFields.check(text, name, Scenario.class);
    try {
      Scenario scenario = YAML.readValue(text, Scenario.class);
      if (scenario == null) {
        throw PostureException.badInput(name + " is empty: a scenario needs a name and changes");
      }
      return scenario;
    } catch (JsonProcessingException e) {
      throw PostureException.badInput(name + where(e) + ": " + problem(e), e);
    }
  }

  private static String where(JsonProcessingException e) {
    StringBuilder where = new StringBuilder();
    JsonLocation location = e.getLocation();
    if (location != null && location.getLineNr() > 0) {
      where.append(" line ").append(location.getLineNr()).append(", column ")
          .append(location.getColumnNr());
    }
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      where.append(where.length() > 0 ? "," : "").append(" at ").append(path(mapping));
    }
    return where.toString();
  }

  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        path.append(path.length() > 0 ? "." : "").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String problem(JsonProcessingException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof BulwarkException rule) {
        return rule.getMessage();
      }
    }
    return e.getOriginalMessage().lines().findFirst().orElse("malformed YAML");
  }
}
