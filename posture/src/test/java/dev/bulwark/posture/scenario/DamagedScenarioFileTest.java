package dev.bulwark.posture.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.bulwark.core.BulwarkException;
import dev.bulwark.posture.PostureException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every damaged scenario file is refused as bad input, quickly, naming file and field. */
final class DamagedScenarioFileTest {

  @TempDir Path tmp;

  static Stream<DamagedScenarios.Case> refusedWhenRead() {
    return DamagedScenarios.all().stream().filter(DamagedScenarios.Case::whenRead);
  }

  static Stream<DamagedScenarios.Case> refusedWhenApplied() {
    return DamagedScenarios.all().stream().filter(c -> !c.whenRead());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedWhenRead")
  void aDamagedFileIsRefusedAsBadInputNamingTheFileAndWhatIsWrong(DamagedScenarios.Case damaged)
      throws IOException {
    Path file = Files.write(tmp.resolve("damaged.yaml"), damaged.bytes());

    assertTimeoutPreemptively(Duration.ofSeconds(1), () ->
        assertThatThrownBy(() -> ScenarioFile.read(file))
            .isInstanceOfSatisfying(PostureException.class, e -> {
              assertThat(e.kind()).isEqualTo(BulwarkException.Kind.BAD_INPUT);
              assertThat(e.getMessage()).startsWith("damaged.yaml")
                  .contains(damaged.mentions());
            }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedWhenApplied")
  void aFileWhoseNamesOnlyTheEnginesKnowReads(DamagedScenarios.Case damaged) {
    assertThat(ScenarioFile.parse(damaged.bytes(), "damaged.yaml")).isNotNull();
  }

  @Test
  void aNameOrDescriptionTooLongIsRefusedAtItsOwnLine() {
    String text = "name: Long\ndescription: " + "d".repeat(Scenario.MAX_DESCRIPTION_LENGTH + 1)
        + "\nwithdrawals: [{state: HUN, instrument: nato}]\n";

    assertThatThrownBy(() -> ScenarioFile.parse(text, "long.yaml"))
        .hasMessage("long.yaml line 2, column 14, at description: description must be at most "
            + "2000 characters, was 2001");
  }

  @Test
  void namesAndDescriptionsUpToTheStoresColumnsRead() {
    Scenario scenario = ScenarioFile.parse("name: " + "n".repeat(Scenario.MAX_NAME_LENGTH)
        + "\ndescription: " + "d".repeat(Scenario.MAX_DESCRIPTION_LENGTH)
        + "\nwithdrawals: [{state: HUN, instrument: nato}]\n", "full.yaml");

    assertThat(scenario.name()).hasSize(200);
    assertThat(scenario.description()).hasSize(2_000);
  }

  @Test
  void theMostBrigadesMoveTheirPersonnelExactly() {
    Scenario scenario = ScenarioFile.parse("name: Most\nforces: [{from: USA, to: JPN, brigades: "
        + ForceMove.MAX_BRIGADES + "}]\n", "most.yaml");

    assertThat(scenario.forces().get(0).movedPersonnel()).isEqualTo(18_000_000L);
  }
}
