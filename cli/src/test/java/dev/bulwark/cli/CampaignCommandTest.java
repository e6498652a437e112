package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class CampaignCommandTest {

  @Test
  void theSameSeedPrintsTheSameAnswerOnOneAndTwoThreads() {
    Run one = Run.of("campaign", "baltic", "--runs", "5000", "--seed", "9", "--threads", "1",
        "--format", "csv");
    Run two = Run.of("campaign", "baltic", "--runs", "5000", "--seed", "9", "--threads", "2",
        "--format", "csv");

    assertThat(one.exitCode()).as(one.err()).isZero();
    assertThat(two.out()).isEqualTo(one.out());
    assertThat(one.out()).startsWith("posture,objective,hours_p10,hours_p25,hours_median,"
        + "hours_p75,hours_p90,reached_pct").contains("baltic-2016,first,");
  }

  @Test
  void aScenarioFilesOrderOfBattleIsAnsweredBesideTheBaseline(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("pivot.yaml");
    Files.writeString(file, String.join("\n", "name: Pivot", "orders_of_battle:",
        "  - theatre: baltic", "    posture: baltic-2025",
        "    withdraw: [us-abct-rotation, us-2cr]", ""));

    Run run = Run.of("campaign", "baltic", "--posture", "baltic-2025", "--scenario",
        file.toString(), "--show", "reinforcements", "--runs", "2000", "--format", "csv");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("baltic-2025,us-abct-rotation,")
        .contains("baltic-2025-scenario,us-173-abn,")
        .doesNotContain("baltic-2025-scenario,us-abct-rotation,");
  }

  @Test
  void aTaiwanScenarioIsAnsweredBesideItsPostureUnderTheScenariosName() {
    Run run = Run.of("campaign", "taiwan", "--posture", "taiwan-2026-no-long-range-antiship",
        "--scenario", "docs/scenarios/taiwan-long-range-strike.yaml", "--runs", "4000",
        "--format", "csv");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("taiwan-2026-no-long-range-antiship,invasion_defeated,")
        .contains("taiwan-2026-no-long-range-antiship-scenario,invasion_defeated,");
  }

  @Test
  void holdProbabilitiesComeOnePerPostureAndDay() {
    Run run = Run.of("campaign", "baltic", "--posture", "baltic-rand-7-brigades", "--show",
        "holds", "--runs", "2000", "--format", "json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("\"day\" : 28").contains("\"holds_pct\"");
  }

  @Test
  void theChartsAreWrittenAsAPageWhenAskedFor(@TempDir Path dir) {
    Run run = Run.of("campaign", "baltic", "--runs", "2000", "--out", dir.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(dir.resolve("index.html")).isNotEmptyFile();
    assertThat(run.err()).contains("charts written to");
  }

  @Test
  void anUnknownTheatreOrPostureIsBadInputNamingTheValue() {
    Run theatre = Run.of("campaign", "korea", "--runs", "10");
    Run posture = Run.of("campaign", "baltic", "--posture", "2016", "--runs", "10");

    assertThat(theatre.exitCode()).isEqualTo(2);
    assertThat(theatre.err()).contains("unknown theatre 'korea': expected one of [baltic, taiwan]");
    assertThat(posture.exitCode()).isEqualTo(2);
    assertThat(posture.err()).contains("unknown posture '2016'", "baltic-2016");
  }
}
