package dev.bulwark.posture.scenario;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.bulwark.core.BulwarkException;
import dev.bulwark.posture.PostureException;

/**
 * Feeds arbitrary bytes to the scenario reader: the only exception that may escape is bad input.
 * {@code ./mvnw verify} replays the inputs under {@code src/test/resources/.../ScenarioFileFuzzTestInputs}
 * (regression mode); {@code JAZZER_FUZZ=1} fuzzes, as {@code docs/scenarios.md} shows.
 */
final class ScenarioFileFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void onlyBadInputEscapesTheScenarioReader(byte[] bytes) {
    try {
      ScenarioFile.parse(bytes, "fuzz.yaml");
    } catch (PostureException e) {
      if (e.kind() != BulwarkException.Kind.BAD_INPUT) {
        throw e;
      }
    }
  }
}
