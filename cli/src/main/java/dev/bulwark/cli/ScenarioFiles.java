package dev.bulwark.cli;

import dev.bulwark.answers.AnswersException;
import dev.bulwark.answers.scenario.ScenarioLibrary;
import dev.bulwark.posture.scenario.Scenario;
import dev.bulwark.posture.scenario.ScenarioFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Scenarios named on the command line: files, a relative one not found in the working directory
 * looked for in its parent directories, so the examples run from anywhere inside a checkout.
 */
final class ScenarioFiles implements ScenarioLibrary {

  @Override
  public Scenario find(String reference) {
    try {
      return ScenarioFile.read(locate(Path.of(reference)));
    } catch (InvalidPathException e) {
      throw AnswersException.badInput("scenario", reference, "scenario must be a file name, was '"
          + reference + "': " + e.getReason());
    }
  }

  @Override
  public String fileText(String field, String reference) {
    try {
      return Files.readString(locate(Path.of(reference)));
    } catch (InvalidPathException | IOException e) {
      throw AnswersException.badInput(field, reference, field + " must be a bundled id or a "
          + "readable file, was '" + reference + "': " + e.getMessage());
    }
  }

  /** The file as given, or, when relative and absent, the first match in a parent directory. */
  static Path locate(Path file) {
    if (file.isAbsolute() || Files.exists(file)) {
      return file;
    }
    for (Path dir = Path.of("").toAbsolutePath().getParent(); dir != null;
        dir = dir.getParent()) {
      if (Files.exists(dir.resolve(file))) {
        return dir.resolve(file);
      }
    }
    return file;
  }
}
