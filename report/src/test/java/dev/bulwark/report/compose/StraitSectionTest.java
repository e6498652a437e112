package dev.bulwark.report.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.posture.campaign.Posture;
import dev.bulwark.posture.campaign.StraitModel;
import dev.bulwark.posture.campaign.StraitOutcome;
import dev.bulwark.posture.campaign.StraitResult;
import dev.bulwark.posture.campaign.StraitSimulation;
import dev.bulwark.posture.campaign.Theatres;
import dev.bulwark.report.brief.BarChart;
import dev.bulwark.report.brief.Paragraph;
import dev.bulwark.report.brief.Section;
import dev.bulwark.report.brief.TableBlock;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Taiwan Strait section of the brief: every bundled posture of the theatre run by the strait
 * model (docs/taiwan-model.md), 20,000 runs each with seed 1253, checked against runs of each
 * posture alone (common random numbers make them equal).
 */
final class StraitSectionTest {

  private static final List<StraitSection.Case> CASES = StraitSection.standardCases();
  private static final Section SECTION = StraitSection.of(CASES);

  private static StraitResult alone(String posture) {
    return StraitSimulation.withDefaults().withRuns(20_000).withThreads(1)
        .run(Theatres.bundled().theatre("taiwan"), Posture.bundled(posture));
  }

  @Test
  void theCasesAreCsissBaseCaseItsFourFailedConditionsAndIndopacomToday() {
    assertThat(CASES).extracting(c -> c.result().posture()).containsExactly("taiwan-2026",
        "taiwan-2026-no-japan-bases", "taiwan-2026-no-long-range-antiship",
        "taiwan-2026-taiwan-does-not-resist", "taiwan-2026-ukraine-model",
        "taiwan-indopacom-2026");
    assertThat(CASES).extracting(StraitSection.Case::label).containsExactly("CSIS base case",
        "No Japan bases", "No LRASM, JASSM", "No resistance", "Ukraine model",
        "INDOPACOM today");
    assertThat(CASES).allSatisfy(c -> {
      assertThat(c.result().runs()).isEqualTo(20_000);
      assertThat(c.result().seed()).isEqualTo(1253L);
    });
  }

  @Test
  void theChartHasOneSeriesPerOutcomeInPercentOfEachPosturesOwnRun() {
    BarChart chart = SECTION.blocks().stream().filter(BarChart.class::isInstance)
        .map(BarChart.class::cast).findFirst().orElseThrow();
    StraitResult noJapan = alone("taiwan-2026-no-japan-bases");

    assertThat(chart.id()).isEqualTo(StraitSection.CHART_ID);
    assertThat(chart.categories()).hasSize(6).first().isEqualTo("CSIS base case");
    assertThat(chart.series()).extracting(s -> s.name())
        .containsExactly("invasion defeated", "stalemate", "capital taken");
    // In percent to one decimal, each posture as its own run with the same seed gives it.
    assertThat(chart.series().get(0).values().get(1)).isEqualTo(
        Math.round(1000 * noJapan.probability(StraitOutcome.INVASION_DEFEATED)) / 10.0);
    assertThat(chart.caption()).contains(StraitModel.VERSION, "20,000 runs per posture",
        "seed 1253");
  }

  @Test
  void theTableHasARowPerPostureWhoseOutcomesAddUpToAHundredPercent() {
    TableBlock table = (TableBlock) SECTION.blocks().stream()
        .filter(TableBlock.class::isInstance).findFirst().orElseThrow();

    assertThat(table.table().columnNames()).containsExactly("posture", "invasion_defeated_pct",
        "stalemate_pct", "capital_taken_pct", "pla_major_ships", "us_carriers", "us_killed");
    assertThat(table.table().rows()).hasSize(6).allSatisfy(row -> assertThat(
        (Double) row.get(1) + (Double) row.get(2) + (Double) row.get(3))
        .isCloseTo(100.0, org.assertj.core.data.Offset.offset(1e-9)));
    StraitResult base = alone("taiwan-2026");
    assertThat(table.table().rows().get(0).get(1))
        .isEqualTo(100 * base.probability(StraitOutcome.INVASION_DEFEATED));
  }

  @Test
  void theTextNamesTheBaseCaseTheModelTheRunsAndTheSeed() {
    String text = ((Paragraph) SECTION.blocks().get(0)).text();

    assertThat(SECTION.heading()).isEqualTo("Does deterrence hold in the Taiwan Strait?");
    assertThat(text).startsWith("In the CSIS base case the invasion is defeated by day 30 in ")
        .contains("No Japan bases: ", "20,000 runs of the strait model ("
            + StraitModel.VERSION + ", seed 1253, outcome by day 30)");
    // The Ukraine model's lodgement is contained, not reduced (docs/taiwan-model.md, section
    // 6): its stalemates are named, to one decimal as the defeats are.
    StraitResult ukraine = CASES.get(4).result();
    assertThat(text).contains(String.format(java.util.Locale.ROOT,
        "Ukraine model: %.1f%% (stalemate %.1f%%)",
        100 * ukraine.probability(StraitOutcome.INVASION_DEFEATED),
        100 * ukraine.probability(StraitOutcome.STALEMATE)));
  }
}
