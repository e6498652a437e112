package dev.bulwark.posture.campaign;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.bulwark.posture.PostureException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Reads theatres and postures from YAML: the bundled files beside this class and users' own.
 * Field names are the records' component names; enum values are read case-insensitively
 * ({@code heavy_armoured}, {@code published}). A bad file fails with its line and the field.
 */
final class CampaignFiles {

  private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
      .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .build();

  private CampaignFiles() {}

  static Theatre bundledTheatre(String id) {
    return bundled(id + ".yaml", Theatre.class);
  }

  static Posture bundledPosture(String id) {
    return bundled("postures/" + id + ".yaml", Posture.class);
  }

  static Posture readPosture(Path file) {
    PostureException.require(file != null, "posture file must be given, was null");
    PostureException.require(Files.isRegularFile(file),
        "posture file " + file + " does not exist or is not a file");
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, file.toString(), Posture.class);
    } catch (IOException e) {
      throw PostureException.failure("cannot read posture file " + file + ": " + e.getMessage(), e);
    }
  }

  private static <T> T bundled(String resource, Class<T> type) {
    try (InputStream in = CampaignFiles.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw PostureException.failure("bundled campaign file " + resource + " is missing", null);
      }
      return parse(in, resource, type);
    } catch (IOException e) {
      throw PostureException.failure("cannot read bundled campaign file " + resource, e);
    }
  }

  private static <T> T parse(InputStream in, String name, Class<T> type) throws IOException {
    try {
      return YAML.readValue(in, type);
    } catch (JsonMappingException e) {
      JsonLocation at = e.getLocation();
      String line = at == null ? "" : " line " + at.getLineNr();
      String path = e.getPath().stream()
          .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
          .collect(Collectors.joining(".")).replace(".[", "[");
      String field = path.isEmpty() ? "" : " field " + path;
      Throwable cause = e.getCause() instanceof PostureException bad ? bad : e;
      String why = cause instanceof PostureException ? cause.getMessage() : e.getOriginalMessage();
      throw PostureException.badInput(name + line + field + ": " + why, e);
    }
  }
}
