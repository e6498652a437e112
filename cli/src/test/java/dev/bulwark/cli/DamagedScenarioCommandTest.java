package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.posture.scenario.DamagedScenarios;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** 'bulwark scenario run' refuses every damaged scenario file: exit 2, naming it, no trace. */
final class DamagedScenarioCommandTest {

  @TempDir Path tmp;

  static Stream<DamagedScenarios.Case> damaged() {
    return DamagedScenarios.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("damaged")
  void aDamagedScenarioFileIsBadInput(DamagedScenarios.Case damaged) throws IOException {
    Path file = Files.write(tmp.resolve("damaged.yaml"), damaged.bytes());

    Run run = Run.of("scenario", "run", file.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(Bulwark.BAD_INPUT);
    assertThat(run.err()).contains(damaged.mentions());
    assertThat(run.err()).doesNotContain("\tat ");
    assertThat(run.out()).isEmpty();
  }
}
