package dev.bulwark.answers.guarantees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.bulwark.answers.Asking;
import dev.bulwark.answers.question.Questions;
import dev.bulwark.answers.table.Table;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The totals of the guarantee and umbrella questions: NATO's tables only from a state's
 * accession, the definitions a total adds, estimate flags and the range of strengths. Expected
 * figures from the reference copies: SIPRI April 2025, Sweden 2023, current US$ 8,754.873 m;
 * NATO June 2024 Table 2, Sweden 2023e 9,847.895 m (Sweden acceded on 2024-03-07).
 */
final class GuaranteeTotalsTest {

  private static Table ask(String... pairs) {
    String command = pairs[0];
    String[] rest = java.util.Arrays.copyOfRange(pairs, 1, pairs.length);
    return Questions.ask(Questions.bundled().named(command), Asking.given(rest), Asking.CONTEXT)
        .answer(Asking.CONTEXT);
  }

  private static Object cell(Table table, List<Object> row, String column) {
    for (int i = 0; i < table.columns().size(); i++) {
      if (table.columns().get(i).name().equals(column)) {
        return row.get(i);
      }
    }
    throw new AssertionError("no column " + column);
  }

  @Test
  void swedenBeforeItsAccessionIsWeighedWithSipriInTheGuarantee() {
    Table guarantee = ask("guarantee", "attacker", "RUS", "target", "EST", "date", "2023-06-01");

    List<Object> sweden = guarantee.rows().stream()
        .filter(r -> "SWE".equals(cell(guarantee, r, "iso3"))
            && "bound".equals(cell(guarantee, r, "outcome"))).findFirst().orElseThrow();
    assertThat((Double) cell(guarantee, sweden, "milex_usd_current_m"))
        .isCloseTo(8754.872951012165, within(1e-6));
    assertThat(cell(guarantee, sweden, "milex_definition")).isEqualTo("sipri");
  }

  @Test
  void theBoundSummaryGivesTheRangeOfStrengthsTheDefinitionsAndTheEstimates() {
    Table guarantee = ask("guarantee", "attacker", "RUS", "target", "EST", "date", "2025-02-12");

    @SuppressWarnings("unchecked")
    Map<String, Object> weight = (Map<String, Object>) guarantee.attachments().get("weight");
    assertThat(weight).containsEntry("strength_range", "4a-4b")
        .containsEntry("milex_definition", "nato+sipri");
    assertThat(weight.get("milex_estimates")).asList().contains("USA");
    assertThat(guarantee.notes()).anyMatch(n -> n.contains("at 4a-4b"))
        .anyMatch(n -> n.contains("NATO-definition figures"));
  }

  @Test
  void sourceSipriGivesUmbrellaTotalsOfOneDefinition() {
    Table mixed = ask("umbrella", "date", "2025-02-12", "country", "EST");
    Table sipri = ask("umbrella", "date", "2025-02-12", "country", "EST", "source", "sipri");

    List<Object> all = mixed.rows().get(mixed.rows().size() - 1);
    List<Object> allSipri = sipri.rows().get(sipri.rows().size() - 1);
    assertThat(cell(mixed, all, "instrument")).isEqualTo("all");
    assertThat(cell(mixed, all, "strength_level")).isEqualTo("4a-4b");
    assertThat(cell(mixed, all, "milex_definition")).isEqualTo("nato+sipri");
    assertThat(cell(sipri, allSipri, "milex_definition")).isEqualTo("sipri");
    assertThat(cell(sipri, allSipri, "milex_estimates")).isEqualTo("");
  }
}
