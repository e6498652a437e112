package dev.bulwark.posture.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.posture.PostureException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class TheatresTest {

  private final Theatres registry = Theatres.bundled();

  @Test
  void theIndexListsTheBundledTheatresAndMarksTheDefault() {
    assertThat(registry.ids()).containsExactly("baltic", "taiwan");
    assertThat(registry.defaultId()).isEqualTo("baltic");
    assertThat(registry.defaultTheatre()).isSameAs(registry.theatre("baltic"));
  }

  @Test
  void anUnknownTheatreIsBadInputNamingTheKnownIds() {
    assertThatThrownBy(() -> registry.theatre("korea")).isInstanceOf(PostureException.class)
        .hasMessage("unknown theatre 'korea': expected one of baltic, taiwan");
  }

  @Test
  void aTheatresPosturesAreTheOnesItsFileListsEachOfThatTheatre() {
    Theatre baltic = registry.theatre("baltic");

    assertThat(baltic.postures()).containsExactly("baltic-2016", "baltic-efp-2017",
        "baltic-2025", "baltic-rand-7-brigades");
    assertThat(registry.postureIds()).startsWith(baltic.postures().toArray(String[]::new))
        .containsAll(registry.theatre("taiwan").postures());
    assertThat(baltic.postures()).allSatisfy(id ->
        assertThat(registry.posture(id).theatre()).isEqualTo("baltic"));
  }

  @Test
  void theParameterTableIsAddressedByNameAndCoversEveryParameterTheModelReads() {
    Theatre baltic = registry.theatre("baltic");

    assertThat(baltic.parameters()).extracting(Parameter::name)
        .containsAll(CampaignModel.PARAMETERS);
    assertThat(baltic.parameter("road_march").distribution())
        .isEqualTo(new Triangular(4, 6, 8));
    assertThatThrownBy(() -> baltic.parameter("sea_state")).isInstanceOf(PostureException.class)
        .hasMessageContaining("unknown parameter 'sea_state' in theatre 'baltic'")
        .hasMessageContaining("road_march");
  }

  @Test
  void aBadTheatreFileFailsWithItsLineAndField(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, String.join("\n", "id: north", "name: North", "attacker: Someone",
        "axes:", "  - id: a", "    objective: A", "    distanceKm: 100", "    attackerHbe: 1",
        "    basis: assumption", "parameters:", "  - name: road_march", "    symbol: v_road",
        "    unit: km/h", "    low: 8", "    mode: 6", "    high: 4", "    basis: assumption",
        ""));

    assertThatThrownBy(() -> Theatre.read(file)).isInstanceOf(PostureException.class)
        .hasMessageContaining("line 18").hasMessageContaining("parameters[0]")
        .hasMessageContaining("parameter 'road_march'")
        .hasMessageContaining("low <= mode <= high, was 8.0, 6.0, 4.0");
  }
}
