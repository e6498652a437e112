package dev.bulwark.answers.burden;

import static dev.bulwark.answers.Asking.given;
import static dev.bulwark.answers.Asking.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.bulwark.answers.AnswerContext;
import dev.bulwark.answers.Asking;
import dev.bulwark.answers.question.Question;
import dev.bulwark.answers.question.Questions;
import dev.bulwark.answers.reference.SourcesQuestion;
import dev.bulwark.answers.scenario.ScenarioLibrary;
import dev.bulwark.answers.table.Table;
import dev.bulwark.core.panel.Source;
import dev.bulwark.data.EditionStore;
import dev.bulwark.data.Ledger;
import dev.bulwark.data.NatoEditionWorkbook;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spending, gap and path over NATO's editions since the bundled one, imported from workbooks in
 * their published layouts ({@link NatoEditionWorkbook}) and asked as the adapters ask: the
 * answers give the figures NATO reports and say which definition the shares and the Hague
 * verdicts use. Expected values: NATO, Defence Expenditure of NATO Countries (2014–2025), 28
 * August 2025, Table 3; NATO, Defence Investment of NATO Countries (2014–2026), July 2026, Tables
 * 2, 3 and 8a.
 */
final class TodaysEditionsQuestionsTest {

  /** December 2026, when both editions are out. */
  private static final Instant DAY = Instant.parse("2026-12-01T12:00:00Z");

  @TempDir Path tmp;

  private AnswerContext over(NatoEditionWorkbook... workbooks) throws IOException {
    EditionStore store = EditionStore.at(tmp.resolve("store"));
    int n = 0;
    for (NatoEditionWorkbook workbook : workbooks) {
      store.importWorkbook(Source.NATO, workbook.write(tmp.resolve("nato-" + n++ + ".xlsx")));
    }
    Ledger ledger = Ledger.open(store, Map.of());
    return AnswerContext.of(() -> ledger, Clock.fixed(DAY, ZoneOffset.UTC), ScenarioLibrary.NONE);
  }

  private static Table ask(AnswerContext context, Question<?> question, String... pairs) {
    return Questions.ask(question, given(pairs), context).answer(context);
  }

  @Test
  void spendingIn2025eCountsEveryAllyWithAFigureAtTwoPercentAndLeavesGermanyOut()
      throws IOException {
    Table table = ask(over(NatoEditionWorkbook.edition2025()), new SpendingQuestion(),
        "year", "2025");

    assertThat((Double) row(table, "iso3", "POL").get("share_gdp_pct")).isEqualTo(4.48);
    assertThat((Double) row(table, "iso3", "USA").get("share_gdp_pct")).isEqualTo(3.22);
    assertThat((Double) row(table, "iso3", "ESP").get("share_gdp_pct")).isEqualTo(2.00);
    assertThat(table.records()).hasSize(12).allSatisfy(r -> {
      assertThat(r.get("meets_nato_2pct")).isEqualTo(true);
      assertThat(r.get("definition")).isEqualTo("nato_total");
    });
    assertThat(table.records()).extracting(r -> r.get("iso3")).doesNotContain("DEU");
    assertThat(table.notes()).anyMatch(n -> n.contains("left out:") && n.contains("DEU"))
        .contains("hague_core_3_5pct: tested on total defence expenditure as the source defines"
            + " it, an upper bound on core defence spending: neither NATO's tables to 2025 nor"
            + " SIPRI separate core defence");
  }

  @Test
  void spendingIn2026eTestsTheCoreTargetOnCoreFiguresAndSaysSo() throws IOException {
    Table table = ask(over(NatoEditionWorkbook.edition2025(), NatoEditionWorkbook.edition2026()),
        new SpendingQuestion(), "year", "2026");
    var sweden = row(table, "iso3", "SWE");

    assertThat(sweden.get("share_gdp_pct")).isEqualTo(3.22);
    assertThat(sweden.get("spending_usd_current_m")).isEqualTo(24_186.0);
    assertThat(sweden.get("equipment_pct_of_defexp")).isEqualTo(25.41);
    assertThat(sweden.get("meets_hague_core_3_5pct")).isEqualTo(false);
    assertThat(sweden.get("definition")).isEqualTo("hague_core");
    assertThat(row(table, "iso3", "POL").get("meets_hague_core_3_5pct")).isEqualTo(true);
    assertThat(row(table, "iso3", "USA").get("spending_usd_current_m")).isEqualTo(1_032_849.0);
    assertThat(table.notes()).contains(
        "the shares and verdicts count core defence expenditure (The Hague 2025 definition)",
        "hague_core_3_5pct: tested on core defence expenditure as the edition reports it (The"
            + " Hague 2025 definition)");
    assertThat(table.sources()).contains("NATO 2026");
  }

  @Test
  void theRevisedEditionAnswersPolandsAndGermanys2025eFromItsCoreFigures() throws IOException {
    Table table = ask(over(NatoEditionWorkbook.edition2025(), NatoEditionWorkbook.edition2026()),
        new SpendingQuestion(), "year", "2025");

    // Poland 4.48% in the 2025 edition, 4.25% (core) in 2026; Germany 2.22%, absent before.
    assertThat(row(table, "iso3", "POL").get("share_gdp_pct")).isEqualTo(4.25);
    assertThat(row(table, "iso3", "DEU").get("share_gdp_pct")).isEqualTo(2.22);
    assertThat(table.records()).allSatisfy(r ->
        assertThat(r.get("definition")).isEqualTo("hague_core"));
  }

  @Test
  void comparingTheEditionsListsPolandsRevisionAndSaysTheDefinitionChanged() throws IOException {
    Table table = ask(over(NatoEditionWorkbook.edition2025(), NatoEditionWorkbook.edition2026()),
        new SourcesQuestion(), "compare", "nato=2025,nato=2026");

    // NATO's Polish 2025e share: 4.48 in the August 2025 edition, 4.25 in July 2026's.
    Map<String, Object> poland = table.records().stream()
        .filter(r -> "POL".equals(r.get("iso3")) && Integer.valueOf(2025).equals(r.get("year"))
            && "defexp_share_gdp_pct".equals(r.get("indicator"))).findFirst().orElseThrow();
    assertThat(poland.get("old_value")).isEqualTo(4.48);
    assertThat(poland.get("new_value")).isEqualTo(4.25);
    assertThat(table.notes()).anySatisfy(note -> assertThat(note)
        .startsWith("the definition changed: total defence expenditure (NATO definition)")
        .contains("core defence expenditure (The Hague 2025 definition)"));
  }

  @Test
  void theGapOfSwedenToTheCoreTargetIsMeasuredOnItsCoreShare() throws IOException {
    Table table = ask(over(NatoEditionWorkbook.edition2026()), new GapQuestion(),
        "target", "3.5", "year", "2026");

    // 3.5 - 3.22 = 0.28 points; Germany 3.5 - 2.69 = 0.81; Poland 4.68 is 1.18 over.
    assertThat((Double) row(table, "iso3", "SWE").get("gap_pp")).isCloseTo(0.28, within(1e-9));
    assertThat((Double) row(table, "iso3", "DEU").get("gap_pp")).isCloseTo(0.81, within(1e-9));
    assertThat((Double) row(table, "iso3", "POL").get("surplus_pp"))
        .isCloseTo(1.18, within(1e-9));
    assertThat(table.notes()).contains("the shares count core defence expenditure (The Hague"
        + " 2025 definition), as NATO's edition reports it");
  }

  @Test
  void aGapToTheCoreTargetOnTotalFiguresSaysItIsALowerBound() throws IOException {
    Table table = ask(over(NatoEditionWorkbook.edition2025()), new GapQuestion(),
        "target", "3.5", "year", "2025");

    assertThat((Double) row(table, "iso3", "USA").get("gap_pp")).isCloseTo(0.28, within(1e-9));
    assertThat(table.notes()).contains("the shares count total defence expenditure (NATO"
        + " definition), as NATO's edition reports it").anyMatch(n -> n.startsWith("3.5% is the"
        + " Hague target for core defence expenditure, which this edition does not separate"));
  }

  @Test
  void thePathOfSwedenStartsFromItsCore2026eFiguresAndAFivePercentPathSaysItIsAnUpperBound()
      throws IOException {
    Table table = ask(over(NatoEditionWorkbook.edition2026()), new PathQuestion(),
        "target", "5", "by", "2035", "country", "SWE");
    var start = table.records().get(0);

    assertThat(table.query().get("base_year")).isEqualTo(2026);
    assertThat(start.get("year")).isEqualTo(2026);
    assertThat(start.get("share_gdp_pct")).isEqualTo(3.22);
    assertThat(start.get("spending_usd_current_m")).isEqualTo(24_186.0);
    assertThat((Double) table.records().get(table.records().size() - 1).get("share_gdp_pct"))
        .isCloseTo(5.0, within(1e-9));
    assertThat(table.notes()).anyMatch(n -> n.startsWith("SWE: from 3.22% in 2026"))
        .anyMatch(n -> n.startsWith("5% is the Hague target for core plus 1.5%"));
  }

  @Test
  void theBundledEditionsStillAnswerWithTheirTotalDefinition() {
    Table table = Asking.ask(new SpendingQuestion(), "year", "2024");

    assertThat(table.records()).allSatisfy(r ->
        assertThat(r.get("definition")).isEqualTo("nato_total"));
  }
}
