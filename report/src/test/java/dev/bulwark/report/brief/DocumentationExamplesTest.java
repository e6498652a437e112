package dev.bulwark.report.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.answers.table.Column;
import dev.bulwark.answers.table.Table;
import dev.bulwark.core.panel.Edition;
import dev.bulwark.core.panel.Source;
import dev.bulwark.report.ReportException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the examples printed in the Javadoc of the model, so they stay true. */
final class DocumentationExamplesTest {

  @Test
  void theTableExampleWrapsAOneRowAnswerTableUnderItsCaption() {
    Table shares = Table.of(Column.text("ally", "the ally").withHeading("Ally"),
            Column.number("share_gdp_pct", "% of GDP", 2, "defence expenditure as a share of GDP")
                .withHeading("Defence expenditure"))
        .row("Poland", 4.12)
        .notes("NATO estimate for 2024.");
    TableBlock block = TableBlock.of(shares, "Defence expenditure as a share of GDP, 2024");

    assertThat(block.table().rows()).containsExactly(List.of("Poland", 4.12));
    assertThat(block.table().columns().get(1).label()).isEqualTo("Defence expenditure");
    assertThat(block.caption()).isEqualTo("Defence expenditure as a share of GDP, 2024");
  }

  @Test
  void theBarChartExampleHasThreeAlliesAndTheWalesLine() {
    BarChart shares = BarChart.builder("share-of-gdp", "Defence expenditure, 2024")
        .categoryAxis("Ally").categories("POL", "USA", "DEU")
        .valueAxis("Defence expenditure", "% of GDP")
        .series("2024", 4.12, 3.38, 2.12)
        .target(2.0, "2% (Wales 2014)")
        .build();

    assertThat(shares.categories()).containsExactly("POL", "USA", "DEU");
    assertThat(shares.targets()).containsExactly(new TargetLine("2% (Wales 2014)", 2.0));
  }

  @Test
  void theLineChartExampleSpansElevenYears() {
    LineChart path = LineChart.builder("path-to-2035", "Path to the Hague target")
        .years(2025, 2035)
        .valueAxis("Core defence expenditure", "% of GDP")
        .series("Germany", 2.4, 2.5, 2.6, 2.7, 2.8, 2.9, 3.0, 3.1, 3.2, 3.3, 3.5)
        .target(3.5, "3.5% core (The Hague 2025)")
        .build();

    assertThat(path.years()).hasSize(11).startsWith(2025).endsWith(2035);
  }

  @Test
  void theScatterChartExampleHasALogarithmicGdpAxis() {
    ScatterChart size = ScatterChart.builder("size-and-burden", "Economic size and defence burden")
        .xAxis("GDP", "USD billion").logX()
        .yAxis("Defence expenditure", "% of GDP")
        .point("USA", 28720.0, 3.38)
        .build();

    assertThat(size.logX()).isTrue();
    assertThat(size.points()).containsExactly(new Point("USA", 28720.0, 3.38));
  }

  @Test
  void theBriefExampleHasOneSectionAndOneSource() {
    BarChart sharesChart = BarChart.builder("share-of-gdp", "Defence expenditure, 2024")
        .categoryAxis("Ally").categories("POL").valueAxis("Defence expenditure", "% of GDP")
        .series("2024", 4.12).build();
    Edition natoEdition = new Edition(Source.NATO, "2024",
        "Defence Expenditure of NATO Countries (2014-2024)", LocalDate.of(2024, 6, 17),
        "240617-def-exp-2024-TABLES-en.xlsx");

    Brief brief = Brief.builder("Who pays for NATO?")
        .dateLine("Figures as of June 2024")
        .summary("23 of the 31 allies with armed forces are estimated to meet 2% of GDP in 2024.")
        .section(Section.of("shares", "Shares of GDP",
            Paragraph.of("NATO's estimates for 2024, as published in June 2024."), sharesChart))
        .source(Citation.of(natoEdition))
        .build();

    assertThat(brief.sections()).extracting(Section::id).containsExactly("shares");
    assertThat(brief.charts()).containsExactly(sharesChart);
    assertThat(brief.sources()).extracting(Citation::name)
        .containsExactly("NATO, Defence Expenditure of NATO Countries");
  }

  @Test
  void theIntervalChartExampleHasTwoParametersEachWithinItsInterval() {
    IntervalChart sobol = IntervalChart.builder("sobol", "Which parameters drive the hours")
        .categoryAxis("Parameter").categories(List.of("kappa_A", "v_R"))
        .valueAxis("Sobol' index", "share of variance")
        .series(new IntervalChart.Estimates("first order", List.of(0.34, 0.24),
            List.of(0.33, 0.22), List.of(0.35, 0.26)))
        .build();

    assertThat(sobol.categories()).containsExactly("kappa_A", "v_R");
    assertThat(sobol.series().get(0).highs()).containsExactly(0.35, 0.26);
  }

  @Test
  void anEstimateOutsideItsIntervalIsRefusedNamingIt() {
    assertThatThrownBy(() -> new IntervalChart.Estimates("first order", List.of(0.40),
        List.of(0.33), List.of(0.35))).isInstanceOf(ReportException.class)
        .hasMessageContaining("series 'first order' value 0 must lie within its finite interval");
  }
}
