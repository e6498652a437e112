package dev.bulwark.answers.posture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.answers.Asking;
import dev.bulwark.answers.table.Table;
import dev.bulwark.core.BulwarkException;
import dev.bulwark.forces.catalogue.Catalogue;
import dev.bulwark.forces.replacement.Figure;
import dev.bulwark.forces.replacement.ForceScenarios;
import dev.bulwark.forces.replacement.ReplacementModel;
import dev.bulwark.posture.campaign.StraitModel;
import dev.bulwark.posture.campaign.Theatres;
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

  @Test
  void theTaiwanStraitAnswersWhetherTheInvasionIsDefeatedByTheHorizon() {
    Table table = Asking.ask(QUESTION, "theatre", "taiwan", "samples", "512", "resamples", "20",
        "threads", "1");

    assertThat(table.records()).hasSize(StraitModel.parameterNames(
        Theatres.bundled().theatre("taiwan")).size());
    assertThat(table.query()).containsEntry("output", "defeated").containsEntry("day", 30)
        .containsEntry("posture", "taiwan-2026");
    assertThat(table.notes()).anySatisfy(n -> assertThat(n).contains("invasion is defeated")
        .contains("day 30"));
    assertThat((Double) table.records().get(0).get("total_effect")).isPositive();
  }

  @Test
  void replaceInTheTheatresPlaceAnalysesTheReplacementsCostOverTheScenariosHorizon() {
    Table table = Asking.ask(QUESTION, "theatre", "replace", "scenario", "bruegel-2025",
        "samples", "512", "resamples", "20", "threads", "1");

    ReplacementModel model = ReplacementModel.of(ForceScenarios.bundled("bruegel-2025"),
        Catalogue.bundled(), 10);
    assertThat(table.records()).extracting(r -> r.get("parameter")).containsExactlyInAnyOrderElementsOf(
        model.uncertain().stream().map(Figure::name).toList());
    assertThat(table.query()).containsEntry("output", "cost").containsEntry("horizon", 10)
        .containsEntry("scenario", "bruegel-2025").doesNotContainKey("posture");
    // An additive-enough model: the first-order indices of a sum of per-item costs carry
    // most of the variance (the ramps interact with the acquisition costs only within an item).
    double firsts = table.records().stream().mapToDouble(r -> (Double) r.get("first_order"))
        .sum();
    assertThat(firsts).isGreaterThan(0.8);
  }

  @Test
  void anOutputOfAnotherKindOfModelIsABadInputNamingTheFittingOnes() {
    assertThatThrownBy(() -> Asking.ask(QUESTION, "theatre", "taiwan", "output", "hours"))
        .isInstanceOf(BulwarkException.class).hasMessageContaining("expected one of [defeated]");
    assertThatThrownBy(() -> Asking.ask(QUESTION, "theatre", "replace", "output", "holds"))
        .isInstanceOf(BulwarkException.class).hasMessageContaining("expected one of [cost]");
  }

  @Test
  void aPostureWithReplaceOrAScenarioWithATheatreIsABadInput() {
    assertThatThrownBy(() -> Asking.ask(QUESTION, "theatre", "replace", "posture",
        "baltic-2016")).isInstanceOf(BulwarkException.class).hasMessageContaining(
            "--posture is a theatre's parameter");
    assertThatThrownBy(() -> Asking.ask(QUESTION, "theatre", "baltic", "scenario",
        "iiss-2025")).isInstanceOf(BulwarkException.class).hasMessageContaining(
            "--scenario is the replacement's");
  }

  @Test
  void aScenarioWithoutATheatreImpliesReplace() {
    Table table = Asking.ask(QUESTION, "scenario", "iiss-2025", "samples", "64", "resamples",
        "10", "threads", "1");

    assertThat(table.query()).containsEntry("theatre", "replace").containsEntry("horizon", 25);
  }

  @Test
  void anUnknownTheatreIsABadInputNamingReplaceAmongTheKnown() {
    assertThatThrownBy(() -> Asking.ask(QUESTION, "theatre", "korea"))
        .isInstanceOf(BulwarkException.class).hasMessageContaining("replace]");
  }
}
