package dev.bulwark.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.answers.table.Table;
import dev.bulwark.report.brief.IntervalChart;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An interval chart as the brief draws it and prints its data. */
final class IntervalChartHtmlTest {

  private static final IntervalChart SOBOL = IntervalChart.builder("sobol", "Sobol' indices")
      .categoryAxis("Parameter").categories(List.of("kappa_A", "v_R"))
      .valueAxis("Sobol' index", "share of variance")
      .series(new IntervalChart.Estimates("first order", List.of(0.34, 0.24),
          List.of(0.33, 0.22), List.of(0.35, 0.26)))
      .series(new IntervalChart.Estimates("total effect", List.of(0.36, 0.25),
          List.of(0.35, 0.23), List.of(0.37, 0.27)))
      .build();

  @Test
  void eachSeriesIsACustomSeriesOfBarsWithWhiskersSideBySideInTheBand() throws Exception {
    JsonNode option = new ObjectMapper().readTree(ChartOptions.of(SOBOL).toString());

    assertThat(option.at("/yAxis/type").asText()).isEqualTo("category");
    assertThat(option.at("/yAxis/inverse").asBoolean()).isTrue();
    assertThat(option.at("/series/0/type").asText()).isEqualTo("custom");
    assertThat(option.at("/series/0/renderItem").asText()).isEqualTo("interval");
    // Two bars fill 70% of the band: each 0.35 high, centred 0.175 above and below its middle.
    JsonNode first = option.at("/series/0/data/1");
    assertThat(first.get(0).asInt()).isEqualTo(1);
    assertThat(first.get(1).asDouble()).isEqualTo(0.24);
    assertThat(first.get(2).asDouble()).isEqualTo(0.22);
    assertThat(first.get(3).asDouble()).isEqualTo(0.26);
    assertThat(first.get(4).asDouble()).isCloseTo(-0.175, within(1e-12));
    assertThat(first.get(5).asDouble()).isCloseTo(0.35, within(1e-12));
    assertThat(option.at("/series/1/data/0/4").asDouble()).isCloseTo(0.175, within(1e-12));
  }

  @Test
  void theDataTableHasOneRowPerCategoryAndSeriesWithItsInterval() {
    Table table = ChartTables.of(SOBOL);

    assertThat(table.rows()).containsExactly(List.of("kappa_A", "first order", 0.34, 0.33, 0.35),
        List.of("kappa_A", "total effect", 0.36, 0.35, 0.37),
        List.of("v_R", "first order", 0.24, 0.22, 0.26),
        List.of("v_R", "total effect", 0.25, 0.23, 0.27));
  }

  @Test
  void theFigureNamesItsKindForTheDrawingScript() {
    StringBuilder html = new StringBuilder();
    new ChartFigure().append(html, SOBOL);

    assertThat(html).contains("data-chart=\"interval\"");
  }
}
