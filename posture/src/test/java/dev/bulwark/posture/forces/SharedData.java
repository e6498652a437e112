package dev.bulwark.posture.forces;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the reference DMDC files in {@code ../shared/data} beside the checkout, if present. */
final class SharedData {

  static final String QUARTERLY = "troopdata-rebuild-country-year-quarter-format.csv";
  static final String REPORTS = "troopdata-rebuild-reports.csv";
  static final String STATES = "troopdata-rebuild-us-state-data.csv";

  private SharedData() {
  }

  /** The {@code troopdata_dmdc} folder, found by walking up from the working directory. */
  static Optional<Path> troopdata() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("../shared/data/troopdata_dmdc").normalize();
      if (Files.isRegularFile(candidate.resolve(QUARTERLY))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
