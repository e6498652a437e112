package dev.bulwark.answers.aid;

import static dev.bulwark.answers.Asking.ask;
import static dev.bulwark.answers.Asking.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.bulwark.answers.AnswersException;
import dev.bulwark.answers.reference.SourcesQuestion;
import dev.bulwark.answers.table.Table;
import java.util.Map;
import org.junit.jupiter.api.Test;

/*
 * Expected values: sums of Kiel's Release 29 data_explorer.csv computed independently with
 * python3 (see UkraineSupportTest in burden and AidLedgerTest in data for the commands).
 */
final class AidQuestionTest {

  private static final AidQuestion AID = new AidQuestion();

  @Test
  void theDonorViewRanksTheUnitedStatesFirstWithTheColumnsAnalystsExpect() {
    Table donors = ask(AID, "by", "donor");

    assertThat(donors.columnNames()).contains("iso3", "total_eur_bn", "military_eur_bn",
        "financial_eur_bn", "humanitarian_eur_bn", "pct_gdp");
    Map<String, Object> us = donors.records().get(0);
    assertThat(us.get("iso3")).isEqualTo("USA");
    assertThat((Double) us.get("total_eur_bn")).isCloseTo(115.4, within(0.05));
    assertThat((Double) row(donors, "iso3", "DEU").get("total_eur_bn")).isCloseTo(29.9,
        within(0.05));
    assertThat((Double) row(donors, "iso3", "GBR").get("total_eur_bn")).isCloseTo(21.3,
        within(0.05));
    assertThat((Double) row(donors, "iso3", "DNK").get("pct_gdp")).isCloseTo(3.2739,
        within(0.0001));
    assertThat(donors.sources().get(0)).startsWith("Kiel 29").contains("Kiel Working Paper 2218");
  }

  @Test
  void theRegionViewHasEuropeAndTheUnitedStatesAsRowsYearByYear() {
    Table regions = ask(AID, "by", "region");

    Map<String, Object> europe2025 = regions.records().stream()
        .filter(r -> r.get("period").equals("2025") && r.get("region").equals("europe"))
        .findFirst().orElseThrow();
    Map<String, Object> us2025 = regions.records().stream()
        .filter(r -> r.get("period").equals("2025") && r.get("region").equals("united_states"))
        .findFirst().orElseThrow();
    assertThat((Double) europe2025.get("total_eur_bn")).isCloseTo(74.07, within(0.005));
    assertThat((Double) us2025.get("total_eur_bn")).isCloseTo(0.48, within(0.005));
    assertThat((Double) europe2025.get("share_of_military_pct")).isCloseTo(93.09, within(0.05));
  }

  @Test
  void oneDonorsMonthsAfterUsAidStoppedAreAllZero() {
    Table months = ask(AID, "by", "month", "from", "2025-02", "country", "United States");

    assertThat(months.records()).hasSize(15)
        .allSatisfy(r -> assertThat((Double) r.get("total_eur_bn")).isZero());
    assertThat(months.query()).containsEntry("from", "2025-02").containsEntry("to", "2026-04");
  }

  @Test
  void theContributionViewCountsMilitaryAidOnceAndFlagsEachAlly() {
    Table contribution = ask(AID, "by", "contribution", "year", "2024");

    Map<String, Object> denmark = row(contribution, "iso3", "DNK");
    assertThat((Double) denmark.get("total_contribution_pct_gdp")).isCloseTo(2.4226,
        within(0.0001));
    assertThat(denmark.get("treatment")).isEqualTo("military_aid_assumed_in_nato_figure");
    assertThat(String.join(" ", contribution.notes())).contains("Hague Summit Declaration");
  }

  @Test
  void badMonthsAndDonorsAreRefusedNamingTheField() {
    assertThatThrownBy(() -> ask(AID, "from", "2025-13")).isInstanceOf(AnswersException.class)
        .hasMessageContaining("from must be a month yyyy-mm");
    assertThatThrownBy(() -> ask(AID, "from", "2025-06", "to", "2025-01"))
        .hasMessageContaining("from 2025-06 is after to 2025-01");
    assertThatThrownBy(() -> ask(AID, "country", "Russia"))
        .hasMessageContaining("RUS gives no aid in Kiel 29");
  }

  @Test
  void sourcesListTheKielReleaseInUse() {
    Table sources = ask(new SourcesQuestion());

    Map<String, Object> kiel = row(sources, "source", "kiel");
    assertThat(kiel.get("edition")).isEqualTo("29");
    assertThat(kiel.get("in_use")).isEqualTo(true);
  }
}
