package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bulwark scenario run} with the shipped examples and with broken files. */
final class ScenarioCommandTest {

  @Test
  void theEuropeToIndoPacificScenarioReportsEveryChangedFigure() throws Exception {
    Run run = Run.of("scenario", "run", "docs/scenarios/europe-to-indo-pacific.yaml",
        "--format", "csv");

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
        .get().parse(new StringReader(run.out())).getRecords();
    CSVRecord europe = rows.stream().filter(r -> r.get("subject").equals("EUCOM")
        && r.get("measure").equals("abroad_active_duty")).findFirst().orElseThrow();
    // Two brigades of 4,500 and 5,000 personnel from Germany: 66,121 - 14,000 = 52,121.
    assertThat(Double.parseDouble(europe.get("scenario"))).isEqualTo(52_121);
    assertThat(Double.parseDouble(europe.get("change"))).isEqualTo(-14_000);
    CSVRecord share = rows.stream().filter(r -> r.get("question").equals("spending")
        && r.get("measure").equals("share_gdp_pct_2030")).findFirst().orElseThrow();
    assertThat(share.get("subject")).isEqualTo("DEU");
    assertThat(Double.parseDouble(share.get("scenario"))).isEqualTo(3.5);
    assertThat(rows).filteredOn(r -> r.get("question").equals("campaign"))
        .singleElement().satisfies(r -> assertThat(r.get("status")).isEqualTo("not applied"));
  }

  @Test
  void aWithdrawalIsReportedAsNotApplied() {
    Run run = Run.of("scenario", "run", "docs/scenarios/baltic-reinforced.yaml");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("withdrawal_from_north-atlantic-treaty", "not applied");
  }

  @Test
  void aMisspeltFieldFailsWithTheLineAndFieldAndExitCodeTwo(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("typo.yaml");
    Files.writeString(file, "name: Typo\nforces:\n  - from: DEU\n    to: JPN\n    personel: 9\n");

    Run run = Run.of("scenario", "run", file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("typo.yaml line 5, column 5, at forces[0].personel",
        "unknown field 'personel'");
  }

  @Test
  void aMissingFileIsBadInput() {
    Run run = Run.of("scenario", "run", "no-such-scenario.yaml");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no-such-scenario.yaml does not exist");
  }
}
