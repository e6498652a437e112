package dev.bulwark.data.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.core.BadInputException;
import dev.bulwark.data.Ledger;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class TidyFormatTest {

  @TempDir Path dir;

  private static LedgerEdition nato() throws IOException {
    return TidyFormat.read(TidyFormat.resources(Ledger.class, "ledger/nato-2024"), "nato-2024");
  }

  @Test
  void aBundledEditionWrittenAgainHasTheSameBytesAndReadsBackEqual() throws IOException {
    LedgerEdition edition = nato();

    TidyFormat.write(edition, dir);

    assertThat(TidyFormat.read(TidyFormat.directory(dir), "nato-2024")).isEqualTo(edition);
    for (String file : List.of(TidyFormat.VALUES, TidyFormat.NOTES)) {
      try (InputStream bundled = Ledger.class.getResourceAsStream("ledger/nato-2024/" + file)) {
        assertThat(Files.readAllBytes(dir.resolve(file))).as(file)
            .isEqualTo(bundled.readAllBytes());
      }
    }
  }

  @Test
  void aRowWithAnUnknownIndicatorNamesTheFileAndLine() throws IOException {
    TidyFormat.write(nato(), dir);
    Path values = dir.resolve(TidyFormat.VALUES);
    List<String> lines = new ArrayList<>(Files.readAllLines(values, StandardCharsets.UTF_8));
    lines.set(2, "DEU,2024,defence_vibes,1.0,");
    Files.write(values, lines, StandardCharsets.UTF_8);

    assertThatThrownBy(() -> TidyFormat.read(TidyFormat.directory(dir), "nato-2024"))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("nato-2024/values.csv line 3: indicator 'defence_vibes'");
  }
}
