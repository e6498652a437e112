package dev.bulwark.answers.burden;

import static dev.bulwark.answers.Asking.ask;
import static dev.bulwark.answers.Asking.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.answers.AnswersException;
import dev.bulwark.answers.table.Table;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The burden questions, asked as the adapters ask them. */
final class BurdenQuestionsTest {

  @Test
  void withoutAYearSpendingAnswersTheLatestYearAndSaysWhich() {
    Table table = ask(new SpendingQuestion());

    // NATO's 2024 tables end with 2024 (an estimate); no later year has every figure.
    assertThat(table.query().get("year")).isEqualTo(2024);
    assertThat(table.records()).allSatisfy(row -> assertThat(row.get("year")).isEqualTo(2024));
    assertThat(table.sources()).contains("NATO 2024");
  }

  @Test
  void theEquipmentColumnIsNamedAfterItsIndicator() {
    Map<String, Object> poland = row(ask(new SpendingQuestion(), "year", "2024"), "iso3", "POL");

    // NATO 2024 Table 8a: Poland spent 51.1% of its defence expenditure on equipment in 2024e.
    assertThat((Double) poland.get("equipment_pct_of_defexp")).isCloseTo(51.1,
        Offset.offset(0.05));
  }

  @Test
  void theGapOfGermanyTo2PercentIn2024IsZeroAndItsSurplusIsPositive() {
    Map<String, Object> germany = row(ask(new GapQuestion(), "target", "2", "year", "2024"),
        "iso3", "DEU");

    // NATO 2024 Table 3: Germany 2.12% in 2024 (estimate), so no gap and 0.12 points over.
    assertThat((Double) germany.get("gap_pp")).isZero();
    assertThat((Double) germany.get("surplus_pp")).isCloseTo(0.12, Offset.offset(0.005));
  }

  @Test
  void aGrowthThatIsNeitherAPercentNorOwnHistoryNamesTheField() {
    assertThatThrownBy(() -> ask(new PathQuestion(), "growth", "fast"))
        .isInstanceOfSatisfying(AnswersException.class, e -> {
          assertThat(e.field()).hasValue("growth");
          assertThat(e.value()).hasValue("fast");
        }).hasMessageContaining("own:FROM-TO");
  }

  @Test
  void growthHasOneRangeTheModelsFromMinus50To100() {
    assertThat(ask(new PathQuestion(), "growth", "-50", "country", "POL").records()).isNotEmpty();
    assertThat(ask(new PathQuestion(), "growth", "100", "country", "POL").records()).isNotEmpty();
    assertThatThrownBy(() -> ask(new PathQuestion(), "growth", "-60"))
        .hasMessageContaining("from -50 to 100");
    assertThatThrownBy(() -> ask(new PathQuestion(), "growth", "100.5"))
        .hasMessageContaining("from -50 to 100");
  }

  @Test
  void aTargetOfZeroOrOverAHundredPercentIsRefused() {
    assertThatThrownBy(() -> ask(new GapQuestion(), "target", "0")).hasMessageContaining("target");
    assertThatThrownBy(() -> ask(new GapQuestion(), "target", "101"))
        .hasMessageContaining("target");
  }

  @Test
  void splitAndYearTogetherAreRefused() {
    assertThatThrownBy(() -> ask(new FairShareQuestion(), "split", "true", "year", "2024"))
        .isInstanceOfSatisfying(AnswersException.class,
            e -> assertThat(e.field()).hasValue("year"));
  }

  @Test
  void thePathOfPolandStartsFromItsPublishedShare() {
    Table path = ask(new PathQuestion(), "target", "3.5", "by", "2035", "country", "POL");

    // NATO 2024 Table 3: Poland 4.12% of GDP in 2024e, already above 3.5%: it stays there.
    assertThat(path.records()).allSatisfy(r -> assertThat(r.get("iso3")).isEqualTo("POL"));
    assertThat((Double) path.records().get(0).get("share_gdp_pct")).isCloseTo(4.12,
        Offset.offset(0.005));
    assertThat(path.attachments()).containsKey("allies");
  }
}
