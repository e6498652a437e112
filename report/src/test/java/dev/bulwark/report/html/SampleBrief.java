package dev.bulwark.report.html;

import dev.bulwark.answers.table.Column;
import dev.bulwark.answers.table.Table;
import dev.bulwark.report.brief.BarChart;
import dev.bulwark.report.brief.Brief;
import dev.bulwark.report.brief.Citation;
import dev.bulwark.report.brief.LineChart;
import dev.bulwark.report.brief.Note;
import dev.bulwark.report.brief.Paragraph;
import dev.bulwark.report.brief.ScatterChart;
import dev.bulwark.report.brief.Section;
import dev.bulwark.report.brief.TableBlock;

/**
 * A brief with one chart of each kind, built from NATO's June 2024 tables ("Defence Expenditure of
 * NATO Countries (2014-2024)", Table 3 share of real GDP and Table 5 GDP in current US dollars,
 * as NATO prints them to two decimals; 2024 figures are estimates).
 */
final class SampleBrief {

  /** Allies shown in the bar and scatter charts, by ISO3 code. */
  static final String[] ALLIES = {"POL", "EST", "USA", "LVA", "GRC", "LTU", "FIN", "DNK", "GBR",
      "NOR", "DEU", "TUR", "FRA", "NLD", "ITA", "CAN", "BEL", "LUX", "ESP"};
  /** NATO Table 3, defence expenditure as a share of real GDP (%), 2024e. */
  static final double[] SHARE_2024 = {4.12, 3.43, 3.38, 3.15, 3.08, 2.85, 2.41, 2.37, 2.33, 2.20,
      2.12, 2.09, 2.06, 2.05, 1.49, 1.37, 1.30, 1.29, 1.28};
  /** NATO Table 3, the same allies in 2014. */
  static final double[] SHARE_2014 = {1.88, 1.93, 3.71, 0.94, 2.22, 0.88, 1.45, 1.15, 2.14, 1.54,
      1.19, 1.45, 1.82, 1.15, 1.14, 1.01, 0.97, 0.37, 0.92};
  /** NATO Table 5, GDP in billion current US dollars, 2024e (rounded to the billion). */
  static final double[] GDP_2024 = {849, 42, 28720, 45, 250, 81, 303, 419, 3520, 483, 4610, 1090,
      3120, 1163, 2311, 2234, 656, 61, 1658};

  private SampleBrief() {}

  /** Returns the sample brief: a table, a note, and a bar, a line and a scatter chart. */
  static Brief withEveryChart() {
    return Brief.builder("Who pays for NATO? Defence spending of the allies, 2014–2024")
        .dateLine("Figures from NATO's tables of 17 June 2024; 2024 values are NATO estimates")
        .summary("Poland spends the largest share of GDP on defence in 2024: 4.12%.")
        .summary("Germany passes the 2% guideline in 2024 for the first time since 2014.")
        .section(Section.of("shares", "Shares of GDP",
            Paragraph.of("Defence expenditure as a share of real GDP, 2014 and 2024."),
            shares(), table()))
        .section(Section.of("trends", "Trends since Wales", trends(),
            Note.of("NATO counts new allies in its aggregates from their year of accession.")))
        .section(Section.of("size", "Economic size and burden", size()))
        .source(new Citation("NATO, Defence Expenditure of NATO Countries",
            "Defence Expenditure of NATO Countries (2014-2024), published 2024-06-17",
            "Credit NATO; not for sale or advertising (NATO terms of use)."))
        .build();
  }

  static BarChart shares() {
    return BarChart.builder("share-of-gdp", "Defence expenditure as a share of GDP")
        .categoryAxis("Ally").categories(ALLIES)
        .valueAxis("Defence expenditure", "% of GDP")
        .series("2014", SHARE_2014)
        .series("2024e", SHARE_2024)
        .target(2.0, "2% (Wales 2014)")
        .target(3.5, "3.5% core (The Hague 2025)")
        .target(5.0, "5% overall (The Hague 2025)")
        .caption("Source: NATO 2024, Table 3. e = NATO estimate.")
        .build();
  }

  static LineChart trends() {
    return LineChart.builder("trend-2014-2024", "Defence expenditure, 2014–2024")
        .years(2014, 2024)
        .valueAxis("Defence expenditure", "% of GDP")
        .series("United States", 3.71, 3.51, 3.50, 3.28, 3.26, 3.47, 3.58, 3.53, 3.31, 3.23, 3.38)
        .series("Poland", 1.88, 2.23, 2.00, 1.89, 2.02, 1.99, 2.23, 2.22, 2.23, 3.26, 4.12)
        .series("Germany", 1.19, 1.19, 1.20, 1.23, 1.25, 1.35, 1.51, 1.45, 1.51, 1.64, 2.12)
        .target(2.0, "2% (Wales 2014)")
        .caption("Source: NATO 2024, Table 3. 2023 and 2024 are NATO estimates.")
        .build();
  }

  static ScatterChart size() {
    ScatterChart.Builder chart = ScatterChart.builder("size-and-burden",
            "Economic size and defence burden, 2024")
        .xAxis("GDP", "USD billion, current prices").logX()
        .yAxis("Defence expenditure", "% of GDP")
        .caption("Source: NATO 2024, Tables 3 and 5. Horizontal axis on a log scale.");
    for (int i = 0; i < ALLIES.length; i++) {
      chart.point(ALLIES[i], GDP_2024[i], SHARE_2024[i]);
    }
    return chart.build();
  }

  static TableBlock table() {
    Table table = Table.of(Column.text("ally", "the ally's ISO3 code").withHeading("Ally"),
            share(2014), share(2024),
            Column.text("estimate", "whether the 2024 figure is NATO's estimate")
                .withHeading("Estimate"))
        .notes("Estimate: yes where NATO flags the 2024 figure as an estimate.");
    for (int i = 0; i < ALLIES.length; i++) {
      table.row(ALLIES[i], SHARE_2014[i], SHARE_2024[i], true);
    }
    return TableBlock.of(table, "The allies of the chart, 2014 and 2024");
  }

  private static Column share(int year) {
    return Column.number("share_gdp_pct_" + year, "% of GDP", 2, "defence expenditure as a share"
        + " of real GDP in " + year).withHeading("Defence expenditure " + year);
  }
}
