package dev.bulwark.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.core.BadInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

final class YamlReaderTest {

  enum Kind { HEAVY_ARMOURED, LIGHT }

  record Unit(String id, Kind kind, int strength) {
    Unit {
      BadInputException.require(strength > 0, "strength must be positive, was " + strength);
    }
  }

  record Posture(String name, List<Unit> units) {
  }

  record Pledge(String country, double targetSharePct, int by) {
  }

  record Entry(String id, @JsonProperty("default") Boolean marked) {
  }

  private static final YamlReader YAML = YamlReader.withDefaults();

  @Test
  void aFieldRenamedForJacksonIsKnownByItsNameInTheFile() {
    Entry entry = YAML.readValue("index.yaml", "{id: a, default: true}", Entry.class);

    assertThat(entry.marked()).isTrue();
    assertThatThrownBy(() -> YAML.readValue("index.yaml", "{id: a, marked: true}", Entry.class))
        .hasMessageContaining("unknown field 'marked'");
  }

  @Test
  void readsRecordsWithEnumsInAnyCase() {
    Posture posture = YAML.readValue("mine.yaml", """
        name: Mine
        units:
          - {id: a, kind: heavy_armoured, strength: 2}
        """, Posture.class);

    assertThat(posture.units()).containsExactly(new Unit("a", Kind.HEAVY_ARMOURED, 2));
  }

  @Test
  void aMisspeltFieldNamesFileLineColumnPathAndTheFieldsExpected() {
    assertThatThrownBy(() -> YAML.readValue("mine.yaml", """
        name: Mine
        units:
          - id: a
            kind: light
            strenght: 2
        """, Posture.class))
        .isInstanceOf(BadInputException.class)
        .hasMessage("mine.yaml line 5, column 5, at units[0].strenght: unknown field "
            + "'strenght': expected one of id, kind, strength");
  }

  @Test
  void aBrokenRuleIsReportedWithTheRecordsOwnMessage() {
    assertThatThrownBy(() -> YAML.readValue("mine.yaml", """
        name: Mine
        units:
          - {id: a, kind: light, strength: 0}
        """, Posture.class))
        .hasMessageStartingWith("mine.yaml line 3, column ")
        .hasMessageContaining("at units[0]")
        .hasMessageEndingWith(": strength must be positive, was 0");
  }

  @Test
  void snakeCaseFieldsAndWholeNumbersAreOptions() {
    YamlReader strict = YAML.withSnakeCaseFields().withWholeNumbersOnly();

    assertThat(strict.readValue("p.yaml", "{country: DEU, target_share_pct: 3.5, by: 2030}",
        Pledge.class)).isEqualTo(new Pledge("DEU", 3.5, 2030));
    assertThatThrownBy(() -> strict.readValue("p.yaml",
        "{country: DEU, target_share_pct: 3.5, by: 2030.5}", Pledge.class))
        .hasMessageStartingWith("p.yaml line 1, column ").hasMessageContaining(", at by: ");
  }

  @Test
  void malformedYamlFailsWithTheModulesExceptionAndItsLine() {
    class ModuleException extends RuntimeException {
      ModuleException(String message, Throwable cause) {
        super(message, cause);
      }
    }
    YamlReader reader = YAML.withBadInput(ModuleException::new);
    byte[] text = "a: [1, 2\nb: 3\n".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> reader.readTree("broken.yaml", new ByteArrayInputStream(text)))
        .isInstanceOf(ModuleException.class)
        .hasMessageStartingWith("broken.yaml line 2, column ")
        .hasMessageNotContaining(", at ");
  }

  @Test
  void readsATree() throws IOException {
    JsonNode root = YAML.readTree("t.yaml",
        new ByteArrayInputStream("- id: nato\n".getBytes(StandardCharsets.UTF_8)));

    assertThat(root.get(0).get("id").asText()).isEqualTo("nato");
  }
}
