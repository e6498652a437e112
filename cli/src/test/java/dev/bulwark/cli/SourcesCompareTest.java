package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code bulwark sources --compare} as a user meets it: the figures a publisher revised between
 * two stored editions, with old and new value and difference, and nothing that stayed the same;
 * an unknown edition, two sources, one edition twice or one alone are bad input that says what
 * was expected.
 */
final class SourcesCompareTest {

  @BeforeAll
  static void storeAnEarlierEdition() throws IOException {
    EarlierEdition.store();
  }

  @Test
  void aRevisedFigureShowsItsOldAndNewValueAndTheDifference() throws IOException {
    Run run = Run.of("sources", "--compare", "nato=2023,nato=2024", "--format", "csv");

    assertThat(run.exitCode()).as(run.err()).isZero();
    CSVRecord poland = run.csvRows().stream().filter(r -> r.get("iso3").equals("POL")
        && r.get("year").equals("2023") && r.get("indicator").equals("defexp_share_gdp_pct"))
        .findFirst().orElseThrow();
    double older = Double.parseDouble(poland.get("old_value"));
    double newer = Double.parseDouble(poland.get("new_value"));
    assertThat(poland.get("change")).isEqualTo("revised");
    assertThat(older - newer).isCloseTo(EarlierEdition.POLAND_2023_RAISE, within(1e-9));
    assertThat(Double.parseDouble(poland.get("difference"))).isCloseTo(newer - older,
        within(1e-12));
  }

  @Test
  void unchangedFiguresAreNotListedAndConfirmedEstimatesAre() throws IOException {
    Run run = Run.of("sources", "--compare", "nato=2023,nato=2024", "--format", "csv");

    List<CSVRecord> rows = run.csvRows();
    // Only Poland's 2023 share differs in value; 2022 was an estimate and is now reported.
    assertThat(rows).filteredOn(r -> r.get("change").equals("revised")).hasSize(1);
    assertThat(rows).noneMatch(r -> r.get("year").equals("2021"));
    assertThat(rows).filteredOn(r -> r.get("year").equals("2022"))
        .isNotEmpty().allMatch(r -> r.get("change").equals("reflagged")
            && r.get("estimate_replaced").equals("true"));
    assertThat(rows).filteredOn(r -> r.get("year").equals("2024"))
        .isNotEmpty().allMatch(r -> r.get("change").equals("added"));
  }

  @Test
  void theTableSummarisesEachAllysLargestRevision() {
    Run run = Run.of("sources", "--compare", "nato=2023,nato=2024");

    assertThat(run.out()).contains(": 1 revised, ", "POL: 1 revised, largest "
        + "defexp_share_gdp_pct 2023");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "nato=2024,nato=2031    | unknown NATO edition '2031': expected one of [2023, 2024]",
      "nato=2024,sipri=2025-04 | expected two editions of the same source",
      "nato=2024,nato=2024    | nato=2024 is named twice",
      "nato=2024              | must name two editions as SOURCE=ID,SOURCE=ID"})
  void aComparisonThatCannotBeMadeIsBadInputSayingWhatWasExpected(String editions,
      String expected) {
    Run run = Run.of("sources", "--compare", editions);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("compare", expected);
  }
}
