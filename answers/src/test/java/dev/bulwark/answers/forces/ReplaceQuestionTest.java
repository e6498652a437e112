package dev.bulwark.answers.forces;

import static dev.bulwark.answers.Asking.ask;
import static dev.bulwark.answers.Asking.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.bulwark.answers.AnswersException;
import dev.bulwark.answers.burden.PathQuestion;
import dev.bulwark.answers.table.Table;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The replacement question, asked as the adapters ask it. */
final class ReplaceQuestionTest {

  private static double number(Map<String, Object> row, String column) {
    return ((Number) row.get(column)).doubleValue();
  }

  @Test
  void iissYearsEndAtAboutATrillionDollarsIn2049() {
    Table table = ask(new ReplaceQuestion(), "scenario", "iiss-2025", "runs", "300");
    assertThat(table.columnNames()).contains("cumulative_cost_usd_bn", "personnel_added",
        "share_replaced_pct", "path_extra_usd_bn");
    // tools/replacement-check/check.py iiss-2025: 1,001.48 bn over 2025-2049.
    assertThat(number(row(table, "year", 2049), "cumulative_cost_usd_bn")).isCloseTo(1001.48,
        within(0.01));
    assertThat(table.records()).hasSize(25);
    assertThat(String.join(" ", table.notes())).contains("Covering year").contains("By 2030")
        .contains("66,121");
  }

  @Test
  void bruegelYearsGiveTheAnnualCostInEurosAndThePersonnelAdded() {
    Table table = ask(new ReplaceQuestion(), "scenario", "bruegel-2025", "runs", "300");
    assertThat(table.columnNames()).contains("annual_cost_eur_bn", "personnel_added");
    double sum = 0;
    for (int year = 2025; year <= 2029; year++) {
      sum += number(row(table, "year", year), "annual_cost_eur_bn");
    }
    // check.py bruegel-2025: mean of 2025-2029 249.73 bn EUR; all 293,000 by the end of 2031.
    assertThat(sum / 5).isCloseTo(249.73, within(0.01));
    assertThat(number(row(table, "year", 2031), "personnel_added")).isEqualTo(293_000);
  }

  @Test
  void thePathBesideTheCostIsEuropesExtraSpendingDeflatedTo2024Prices() {
    Table path = ask(new PathQuestion(), "target", "3.5", "by", "2035");
    double europe = path.records().stream().filter(r -> r.get("year").equals(2035))
        .filter(r -> !List.of("USA", "CAN").contains(r.get("iso3")))
        .mapToDouble(r -> number(r, "extra_usd_current_m")).sum();
    Table table = ask(new ReplaceQuestion(), "scenario", "iiss-2025", "runs", "100");
    // The path question's 2035 extra spending of the allies but the US and Canada, in current
    // US$ million, over 1.02^11 and 1,000: the replacement's 2035 row.
    assertThat(number(row(table, "year", 2035), "path_extra_usd_bn"))
        .isCloseTo(europe / Math.pow(1.02, 11) / 1000, within(1e-6));
  }

  @Test
  void eachAllysPartsAddUpToTheWholeCost() {
    Table table = ask(new ReplaceQuestion(), "scenario", "iiss-2025", "show", "allies");
    double byGdp = table.records().stream().mapToDouble(r -> number(r, "part_by_gdp_usd_bn"))
        .sum();
    double byPath = table.records().stream().mapToDouble(r -> number(r, "part_by_path_usd_bn"))
        .sum();
    assertThat(byGdp).isCloseTo(1001.48, within(0.01));
    assertThat(byPath).isCloseTo(1001.48, within(0.01));
    assertThat(table.records()).noneMatch(r -> List.of("USA", "CAN").contains(r.get("iso3")));
  }

  @Test
  void everyPublishedTotalOfBothStudiesIsReproducedWithinTenPercent() {
    for (String scenario : List.of("iiss-2025", "bruegel-2025")) {
      Table table = ask(new ReplaceQuestion(), "scenario", scenario, "show", "headlines");
      assertThat(table.records()).isNotEmpty().allSatisfy(r -> assertThat(r.get("within"))
          .as("%s: %s", scenario, r.get("headline")).isEqualTo("yes"));
    }
  }

  @Test
  void theTornadoIsLedByItsWidestBar() {
    Table table = ask(new ReplaceQuestion(), "scenario", "iiss-2025", "show", "tornado");
    List<Double> swings = table.records().stream().map(r -> number(r, "swing_usd_bn")).toList();
    assertThat(swings).isSortedAccordingTo((a, b) -> Double.compare(b, a));
  }

  @Test
  void aScenarioFileIsReadOnlyWhereTheLibraryReadsFiles() {
    assertThatThrownBy(() -> ask(new ReplaceQuestion(), "scenario", "mine.yaml"))
        .isInstanceOfSatisfying(AnswersException.class, e -> {
          assertThat(e.field()).hasValue("scenario");
          assertThat(e.value()).hasValue("mine.yaml");
        }).hasMessageContaining("command line only");
  }
}
