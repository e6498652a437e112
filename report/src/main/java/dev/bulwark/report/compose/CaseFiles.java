package dev.bulwark.report.compose;

import dev.bulwark.core.yaml.YamlReader;
import dev.bulwark.report.ReportException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads the brief's case files, the YAML lists beside these classes of the postures a section
 * runs ({@code campaign-cases.yaml}, {@code strait-cases.yaml}).
 */
final class CaseFiles {

  private CaseFiles() {}

  /**
   * Returns the case file {@code name} read as {@code type}.
   *
   * @throws ReportException of kind FAILURE when the file is missing or does not read
   */
  static <T> T read(String name, Class<T> type) {
    try (InputStream in = CaseFiles.class.getResourceAsStream(name)) {
      if (in == null) {
        throw ReportException.failure("the brief's " + name + " is missing", null);
      }
      return YamlReader.withDefaults().readValue(name, in, type);
    } catch (IOException e) {
      throw ReportException.failure("cannot read the brief's " + name, e);
    }
  }
}
