package dev.bulwark.posture.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** docs/campaign-model.md states the defaults the code uses, so re-implementations agree. */
final class CampaignDocumentTest {

  @Test
  void theParameterTableOfTheDocumentIsTheCodesDefaults() throws IOException {
    Path doc = document();
    Map<String, String[]> rows = Files.readAllLines(doc).stream()
        .filter(line -> line.startsWith("| ")).map(line -> line.split("\\s*\\|\\s*"))
        .filter(cells -> cells.length > 6)
        .collect(Collectors.toMap(cells -> cells[1], Function.identity(), (a, b) -> a));

    for (Parameter parameter : Theatres.bundled().theatre("baltic").parameters()) {
      String[] row = rows.get(parameter.symbol());
      assertThat(row).as(parameter.symbol()).isNotNull();
      assertThat(row[3]).as(parameter.symbol() + " unit").isEqualTo(parameter.unit());
      if (!parameter.name().equals(CampaignModel.AIR_SUPPORT)) {
        Triangular t = parameter.distribution();
        assertThat(List.of(row[4], row[5], row[6])).extracting(Double::parseDouble)
            .as(parameter.symbol()).containsExactly(t.low(), t.mode(), t.high());
      }
    }
  }

  @Test
  void theDocumentStatesTheModelVersionTheResultsRecord() throws IOException {
    assertThat(Files.readString(document())).contains("`" + CampaignModel.VERSION + "`");
  }

  private static Path document() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path doc = dir.resolve("docs/campaign-model.md");
      if (Files.isRegularFile(doc)) {
        return doc;
      }
    }
    Assumptions.abort("docs/campaign-model.md not found above " + Path.of("").toAbsolutePath());
    return null;
  }
}
