package dev.bulwark.report.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.data.Ledger;
import dev.bulwark.report.brief.Brief;
import dev.bulwark.report.brief.LineChart;
import dev.bulwark.report.brief.Paragraph;
import dev.bulwark.report.brief.Section;
import dev.bulwark.report.brief.TableBlock;
import org.junit.jupiter.api.Test;

/**
 * The replacement section of the brief. Expected values: the central totals of
 * tools/replacement-check/check.py (an independent Python implementation of the model).
 */
final class ReplacementSectionTest {

  private static final Brief BRIEF = BurdenBrief.withDefaults().compose(Ledger.embedded()).brief();
  private static final Section SECTION = BRIEF.sections().stream()
      .filter(s -> s.id().equals(ReplacementSection.ID)).findFirst().orElseThrow();

  private static <T> T block(Class<T> type) {
    return SECTION.blocks().stream().filter(type::isInstance).map(type::cast).findFirst()
        .orElseThrow();
  }

  @Test
  void theSectionIsHeadedAsTheQuestionIsAskedAndComesBeforeTheSources() {
    assertThat(SECTION.heading()).isEqualTo(
        "Guarantees without America: the cost of replacing US forces");
    int index = BRIEF.sections().indexOf(SECTION);
    assertThat(BRIEF.sections().get(BRIEF.sections().size() - 1).id())
        .isEqualTo(SourcesSection.ID);
    assertThat(index).isLessThan(BRIEF.sections().size() - 1);
  }

  @Test
  void theParagraphGivesBothStudiesTotalsBesideBulwarksAndTheWidestBar() {
    String text = block(Paragraph.class).text();
    // check.py: iiss-2025 1,013.22 bn US$ over 25 years; bruegel-2025 249.86 bn EUR a year.
    assertThat(text).contains("iiss-2025: About US$ 1 trillion over 25 years; Bulwark 1,013.2")
        .contains("bruegel-2025: About EUR 250 bn a year more, in the short term; Bulwark 249.9")
        .contains("The widest tornado bar is fighter_squadron.operating");
  }

  @Test
  void theChartSetsTheIissCostBesideThePathsExtraSpending() {
    LineChart chart = block(LineChart.class);
    assertThat(chart.id()).isEqualTo(ReplacementSection.CHART_ID);
    assertThat(chart.years()).startsWith(2025).endsWith(2049);
    assertThat(chart.series().get(0).values().get(24)).isEqualTo(1013.2);
    assertThat(chart.series().get(1).name()).isEqualTo("Extra spending on the path");
  }

  @Test
  void theTableListsEveryPublishedTotalOfBothStudies() {
    TableBlock table = block(TableBlock.class);
    assertThat(table.table().records()).hasSize(13);
    assertThat(table.table().records()).allSatisfy(r -> assertThat(Math.abs(
        ((Number) r.get("difference_pct")).doubleValue())).isLessThanOrEqualTo(18.0));
  }
}
