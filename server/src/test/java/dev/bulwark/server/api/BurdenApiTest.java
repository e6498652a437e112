package dev.bulwark.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.data.Ledger;
import dev.bulwark.server.ServerException;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The burden endpoints' work, called as handlers without HTTP. */
final class BurdenApiTest {

  private static final BurdenApi API = new BurdenApi(Ledger.embedded());

  private static Query query(String... pairs) {
    Map<String, List<String>> map = new java.util.HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], List.of(pairs[i + 1]));
    }
    return Query.of(map);
  }

  @Test
  void withoutAYearSpendingAnswersTheLatestYearAndSaysWhich() {
    Table table = API.spending(query());

    Object year = ((Map<?, ?>) table.body().get("query")).get("year");
    // NATO's 2024 tables end with 2024 (an estimate); no later year has every figure.
    assertThat(year).isEqualTo(2024);
    assertThat(table.rows()).allSatisfy(row -> assertThat(row.get("year")).isEqualTo(2024));
  }

  @Test
  void theGapOfGermanyTo2PercentIn2024IsZeroAndItsSurplusIsPositive() {
    Map<String, Object> germany = API.gap(query("target", "2", "year", "2024")).rows().stream()
        .filter(r -> r.get("iso3").equals("DEU")).findFirst().orElseThrow();

    // NATO 2024 Table 3: Germany 2.12% in 2024 (estimate), so no gap and 0.12 points over.
    assertThat((Double) germany.get("gap_pp")).isZero();
    assertThat((Double) germany.get("surplus_pp")).isCloseTo(0.12, Offset.offset(0.005));
  }

  @Test
  void aGrowthThatIsNeitherAPercentNorOwnHistoryNamesTheField() {
    assertThatThrownBy(() -> API.path(query("growth", "fast")))
        .isInstanceOfSatisfying(ServerException.class, e -> {
          assertThat(e.field()).hasValue("growth");
          assertThat(e.value()).hasValue("fast");
        }).hasMessageContaining("own:FROM-TO");
  }

  @Test
  void aTargetOfZeroOrOverAHundredPercentIsRefused() {
    assertThatThrownBy(() -> API.gap(query("target", "0"))).hasMessageContaining("target");
    assertThatThrownBy(() -> API.gap(query("target", "101"))).hasMessageContaining("target");
  }

  @Test
  void splitAndYearTogetherAreRefusedAsInTheCommand() {
    assertThatThrownBy(() -> API.fairShare(query("split", "true", "year", "2024")))
        .isInstanceOfSatisfying(ServerException.class,
            e -> assertThat(e.field()).hasValue("year"));
  }
}
