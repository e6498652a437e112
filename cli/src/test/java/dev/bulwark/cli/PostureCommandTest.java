package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * {@code bulwark posture} and {@code bulwark scenario} as a user meets them. December 2024
 * figures: DMDC's report via the bundled series, summed independently in the posture module's
 * TheatrePostureTest.
 */
final class PostureCommandTest {

  @Test
  void theQuarterTableSplitsAbroadTerritoriesAndPacificStates() throws Exception {
    Run run = Run.of("posture", "--quarter", "2024Q4", "--format", "csv");

    assertThat(run.exitCode()).as(run.err()).isZero();
    CSVRecord pacific = run.csvRows().stream()
        .filter(r -> r.get("command").equals("INDOPACOM")).findFirst().orElseThrow();
    assertThat(pacific.get("abroad_active_duty")).isEqualTo("76976");
    assertThat(pacific.get("us_territories_active_duty")).isEqualTo("6732");
    assertThat(pacific.get("us_states_active_duty")).isEqualTo("64201");
    assertThat(pacific.get("in_theatre_active_duty")).isEqualTo("147909");
  }

  @Test
  void oneTheatreListsItsHostsLargestFirst() throws Exception {
    Run run = Run.of("posture", "--theater", "EUCOM", "--quarter", "2024Q4", "--format", "csv");

    List<CSVRecord> rows = run.csvRows();
    assertThat(rows.get(0).get("place")).isEqualTo("DEU");
    assertThat(rows.get(0).get("active_duty")).isEqualTo("34949");
    assertThat(rows).extracting(r -> r.get("command")).containsOnly("EUCOM");
  }

  @Test
  void aTrendNamesTheQuartersDmdcDidNotReport() {
    Run run = Run.of("posture", "--from", "2022", "--to", "2023", "--theater", "EUCOM");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("not reported by DMDC (missing, not zero): [2022Q4, 2023Q1,"
        + " 2023Q2]");
    assertThat(run.out().lines().filter(l -> l.contains("EUCOM ")).count()).isEqualTo(5);
  }

  @Test
  void reconcileSetsEachClaimBesideWhatTheCountsSupport() throws Exception {
    Run run = Run.of("posture", "--reconcile", "--format", "csv");

    List<CSVRecord> rows = run.csvRows();
    assertThat(rows).extracting(r -> r.get("claim_id")).containsExactly("europe_total",
        "germany_count", "germany_share", "indopacific_assigned");
    assertThat(rows.get(0).get("claimed")).isEqualTo("100000.0");
    assertThat(rows.get(0).get("supported")).isEqualTo("66121.0");
    assertThat(rows.get(3).get("supported")).isEqualTo("147909.0");
    assertThat(rows).allSatisfy(r -> assertThat(r.get("reason")).isNotBlank());
  }

  @Test
  void anUnreportedQuarterIsBadInputNotAZeroTable() {
    Run run = Run.of("posture", "--quarter", "2023Q1");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("2023Q1 was not reported by DMDC", "missing, not zero");
  }

  @Test
  void anUnknownTheatreNamesTheCommands() {
    Run run = Run.of("posture", "--theater", "EUROCOM");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("'EUROCOM'", "EUCOM, INDOPACOM");
  }
}
