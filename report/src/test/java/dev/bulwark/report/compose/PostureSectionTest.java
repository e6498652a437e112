package dev.bulwark.report.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.posture.theatre.TheatrePosture;
import dev.bulwark.report.brief.LineChart;
import dev.bulwark.report.brief.Paragraph;
import dev.bulwark.report.brief.Section;
import dev.bulwark.report.brief.Series;
import dev.bulwark.report.brief.TableBlock;
import org.junit.jupiter.api.Test;

/**
 * The posture section over the bundled DMDC series. Expected values: the September and December
 * 2024 sums of the posture module's TheatrePostureTest, computed there independently in Python
 * from the bundled CSV files, and hand arithmetic named where used.
 */
final class PostureSectionTest {

  private static final TheatrePosture POSTURE = TheatrePosture.withDefaults();
  private static final Section SECTION = PostureSection.of(POSTURE);

  private static <T> T block(Class<T> type, int index) {
    return SECTION.blocks().stream().filter(type::isInstance).map(type::cast).skip(index)
        .findFirst().orElseThrow();
  }

  @Test
  void theTrendRunsFrom2014ToTheLatestSeptemberReportWithThePacificStatesApart() {
    LineChart chart = block(LineChart.class, 0);
    assertThat(chart.id()).isEqualTo(PostureSection.CHART_ID);
    assertThat(chart.years()).startsWith(2014).endsWith(2025).hasSize(12);
    assertThat(chart.series()).extracting(Series::name).containsExactly("EUCOM",
        "INDOPACOM", "Guam, Hawaii, Alaska", "CENTCOM");
    assertThat(chart.caption()).startsWith("Source: DMDC");
  }

  @Test
  void theTrendValuesAreTheSeptemberCountsInThousands() {
    LineChart chart = block(LineChart.class, 0);
    int i2024 = chart.years().indexOf(2024);
    double eucom = POSTURE.total(dev.bulwark.posture.forces.Quarter.parse("2024Q3"),
        dev.bulwark.posture.theatre.Command.EUCOM).abroad() / 1000.0;
    assertThat(chart.series().get(0).values().get(i2024))
        .isEqualTo(Math.round(eucom * 10) / 10.0);
    assertThat(chart.series().get(0).values().get(i2024)).isBetween(60.0, 70.0);
  }

  @Test
  void theClaimsTableSetsEachClaimBesideTheDecember2024Count() {
    TableBlock block = block(TableBlock.class, 0);
    assertThat(block.caption()).endsWith("2024Q4");
    var table = block.table();
    assertThat(table.rows()).hasSize(4);
    assertThat(table.rows().get(0)).containsSequence("about 100,000 US troops in Europe",
        "100,000", "66,121");
    // 34,949 / 66,121 = 52.86%, printed to one decimal.
    assertThat(table.rows().get(2).get(2)).isEqualTo("52.9%");
    assertThat(table.rows().get(3).get(2)).isEqualTo("147,909");
  }

  @Test
  void theScenarioParagraphMovesTwoBrigadesFromEuropeToTheIndoPacific() {
    String text = block(Paragraph.class, 1).text();
    // 2 × 4,500 = 9,000; 2025Q4 EUCOM abroad and INDOPACOM in theatre from the bundled series.
    long eucom = POSTURE.total(POSTURE.forces().latest(),
        dev.bulwark.posture.theatre.Command.EUCOM).abroad();
    assertThat(text).contains("(9,000 personnel)")
        .contains(String.format(java.util.Locale.ROOT, "%,d active duty instead of %,d",
            eucom - 9_000, eucom));
  }
}
