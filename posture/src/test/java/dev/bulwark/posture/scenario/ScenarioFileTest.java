package dev.bulwark.posture.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.core.BulwarkException;
import dev.bulwark.posture.PostureException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

final class ScenarioFileTest {

  /** The repository's docs/scenarios, found by walking up from the working directory. */
  static Path examples() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("docs/scenarios"))) {
        return dir.resolve("docs/scenarios");
      }
    }
    throw new IllegalStateException("docs/scenarios not found above the working directory");
  }

  @Test
  void theEuropeToIndoPacificExampleReadsAsDocumented() {
    Scenario scenario = ScenarioFile.read(examples().resolve("europe-to-indo-pacific.yaml"));
    assertThat(scenario.name()).isEqualTo("Europe to the Indo-Pacific");
    assertThat(scenario.baselineQuarter()).hasValueSatisfying(q ->
        assertThat(q).hasToString("2024Q4"));
    assertThat(scenario.forces()).extracting(ForceMove::movedPersonnel)
        .containsExactly(2L * ForceMove.BRIGADE_PERSONNEL, 5_000L);
    assertThat(scenario.spending()).singleElement().satisfies(s -> {
      assertThat(s.country()).isEqualTo("DEU");
      assertThat(s.targetSharePct()).isEqualTo(3.5);
      assertThat(s.by()).isEqualTo(2030);
      assertThat(s.gdpGrowthPct()).isNull();
    });
    assertThat(scenario.ordersOfBattle()).singleElement().satisfies(e -> {
      assertThat(e.posture()).isEqualTo("baltic-2025");
      assertThat(e.withdraw()).containsExactly("us-abct-rotation");
    });
    assertThat(scenario.withdrawals()).isEmpty();
  }

  @Test
  void theBalticExampleCarriesAnAddedUnitAndAWithdrawal() {
    Scenario scenario = ScenarioFile.read(examples().resolve("baltic-reinforced.yaml"));
    UnitEntry unit = scenario.ordersOfBattle().get(0).add().get(0);
    assertThat(unit.id()).isEqualTo("us-abct-2");
    assertThat(unit.kind()).isEqualTo("heavy_armoured");
    assertThat(unit.arrivalDay()).isZero();
    assertThat(unit.axis()).isEqualTo("riga");
    assertThat(scenario.withdrawals()).singleElement().satisfies(w -> {
      assertThat(w.instrument()).isEqualTo("nato");
      assertThat(w.effectiveDate()).hasValueSatisfying(d -> assertThat(d).hasToString(
          "2027-01-01"));
    });
    assertThat(scenario.spending().get(0).gdpGrowthPct()).isEqualTo(4.0);
  }

  @Test
  void theTaiwanExampleCarriesEveryEditOfTheStraitBlock() {
    Scenario scenario = ScenarioFile.read(examples().resolve("taiwan-long-range-strike.yaml"));
    OrderOfBattleEdit edit = scenario.ordersOfBattle().get(0);
    assertThat(edit.theatre()).isEqualTo("taiwan");
    assertThat(edit.posture()).isEqualTo("taiwan-2026-no-long-range-antiship");
    StraitEdit strait = edit.strait();
    assertThat(strait.moveFromEucom()).containsExactly(new EucomMove("rota-destroyers", 7),
        new EucomMove("eucom-bombers", 3));
    assertThat(strait.addLaunchers()).singleElement().satisfies(l -> {
      assertThat(l.munition()).isEqualTo("lrasm");
      assertThat(l.basing()).isEqualTo("distant");
      assertThat(l.inventory()).isEqualTo(200.0);
      assertThat(l.salvo()).isEqualTo(40.0);
      assertThat(l.firstDay()).isEqualTo(2);
      assertThat(l.reloadDays()).isEqualTo(1);
    });
    assertThat(strait.withdrawLaunchers()).containsExactly("us-harpoon");
    assertThat(strait.delayLaunchers()).containsExactly(
        new LauncherDelay("twn-harpoon-coastal", 1));
    assertThat(strait.add()).isEqualTo(new StraitCounts(0, 0, 0, 0, 50, 0, 0));
    assertThat(strait.withdraw()).isEqualTo(new StraitCounts(1, 0, 0, 0, 0, 0, 0));
  }

  @Test
  void anUnknownFieldIsReportedWithItsLineAndTheFieldsExpected() {
    String text = """
        name: Typo
        forces:
          - from: DEU
            to: JPN
            personel: 100
        """;
    assertThatThrownBy(() -> ScenarioFile.parse(text, "typo.yaml"))
        .isInstanceOf(PostureException.class)
        .hasMessageContaining("typo.yaml line 5")
        .hasMessageContaining("forces[0].personel")
        .hasMessageContaining("unknown field 'personel': expected one of brigades, from, "
            + "personnel, to")
        .extracting(e -> ((BulwarkException) e).kind()).isEqualTo(BulwarkException.Kind.BAD_INPUT);
  }

  @Test
  void aBrokenRuleNamesTheFieldAndTheRule() {
    String text = """
        name: Both
        forces:
          - from: DEU
            to: JPN
            personnel: 100
            brigades: 1
        """;
    assertThatThrownBy(() -> ScenarioFile.parse(text, "both.yaml"))
        .hasMessageContaining("both.yaml line ")
        .hasMessageContaining("forces[0]")
        .hasMessageContaining("give exactly one of personnel and brigades");
  }

  @Test
  void aValueOfTheWrongTypeNamesTheField() {
    String text = """
        name: Words
        spending:
          - country: DEU
            target_share_pct: three
            by: 2030
        """;
    assertThatThrownBy(() -> ScenarioFile.parse(text, "words.yaml"))
        .hasMessageContaining("words.yaml line 4")
        .hasMessageContaining("spending[0].target_share_pct");
  }

  @Test
  void aScenarioThatChangesNothingIsRefused() {
    assertThatThrownBy(() -> ScenarioFile.parse("name: Nothing\n", "nothing.yaml"))
        .hasMessageContaining("nothing.yaml")
        .hasMessageContaining("a scenario must change something");
  }

  @Test
  void anUnreportedOrMalformedBaselineIsRefused() {
    assertThatThrownBy(() -> ScenarioFile.parse("""
        name: Bad quarter
        baseline: 2024-12
        withdrawals: [{state: HUN, instrument: nato}]
        """, "q.yaml")).hasMessageContaining("quarter must look like 2024Q4, was '2024-12'");
  }
}
