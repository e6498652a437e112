package dev.bulwark.answers.posture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.answers.Asking;
import dev.bulwark.answers.table.Table;
import dev.bulwark.core.BulwarkException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class SensitivityQuestionTest {

  private static final SensitivityQuestion QUESTION = new SensitivityQuestion();

  private static Table ask(String... more) {
    String[] pairs = new String[more.length + 6];
    System.arraycopy(new String[] {"theatre", "baltic", "samples", "4096", "resamples", "20"}, 0,
        pairs, 0, 6);
    System.arraycopy(more, 0, pairs, 6, more.length);
    return Asking.ask(QUESTION, pairs);
  }

  @Test
  void everyParameterHasARowSortedByItsTotalEffect() {
    Table table = ask("threads", "1");

    List<Map<String, Object>> rows = table.records();
    assertThat(rows).hasSize(11);
    List<Double> totals = rows.stream().map(r -> (Double) r.get("total_effect")).toList();
    assertThat(totals).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    assertThat(rows).allSatisfy(r -> assertThat((Double) r.get("total_effect_low"))
        .isLessThanOrEqualTo((Double) r.get("total_effect_high")));
  }

  @Test
  void theWidestTornadoBarOfThe2016PostureDrivesTheMostVarianceToo() {
    // docs/campaign-model.md section 10: kappa_A moves the 2016 median most (63 to 46 hours),
    // then v_R; the Sobol' ranking of the hours, all parameters varied at once, agrees.
    List<Map<String, Object>> rows = ask("threads", "1").records();

    assertThat(rows.get(0).get("parameter")).isEqualTo("attacker_lethality");
    assertThat(rows.get(1).get("parameter")).isEqualTo("road_march");
  }

  @Test
  void theAnswerIsTheSameOnOneAndTwoThreads() {
    assertThat(ask("threads", "2").rows()).isEqualTo(ask("threads", "1").rows());
  }

  @Test
  void anOutputThatNeverVariesIsSaidSoAndLeavesTheIndicesEmpty() {
    // In the 2016 posture a capital falls within two weeks in every run (section 10: holds
    // 14 days 0%), so holding day 14 is 0 everywhere and has no variance to apportion.
    Table table = ask("output", "holds", "day", "14", "threads", "1");

    assertThat(table.records()).allSatisfy(r -> assertThat(r.get("total_effect")).isNull());
    assertThat(table.notes()).anySatisfy(n -> assertThat(n).contains("does not vary"));
  }

  @Test
  void aDayBeyondTheHorizonIsABadInput() {
    assertThatThrownBy(() -> ask("output", "holds", "day", "40")).isInstanceOf(
        BulwarkException.class).hasMessageContaining("within the horizon of 30 days");
  }

  @Test
  void anEngineNotOnTheClassPathIsABadInputSayingHowToRunIt() {
    assertThatThrownBy(() -> ask("engine", "spark")).isInstanceOf(BulwarkException.class)
        .hasMessageContaining("'spark' is not on the class path").hasMessageContaining(
            "spark-submit");
  }
}
