package dev.bulwark.report.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.answers.table.Column;
import dev.bulwark.answers.table.Table;
import dev.bulwark.core.BulwarkException;
import dev.bulwark.core.panel.Edition;
import dev.bulwark.core.panel.Source;
import dev.bulwark.report.ReportException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

final class BriefModelTest {

  private static final BarChart SHARES = BarChart.builder("shares", "Shares")
      .categoryAxis("Ally").categories("POL", "DEU")
      .valueAxis("Defence expenditure", "% of GDP").series("2024", 4.12, 2.12).build();

  private static Table shares() {
    return Table.of(Column.text("ally", "the ally").withHeading("Ally"),
        Column.number("share_gdp_pct", "% of GDP", 2, "defence expenditure as a share of GDP"));
  }

  @Test
  void aTableCellThatIsNotTextANumberOrAFlagIsRejectedNamingRowAndColumn() {
    Table table = shares().row("POL", 4.12).row("DEU", LocalDate.of(2024, 6, 17));

    assertBadInput(() -> TableBlock.of(table, ""), "table row 2, column 'share_gdp_pct' holds a"
        + " LocalDate; expected text, a number, a yes/no flag or null for missing");
  }

  @Test
  void aTableWithoutColumnsOrWithABlankNoteIsRejected() {
    assertBadInput(() -> TableBlock.of(Table.of(), "Empty"),
        "table must hold at least one column");
    assertBadInput(() -> TableBlock.of(shares().notes(" "), ""),
        "table notes[0] must be non-blank text, was ' '");
  }

  @Test
  void aTableBlockKeepsItsCaptionAndTheTablesTypedCells() {
    TableBlock block = TableBlock.of(shares().row("POL", 4.12).row("ISL", null)
        .notes("e = NATO estimate"), "Spending, 2024");

    assertThat(block.caption()).isEqualTo("Spending, 2024");
    assertThat(block.table().rows()).containsExactly(List.of("POL", 4.12),
        Arrays.asList("ISL", null));
    assertThat(block.table().notes()).containsExactly("e = NATO estimate");
    assertThat(TableBlock.of(shares(), null).caption()).isEmpty();
  }

  @Test
  void columnNamesAreLowerSnakeCaseFromTheWordsAReaderSees() {
    assertThat(ColumnNames.of("Cost to", "3.5%", "US$ bn")).isEqualTo("cost_to_3_5_pct_usd_bn");
    assertThat(ColumnNames.of("in time pct", "2025, US forces to Indo-Pacific"))
        .isEqualTo("in_time_pct_2025_us_forces_to_indo_pacific");
    assertThat(ColumnNames.of("Türkiye")).isEqualTo("turkiye");
    assertThat(ColumnNames.of("2024e")).isEqualTo("column_2024e");
  }

  @Test
  void aSeriesWithOneValueTooFewIsRejectedNamingSeriesAndChart() {
    assertBadInput(() -> BarChart.builder("shares", "Shares").categoryAxis("Ally")
            .categories("POL", "DEU", "USA").valueAxis("Spending", "% of GDP")
            .series("2024", 4.12, 2.12).build(),
        "series '2024' of chart 'shares' has 2 values, expected one per category (3)");
  }

  @Test
  void aChartWithoutAValueAxisIsRejected() {
    assertBadInput(() -> BarChart.builder("shares", "Shares").categoryAxis("Ally")
            .categories("POL").series("2024", 4.12).build(),
        "value axis of chart 'shares' must be given, was null");
  }

  @Test
  void aSeriesValueMustBeFiniteButMayBeMissing() {
    assertBadInput(() -> Series.of("2024", 1.0, Double.NaN),
        "series '2024' values[1] must be a finite number or null for missing, was NaN");
    assertThat(new Series("2024", Arrays.asList(1.0, null)).values()).containsExactly(1.0, null);
  }

  @Test
  void lineChartYearsMustIncrease() {
    assertBadInput(() -> LineChart.builder("trend", "Trend").years(List.of(2014, 2016, 2015))
            .valueAxis("Spending", "% of GDP").series("USA", 3.71, 3.50, 3.51).build(),
        "years of chart 'trend' must increase, but 2015 follows 2016");
  }

  @Test
  void aLogarithmicAxisRefusesAPointAtZero() {
    assertBadInput(() -> ScatterChart.builder("size", "Size").xAxis("GDP", "USD billion").logX()
            .yAxis("Spending", "% of GDP").point("ISL", 0, 0).build(),
        "point 'ISL' of chart 'size' has x = 0.0, but a logarithmic axis needs x > 0");
  }

  @Test
  void anIdMustBeUsableAsAnHtmlAnchor() {
    assertBadInput(() -> Section.of("Shares of GDP", "Shares"),
        "section id must be lower-case letters, digits and '-', starting with a letter, "
            + "was 'Shares of GDP'");
  }

  @Test
  void aChartIdThatRepeatsASectionIdIsRejected() {
    Brief.Builder brief = Brief.builder("Brief").section(Section.of("shares", "Shares", SHARES));

    assertBadInput(brief::build, "chart id 'shares' in section 'shares' is already taken; "
        + "ids of sections and charts must all differ");
  }

  @Test
  void twoSectionsWithOneIdAreRejected() {
    Brief.Builder brief = Brief.builder("Brief")
        .section(Section.of("a", "First")).section(Section.of("a", "Second"));

    assertBadInput(brief::build,
        "section id 'a' is already taken; ids of sections and charts must all differ");
  }

  @Test
  void aBriefListsItsChartsInReadingOrder() {
    LineChart trend = LineChart.builder("trend", "Trend").years(2023, 2024)
        .valueAxis("Spending", "% of GDP").series("USA", 3.23, 3.38).build();
    Brief brief = Brief.builder("Brief")
        .section(Section.of("first", "First", Paragraph.of("Text"), SHARES))
        .section(Section.of("second", "Second", Note.of("Caveat"), trend))
        .build();

    assertThat(brief.charts()).containsExactly(SHARES, trend);
  }

  @Test
  void aCitationOfAnEditionCarriesItsPublisherTerms() {
    Edition nato = new Edition(Source.NATO, "2024", "Defence Expenditure of NATO Countries "
        + "(2014-2024)", LocalDate.of(2024, 6, 17), "240617-def-exp-2024-TABLES-en.xlsx");

    Citation citation = Citation.of(nato);

    assertThat(citation.name()).isEqualTo("NATO, Defence Expenditure of NATO Countries");
    assertThat(citation.edition())
        .isEqualTo("Defence Expenditure of NATO Countries (2014-2024), published 2024-06-17");
    assertThat(citation.terms())
        .isEqualTo("Credit NATO; not for sale or advertising (NATO terms of use).");
  }

  @Test
  void anAxisLabelJoinsNameAndUnit() {
    assertThat(Axis.of("GDP", "USD billion").label()).isEqualTo("GDP (USD billion)");
  }

  private static void assertBadInput(ThrowingCallable call, String message) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(ReportException.class,
            e -> assertThat(e.kind()).isEqualTo(BulwarkException.Kind.BAD_INPUT))
        .hasMessage(message);
  }
}
