package dev.bulwark.report.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.report.brief.IntervalChart;
import dev.bulwark.report.brief.Paragraph;
import dev.bulwark.report.brief.Section;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The brief's section of Sobol' indices of both theatres. */
final class SensitivitySectionTest {

  private static final Section SECTION = SensitivitySection.of();

  private static IntervalChart chart(int index) {
    return SECTION.blocks().stream().filter(IntervalChart.class::isInstance)
        .map(IntervalChart.class::cast).toList().get(index);
  }

  @Test
  void theBalticChartShowsEveryParameterWidestTotalEffectFirst() {
    IntervalChart baltic = chart(0);

    assertThat(baltic.id()).isEqualTo(SensitivitySection.BALTIC_CHART_ID);
    assertThat(baltic.categories()).hasSize(11).startsWith("attacker lethality");
    List<Double> totals = baltic.series().get(1).values();
    assertThat(totals).isSortedAccordingTo((a, b) -> Double.compare(b, a));
  }

  @Test
  void theBalticTotalEffectOfLethalityCoversTheLargeRunsEstimate() {
    // docs/sensitivity.md section 5: at N = 50,000 (seed 1253) S_T of kappa_A is 0.364; the
    // brief's 95% interval at N = 4,096 must cover it.
    IntervalChart.Estimates totals = chart(0).series().get(1);

    assertThat(totals.lows().get(0)).isLessThanOrEqualTo(0.364);
    assertThat(totals.highs().get(0)).isGreaterThanOrEqualTo(0.364);
  }

  @Test
  void theTaiwanChartShowsTheTenLargestAndSaysHowSmallTheRestAre() {
    IntervalChart taiwan = chart(1);

    assertThat(taiwan.id()).isEqualTo(SensitivitySection.TAIWAN_CHART_ID);
    assertThat(taiwan.categories()).hasSize(SensitivitySection.TAIWAN_SHOWN);
    assertThat(taiwan.title()).contains("taiwan-2026-no-japan-bases");
    assertThat(taiwan.caption()).contains("parameters not shown have total effects of");
  }

  @Test
  void eachCaptionNamesTheModelTheSamplesTheSeedAndTheCommand() {
    assertThat(chart(0).caption()).contains("bulwark-campaign", "N = 4,096 base rows",
        "53,248 model runs", "seed 1253", "bulwark sensitivity baltic --samples 4096");
    assertThat(chart(1).caption()).contains("bulwark-strait", "N = 2,048 base rows",
        "seed 1253", "bulwark sensitivity taiwan --posture taiwan-2026-no-japan-bases"
            + " --samples 2048");
  }

  @Test
  void theParagraphNamesTheLeadingParametersOfBoth() {
    String text = SECTION.blocks().stream().filter(Paragraph.class::isInstance)
        .map(b -> ((Paragraph) b).text()).findFirst().orElseThrow();

    assertThat(text).contains("For baltic-2016 (hours until the first capital falls",
        "the largest total effects are attacker lethality",
        "For taiwan-2026-no-japan-bases (invasion defeated by day 30");
  }
}
