package dev.bulwark.posture.campaign;

import dev.bulwark.core.yaml.YamlReader;
import dev.bulwark.posture.PostureException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads theatres and postures from YAML: the bundled files beside this class and users' own.
 * Field names are the records' component names; enum values are read case-insensitively
 * ({@code heavy_armoured}, {@code published}). A bad file fails with its line and the field.
 */
final class CampaignFiles {

  private static final YamlReader YAML = YamlReader.withDefaults()
      .withBadInput(PostureException::badInput);

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
    return YAML.readValue(name, in, type);
  }
}
