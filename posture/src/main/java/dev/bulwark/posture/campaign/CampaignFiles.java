package dev.bulwark.posture.campaign;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.bulwark.core.yaml.YamlReader;
import dev.bulwark.posture.PostureException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the theatre index, theatres and postures from YAML: the bundled files beside this class
 * and users' own.
 * Field names are the records' component names; enum values are read case-insensitively
 * ({@code heavy_armoured}, {@code published}). A bad file fails with its line and the field.
 */
final class CampaignFiles {

  private static final YamlReader YAML = YamlReader.withDefaults()
      .withBadInput(PostureException::badInput);

  private CampaignFiles() {}

  /**
   * The index of the bundled theatres ({@code theatres.yaml}).
   *
   * @param theatres the theatres, in the order they are listed
   */
  record Index(List<IndexEntry> theatres) {
    Index {
      PostureException.require(theatres != null, "the theatre index needs a list of theatres");
      theatres = List.copyOf(theatres);
    }
  }

  /**
   * One theatre of the index.
   *
   * @param id the theatre's id, as its file states it
   * @param file the theatre file, relative to the index
   * @param marked {@code default: true} when it is run when no theatre is named; may be absent
   */
  record IndexEntry(String id, String file, @JsonProperty("default") Boolean marked) {
    IndexEntry {
      Checks.id(id, "theatre id in the theatre index");
      Checks.text(file, "file of theatre '" + id + "' in the theatre index");
    }

    /** Whether the entry is marked {@code default: true}. */
    boolean isDefault() {
      return Boolean.TRUE.equals(marked);
    }
  }

  static Index bundledIndex() {
    return bundled("theatres.yaml", Index.class);
  }

  static Theatre bundledTheatre(String file) {
    return bundled(file, Theatre.class);
  }

  static Posture bundledPosture(String id) {
    return bundled("postures/" + id + ".yaml", Posture.class);
  }

  /** Reads a user's file; {@code what} ("posture") names it in messages. */
  static <T> T read(Path file, String what, Class<T> type) {
    PostureException.require(file != null, what + " file must be given, was null");
    PostureException.require(Files.isRegularFile(file),
        what + " file " + file + " does not exist or is not a file");
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, file.toString(), type);
    } catch (IOException e) {
      throw PostureException.failure("cannot read " + what + " file " + file + ": "
          + e.getMessage(), e);
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
