package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bulwark import} as a user meets it: a file that is not the official workbook is bad
 * input, named in the message. (The edition store's own tests cover atomicity in depth.)
 */
final class ImportCommandTest {

  @Test
  void aFileThatIsNotAWorkbookIsBadInputThatSaysWhatWasExpected(@TempDir Path temp)
      throws IOException {
    Path notAWorkbook = Files.writeString(temp.resolve("tables.xlsx"), "Country,2024\n");

    Run run = Run.of("import", "nato", notAWorkbook.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("tables.xlsx", "expected");
  }

  @Test
  void anUnknownSourceIsBadInputThatNamesTheSources(@TempDir Path temp) {
    Run run = Run.of("import", "imf", temp.resolve("weo.xlsx").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("nato", "sipri");
  }

  @Test
  void aMissingFileIsBadInput(@TempDir Path temp) {
    Run run = Run.of("import", "sipri", temp.resolve("missing.xlsx").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("missing.xlsx");
  }

  @Test
  void aKielReleaseWithADamagedFileIsBadInputNamingFileLineAndColumn(@TempDir Path temp)
      throws IOException {
    Files.writeString(temp.resolve("release_info.csv"),
        "\"release\",\"period\",\"date\",\"label\"\n\"30\",\"07/2026\",\"2026-10-01\",\"R30\"\n");
    Files.writeString(temp.resolve("data_explorer.csv"), "\"country\",\"iso\",\"year\","
        + "\"month\",\"total\",\"financial\",\"humanitarian\",\"military\",\"commitments\","
        + "\"to_be_allocated\",\"gdp\",\"pct_gdp\"\n"
        + "\"Denmark\",\"DNK\",2026,5,1,0,0,\"lots\",1,0,336.76,0.3\n");

    Run run = Run.of("import", "kiel", temp.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("data_explorer.csv line 2, column 'military': 'lots' is not"
        + " a number");
  }
}
