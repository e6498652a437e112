package dev.bulwark.report.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.posture.campaign.CampaignSimulation;
import dev.bulwark.report.brief.BarChart;
import dev.bulwark.report.brief.Block;
import dev.bulwark.report.brief.Section;
import dev.bulwark.report.brief.TableBlock;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The campaign section of the brief: the standard Baltic cases of the campaign model
 * (docs/campaign-model.md), 20,000 runs each with seed 1253.
 */
final class CampaignSectionTest {

  private static final List<CampaignCase> CASES = CampaignBrief.withDefaults()
      .withSimulation(CampaignSimulation.withDefaults().withRuns(20_000)).standardCases();
  private static final Section SECTION = CampaignSection.of(CASES);

  @Test
  void theCasesAreThe2016CalibrationThe2025BaselineTheIndoPacificMoveAndRandsSevenBrigades() {
    assertThat(CASES).extracting(c -> c.result().posture()).containsExactly("baltic-2016",
        "baltic-2025", "baltic-2025-indo-pacific", "baltic-rand-7-brigades");
    // RR-1253: 36 to 60 hours to the outskirts of Tallinn or Riga with the 2016 posture.
    assertThat(CASES.get(0).result().first().median()).isBetween(36.0, 60.0);
  }

  @Test
  void movingUsForcesToTheIndoPacificTakesTheirBrigadesOffTheReinforcementList() {
    List<String> baseline = CASES.get(1).result().reinforcements().stream()
        .map(r -> r.unit()).toList();
    List<String> moved = CASES.get(2).result().reinforcements().stream()
        .map(r -> r.unit()).toList();

    assertThat(baseline).contains("us-abct-rotation", "us-2cr");
    assertThat(moved).doesNotContain("us-abct-rotation", "us-2cr").contains("deu-pzbrig-45");
    // Fewer defenders on the Riga axis: Riga falls in more runs within the horizon.
    assertThat(CASES.get(2).result().objective("riga").reachedShare())
        .isGreaterThan(CASES.get(1).result().objective("riga").reachedShare());
  }

  @Test
  void theHoldChartHasOneSeriesPerCaseInPercentOverTheDays() {
    BarChart chart = SECTION.blocks().stream().filter(BarChart.class::isInstance)
        .map(BarChart.class::cast).findFirst().orElseThrow();

    assertThat(chart.id()).isEqualTo(CampaignSection.CHART_ID);
    assertThat(chart.categories()).containsExactly("day 1", "day 2", "day 3", "day 7", "day 14",
        "day 28");
    assertThat(chart.series()).hasSize(4);
    // In percent to one decimal: a share of 0.88075 is drawn as 88.1.
    assertThat(chart.series().get(3).values().get(5))
        .isEqualTo(Math.round(1000 * CASES.get(3).result().holdsUntil(28)) / 10.0);
  }

  @Test
  void theTimeTableHasARowPerCaseAndObjectiveAndWritesHeldBeyondTheHorizon() {
    TableBlock times = (TableBlock) SECTION.blocks().stream()
        .filter(TableBlock.class::isInstance).findFirst().orElseThrow();

    assertThat(times.table().rows()).hasSize(4 * 3);
    assertThat(times.table().rows().get(2)).startsWith("2016 (RAND)",
        "whichever objective falls first", CASES.get(0).result().first().median(),
        CASES.get(0).result().first().p10(), CASES.get(0).result().first().p90(), 100.0);
    assertThat(times.table().rows().get(11)).contains("held");
    assertThat(times.table().columnNames()).containsExactly("posture", "objective",
        "median_hours", "p10_hours", "p90_hours", "reached_pct_of_runs");
  }

  @Test
  void theSummaryGivesThe2016MedianAndTheSevenBrigadesHoldRate() {
    String summary = CampaignSection.summary(CASES);

    assertThat(summary).startsWith("With the 2016 (RAND) posture the first capital falls after a"
        + " median " + String.format("%.0f", CASES.get(0).result().first().median()) + " hours")
        .contains("with the RAND 7 brigades posture the defence holds 28 days in")
        .contains("with the 2025 baseline posture the first capital falls after a median "
            + String.format("%.0f", CASES.get(1).result().first().median())
            + " hours (the outskirts of Riga hold 30 days in "
            + String.format("%.0f%%", 100 * (1 - CASES.get(1).result().objective("riga")
                .reachedShare())) + " of runs)");
    assertThat(SECTION.blocks()).extracting(Block::getClass).contains(BarChart.class,
        TableBlock.class);
  }
}
