package dev.bulwark.report.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.bulwark.answers.table.Table;
import dev.bulwark.burden.exploitation.RankCorrelation;
import dev.bulwark.burden.exploitation.YearTest;
import dev.bulwark.burden.figures.Roster;
import dev.bulwark.burden.figures.SpendingSource;
import dev.bulwark.burden.path.GdpGrowth;
import dev.bulwark.core.BulwarkException;
import dev.bulwark.core.panel.SpendingDefinition;
import dev.bulwark.core.unit.Percent;
import dev.bulwark.data.Ledger;
import dev.bulwark.report.ReportException;
import dev.bulwark.report.brief.BarChart;
import dev.bulwark.report.brief.Block;
import dev.bulwark.report.brief.Brief;
import dev.bulwark.report.brief.Chart;
import dev.bulwark.report.brief.Citation;
import dev.bulwark.report.brief.Paragraph;
import dev.bulwark.report.brief.Section;
import dev.bulwark.report.brief.TableBlock;
import dev.bulwark.report.brief.TargetLine;
import dev.bulwark.report.html.BriefRenderer;
import dev.bulwark.report.html.BriefWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The burden brief composed from the bundled ledger (NATO's tables of 17 June 2024, SIPRI's April
 * 2025 release, the World Bank's March 2026 snapshot), checked against NATO's published figures
 * and against sums computed from the reference copy of NATO's tables in Python:
 *
 * <pre>
 * # python3 -c 'import csv; R=[r for r in csv.DictReader(open("../shared/data/nato/nato_defexp_2014_2024e_panel.csv")) if r["year"]=="2024" and r["is_aggregate"]=="0" and r["defexp_share_gdp_pct"]]; s=lambda r: float(r["defexp_share_gdp_pct"]); y=lambda r: float(r["gdp_usd_current_m"]); print(len(R), sum(max(0,2-s(r))/100*y(r) for r in R)/1e3, sum(max(0,3.5-s(r))/100*y(r) for r in R)/1e3, sum(max(0,3.5-s(r))*t/11/100*y(r)*1.03**t for r in R for t in range(1,12))/1e3)'
 * 31 44.9... 413.8... 3123.6...
 * </pre>
 */
final class BurdenBriefTest {

  private static final ComposedBrief COMPOSED =
      BurdenBrief.withDefaults().compose(Ledger.embedded());
  private static final Brief BRIEF = COMPOSED.brief();

  @Test
  void theSummaryCountsTheAlliesAtEachTargetAsNatoDoes() {
    // NATO, press release of 17 June 2024: 23 allies expected to meet 2% in 2024. Table 3, 2024e:
    // only Poland (4.12) is at or above 3.5%, Estonia next at 3.43; none reaches 5%.
    assertThat(COMPOSED.summary().get(0)).startsWith("On the Hague path (3.5% of GDP by 2035),"
        + " by 2030 the United States can move");
    assertThat(COMPOSED.summary().subList(1, COMPOSED.summary().size())).startsWith(
        "23 of 31 allies with armed forces met 2% of GDP in 2024 (NATO 2024, estimates)",
        "29 of 31 met 20% of defence spending on equipment",
        "1 of 31 met 3.5% of GDP",
        "0 of 31 met 5% of GDP");
    assertThat(BRIEF.summary()).isEqualTo(COMPOSED.summary());
  }

  @Test
  void theShareChartRanksEveryAllyFromPolandToSpainWithTheThreeTargets() {
    BarChart shares = (BarChart) chart(TargetsSection.CHART_ID);

    assertThat(shares.categories()).hasSize(31).startsWith("POL", "EST", "USA").endsWith("ESP");
    // NATO Table 3, 2024e, as published to two decimals: Poland 4.12, Spain 1.28.
    assertThat(shares.series()).singleElement().satisfies(series -> {
      assertThat(series.name()).isEqualTo("2024e");
      assertThat(series.values().get(0)).isEqualTo(4.12);
      assertThat(series.values().get(30)).isEqualTo(1.28);
    });
    assertThat(shares.targets()).extracting(TargetLine::value).containsExactly(2.0, 3.5, 5.0);
    assertThat(shares.caption()).startsWith("Source: NATO 2024, estimates.").contains("Table 3");
  }

  @Test
  void theAllyTableNamesEachAllyAndFlagsEstimatesAndNationalCommitments() {
    Table allies = table(TargetsSection.ID, 0);

    assertThat(allies.rows()).hasSize(31);
    assertThat(allies.columnNames()).containsExactly("rank", "ally", "share_gdp_pct",
        "equipment_pct_of_defexp", "personnel_thousand", "meets_nato_2pct",
        "meets_hague_core_3_5pct", "meets_hague_total_5pct", "meets_nato_equipment_20pct",
        "estimate");
    // NATO marks Poland with * (a national 2% commitment); its 2024 figures are estimates.
    // Targets in the order 2%, 3.5%, 5%, 20% on equipment, then the estimate flag.
    // The shares are stored in full and printed to NATO's two decimals: 4.12 and 1.28.
    assertThat(allies.rows().get(0)).startsWith(1, "Poland (POL)\u00a0*")
        .endsWith(true, true, false, true, true);
    assertThat((Double) allies.rows().get(0).get(2)).isCloseTo(4.12, within(0.005));
    assertThat(allies.rows().get(30)).startsWith(31, "Spain (ESP)")
        .endsWith(false, false, false, true, true);
    assertThat((Double) allies.rows().get(30).get(2)).isCloseTo(1.28, within(0.005));
    assertThat(allies.notes()).anyMatch(note -> note.startsWith("e = estimate: yes where"));
  }

  @Test
  void gapsAndPathsAddUpToThePythonTotals() {
    // NATO 2024 tables, 2024e, the 31 allies: the gap in US$ is max(0, target x GDP (Table 5)
    // - spending (Table 2)), both at current prices; from the repository root:
    // python3: sum(max(0, t * Y[c] - S[c])) -> 2%: 46.726877663970626 bn, 3.5%: 418.8890452904624
    // bn; the path from spending S/Y at current prices: sum over allies below 3.5% by Table 3 of
    // sum(((3.5 - 100 S/Y) k / 11) / 100 Y 1.03^k, k = 1..11) -> 3162.4094401864045 bn
    assertThat(COMPOSED.summary()).contains(
        "Total gap to 2%: US$ 46.7 bn (8 allies below); to 3.5%: US$ 418.9 bn (30 allies below),"
            + " at 2024 GDP in current US$ (NATO 2024, estimates)",
        "Reaching 3.5% of GDP by 2035 takes US$ 3,162.4 bn more over 2025–2035 than staying at"
            + " 2024 shares (GDP in current US$ grows 3% a year for every ally; NATO 2024,"
            + " estimates)");
    BarChart cost = (BarChart) chart(GapSection.CHART_ID);
    // Germany's 2024e gap to 3.5%: 3.5 / 100 × US$ 4,610.0 bn (Table 5) − its spending in Table 2
    // = 63.66564260389804 bn.
    assertThat(cost.categories()).hasSize(30).startsWith("DEU").doesNotContain("POL");
    assertThat(cost.series().get(0).values().get(0)).isEqualTo(63.7);
    Table gaps = table(GapSection.ID, 0);
    assertThat(gaps.columnNames()).containsExactly("ally", "share_gdp_pct", "gap_to_2_pct_pp",
        "cost_to_2_pct_usd_bn", "gap_to_path_target_pp", "cost_to_path_target_usd_bn",
        "estimate");
    List<Object> total = gaps.rows().get(gaps.rows().size() - 1);
    assertThat(total.get(0)).isEqualTo("Total");
    assertThat((Double) total.get(3)).isCloseTo(46.7, within(0.05));
    assertThat((Double) total.get(5)).isCloseTo(418.9, within(0.05));
  }

  @Test
  void theUsShareIsNatoTable2() {
    // NATO Table 2, 2024e: United States 967,707 of NATO Total 1,474,400 million US$ = 65.63%.
    assertThat(COMPOSED.summary()).contains(
        "US share of NATO spending 2024: 65.6%; Europe and Canada: 34.4% (NATO 2024, estimates)");
  }

  @Test
  void theExploitationFindingIsReadFromThe2024Test() {
    // python3 -c '...as above...; from scipy.stats import spearmanr;
    //   print(spearmanr([y(r) for r in R], [s(r) for r in R], alternative="greater"))'
    // statistic=-0.0221774, pvalue=0.5471321
    assertThat(COMPOSED.summary()).last().isEqualTo("Exploitation test 2024: Spearman rho ="
        + " -0.022, one-tailed p = 0.547 (31 allies; NATO 2024, estimates): the data do not"
        + " support the hypothesis that the large allies carry the small, at the 5% level");
    assertThat(paragraphs(ExploitationSection.ID)).anyMatch(text -> text.contains(
        "At the 5% level, the data do not support the hypothesis."));
  }

  @Test
  void theFindingSaysTheDataSupportTheHypothesisOnlyBelowFivePercent() {
    assertThat(ExploitationSection.finding(test(0.012, 0.02)))
        .contains("At the 5% level, the data support the hypothesis");
    assertThat(ExploitationSection.finding(test(0.05, 0.2)))
        .contains("At the 5% level, the data do not support the hypothesis.");
    assertThat(ExploitationSection.finding(test(0.03, 0.07)))
        .contains("Spearman's test supports the hypothesis but Kendall's does not");
  }

  @Test
  void everySectionIsThereInOrderWithItsChart() {
    assertThat(BRIEF.sections()).extracting(Section::id).containsExactly(DivisionSection.ID,
        TargetsSection.ID,
        GapSection.ID, PathSection.ID, SplitSection.ID, AidSection.ID, ExploitationSection.ID,
        GuaranteesSection.ID, PostureSection.ID, CampaignSection.ID, StraitSection.ID,
        ReplacementSection.ID, SensitivitySection.ID, SourcesSection.ID);
    assertThat(BRIEF.charts()).extracting(Chart::id).containsExactly(DivisionSection.CHART_ID,
        TargetsSection.CHART_ID,
        GapSection.CHART_ID, PathSection.CHART_ID, SplitSection.CHART_ID, AidSection.CHART_ID,
        ExploitationSection.CHART_ID, PostureSection.CHART_ID, CampaignSection.CHART_ID,
        StraitSection.CHART_ID, ReplacementSection.CHART_ID, SensitivitySection.BALTIC_CHART_ID,
        SensitivitySection.TAIWAN_CHART_ID);
    assertThat(BRIEF.charts()).filteredOn(chart -> !chart.id().equals(PostureSection.CHART_ID)
            && !chart.id().equals(DivisionSection.CHART_ID)
            && !chart.id().equals(CampaignSection.CHART_ID)
            && !chart.id().equals(StraitSection.CHART_ID)
            && !chart.id().equals(AidSection.CHART_ID)
            && !chart.id().equals(ReplacementSection.CHART_ID)
            && !chart.id().startsWith(SensitivitySection.ID))
        .allSatisfy(chart ->
        assertThat(chart.caption()).startsWith("Source: NATO 2024, estimates."));
  }

  @Test
  void theSourcesCiteEachEditionOfTheLedgerAndTheSourcesOfTheOtherSections() {
    assertThat(BRIEF.sources()).extracting(Citation::edition).startsWith(
        "Defence Expenditure of NATO Countries (2014-2024), published 2024-06-17",
        "SIPRI Military Expenditure Database 2025 (data 1949-2024), published 2025-04-30",
        "World Development Indicators: GDP (current US$) and population, snapshot of March 2026,"
            + " published 2026-03-20");
    assertThat(BRIEF.sources()).extracting(Citation::name).hasSize(10)
        .anyMatch(name -> name.contains("Ukraine Support Tracker"))
        .anyMatch(name -> name.contains("DMDC")).anyMatch(name -> name.contains("RAND")
            || name.contains("Shlapak")).anyMatch(name -> name.contains("Treaty texts"))
        .anyMatch(name -> name.startsWith("Cancian"))
        .anyMatch(name -> name.startsWith("IISS")).anyMatch(name -> name.contains("Burilkov"));
    assertThat(table(SourcesSection.ID, 0).rows()).extracting(row -> row.get(0))
        .containsExactly("NATO 2024", "SIPRI 2025-04", "World Bank 2026-03");
    assertThat(BRIEF.dateLine()).contains("Figures for 2023 and 2024 are estimates");
  }

  /*
   * Expected values: sums of Kiel's Release 29 data_explorer.csv by year and donor group,
   * computed independently with python3 (see UkraineSupportTest in burden for the grouping).
   */
  @Test
  void whoSupportsUkraineSetsEuropeBesideTheUnitedStatesYearByYear() {
    BarChart aid = (BarChart) chart(AidSection.CHART_ID);
    assertThat(aid.categories()).containsExactly("2022", "2023", "2024", "2025",
        "2026-01..2026-04");
    assertThat(aid.series().get(0).values()).containsExactly(37.2, 46.8, 44.5, 74.1, 12.3);
    assertThat(aid.series().get(2).values()).containsExactly(35.4, 33.0, 46.4, 0.5, 0.0);
    assertThat(paragraphs(AidSection.ID)).anyMatch(text -> text.contains("EUR 214.8 bn")
        && text.contains("EUR 115.4 bn") && text.contains("In 2025 Europe gave 93.1%"));
    assertThat(table(AidSection.ID, 0).rows().get(0).get(0)).isEqualTo("United States (USA)");
  }

  @Test
  void theRenderedBriefFetchesNothing() {
    String html = new BriefRenderer().render(BRIEF);

    assertThat(html).doesNotContainPattern("(?i)src\\s*=\\s*[\"']?https?:")
        .doesNotContainPattern("(?i)<link[^>]+href\\s*=\\s*[\"']?https?:")
        .contains("23 of 31 allies with armed forces met 2% of GDP in 2024")
        .contains("<td>Poland (POL)\u00a0*</td><td class=\"num\">4.12</td>");
  }

  @Test
  void aBriefForAYearBeforeNatosTablesReadsSipriAndTheWorldBank() {
    Brief brief = BurdenBrief.withDefaults().withYear(2010).withTrendYears(2010, 2024)
        .compose(Ledger.embedded()).brief();

    assertThat(chartIn(brief, TargetsSection.CHART_ID).caption())
        .startsWith("Source: SIPRI 2025-04").doesNotContain("NATO 2024");
    assertThat(brief.summary()).noneMatch(line -> line.contains("equipment"));
    assertThat(brief.summary().get(1)).endsWith("in 2010 (SIPRI 2025-04)");
  }

  @Test
  void aPathToTwoPercentBy2030WithoutGrowthCostsThePythonSum() {
    // python3 -c '...as above...; print(sum(max(0,2-s(r))*t/6/100*y(r) for r in R
    //   for t in range(1,7))/1e3)'   gives 157.196...
    ComposedBrief composed = BurdenBrief.withDefaults()
        .withPathTarget(Percent.of(2.0), 2030).withGrowth(GdpGrowth.flat(0.0))
        .compose(Ledger.embedded());

    assertThat(composed.summary()).contains("Reaching 2% of GDP by 2030 takes US$ 157.2 bn more"
        + " over 2025–2030 than staying at 2024 shares (GDP in current US$ grows 0% a year for"
        + " every ally; NATO 2024, estimates)");
    assertThat(composed.brief().sections()).extracting(Section::heading)
        .contains("The paths to 2% by 2030");
  }

  @Test
  void theDocumentationExampleWritesThePageAndTheFirstSummaryLine(@TempDir Path dir) {
    ComposedBrief composed = BurdenBrief.withDefaults().compose(Ledger.embedded());
    Path page = new BriefWriter(new BriefRenderer()).write(composed.brief(), dir.resolve("brief"));

    assertThat(page).isRegularFile().content().contains("Who pays for NATO?");
    assertThat(composed.summary().get(1))
        .startsWith("23 of 31 allies with armed forces met 2% of GDP in 2024 (");
  }

  @Test
  void trendYearsMustIncludeTheYearOfTheBrief() {
    BurdenBrief brief = BurdenBrief.withDefaults().withYear(2024).withTrendYears(2014, 2020);

    assertThatThrownBy(() -> brief.compose(Ledger.embedded()))
        .isInstanceOf(ReportException.class)
        .hasMessage("trend years 2014–2020 must include the brief's year 2024, so its scatter and"
            + " its exploitation test describe the same allies")
        .extracting(e -> ((BulwarkException) e).kind())
        .isEqualTo(BulwarkException.Kind.BAD_INPUT);
  }

  private static YearTest test(double spearmanP, double kendallP) {
    Roster roster = new Roster("NATO", 2024, List.of("DEU", "FRA", "USA"), List.of(),
        SpendingSource.NATO, SpendingDefinition.NATO_TOTAL);
    return new YearTest(roster, new RankCorrelation(0.5, spearmanP, "t approximation"),
        new RankCorrelation(0.4, kendallP, "exact"), List.of("NATO 2024"), false);
  }

  private static Chart chart(String id) {
    return chartIn(BRIEF, id);
  }

  private static Chart chartIn(Brief brief, String id) {
    return brief.charts().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }

  private static List<Block> blocks(String sectionId) {
    return BRIEF.sections().stream().filter(s -> s.id().equals(sectionId)).findFirst()
        .orElseThrow().blocks();
  }

  private static Table table(String sectionId, int index) {
    return blocks(sectionId).stream().filter(TableBlock.class::isInstance)
        .map(b -> ((TableBlock) b).table()).toList().get(index);
  }

  private static List<String> paragraphs(String sectionId) {
    return blocks(sectionId).stream().filter(Paragraph.class::isInstance)
        .map(b -> ((Paragraph) b).text()).toList();
  }
}
