package dev.bulwark.posture.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.posture.PostureException;
import dev.bulwark.posture.scenario.OrderOfBattleEdit;
import dev.bulwark.posture.scenario.Scenario;
import dev.bulwark.posture.scenario.UnitDelay;
import dev.bulwark.posture.scenario.UnitEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class PostureTest {

  @Test
  void everyBundledPostureLoadsAndMarksEachUnitPublishedOrAssumed() {
    for (String id : Posture.bundledIds()) {
      Posture posture = Posture.bundled(id);
      assertThat(posture.id()).isEqualTo(id);
      assertThat(posture.units()).allSatisfy(u -> assertThat(u.source()).isNotBlank());
    }
  }

  @Test
  void randsPostureHasSevenBrigadesThreeOfThemHeavyBesideTheNationalForces() {
    List<Unit> units = Posture.bundled("baltic-rand-7-brigades").units();

    // RR-1253: "about seven brigades, including three heavy armored brigades", in addition to
    // the Baltic states' own forces (Estonia's and Latvia's brigades on these two axes).
    assertThat(units).filteredOn(u -> u.nation().equals("NATO")).hasSize(7);
    assertThat(units).filteredOn(u -> u.kind() == UnitKind.HEAVY_ARMOURED).hasSize(3);
    assertThat(units).noneMatch(Unit::reinforcement);
  }

  @Test
  void theGermanBrigadeInLithuaniaIsInThe2025PostureOnly() {
    assertThat(Posture.bundled("baltic-2025").unit("deu-pzbrig-45").kind())
        .isEqualTo(UnitKind.HEAVY_ARMOURED);
    assertThatThrownBy(() -> Posture.bundled("baltic-efp-2017").unit("deu-pzbrig-45"))
        .isInstanceOf(PostureException.class).hasMessageContaining("unknown unit 'deu-pzbrig-45'");
  }

  @Test
  void anUnknownPostureSuggestsTheBundledOnes() {
    assertThatThrownBy(() -> Posture.bundled("2016")).isInstanceOf(PostureException.class)
        .hasMessageContaining("unknown posture '2016': did you mean baltic-2016?");
  }

  @Test
  void aBadPostureFileFailsWithItsLineAndField(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, String.join("\n", "id: mine", "name: Mine", "theatre: baltic",
        "year: 2030", "airSupport: {low: 1, mode: 1, high: 1}", "airBasis: assumption",
        "units:", "  - id: a", "    name: A", "    nation: POL", "    kind: heavy_armored",
        "    strength: 1", "    axis: riga", "    arrivalDay: 0", "    basis: assumption", ""));

    assertThatThrownBy(() -> Posture.read(file)).isInstanceOf(PostureException.class)
        .hasMessageContaining("line 11").hasMessageContaining("units[0].kind")
        .hasMessageContaining("heavy_armored");
  }

  @Test
  void ordersOfBattleChangeByAddingWithdrawingAndDelayingUnits() {
    Posture base = Posture.bundled("baltic-2016");
    Unit added = new Unit("pol-16-mech", "Polish 16th Mechanised Division brigade", "POL",
        UnitKind.HEAVY_ARMOURED, 1, "riga", 3, Basis.ASSUMPTION, "test");

    Posture changed = base.apply(List.of(new OrderOfBattleChange.Add(added),
        new OrderOfBattleChange.Withdraw("us-2cr"), new OrderOfBattleChange.Delay("nato-vjtf", 2)));

    assertThat(changed.units()).extracting(Unit::id)
        .containsExactly("est-1-inf", "lva-mech-inf", "us-173-abn", "nato-vjtf", "pol-16-mech");
    assertThat(changed.unit("nato-vjtf").arrivalDay()).isEqualTo(9.0);
    assertThatThrownBy(() -> base.apply(List.of(new OrderOfBattleChange.Withdraw("us-3id"))))
        .isInstanceOf(PostureException.class).hasMessageContaining("unknown unit 'us-3id'");
  }

  @Test
  void aScenarioFilesOrderOfBattleEditsApplyToTheCampaignsPosture() {
    OrderOfBattleEdit edit = new OrderOfBattleEdit("baltic", null,
        List.of(new UnitEntry("us-abct-2", "Second US armoured brigade", "USA", "heavy_armoured",
            null, null, 5.0, null)),
        List.of("us-173-abn"), List.of(new UnitDelay("us-2cr", 4.0)), null);
    Scenario scenario = new Scenario("Pivot", null, null, List.of(), List.of(), List.of(edit),
        List.of());

    Posture changed = ScenarioChanges.apply(scenario, Theatres.bundled().theatre("baltic"),
        Posture.bundled("baltic-2016"), (moves, theatre, posture) -> List.of());

    assertThat(changed.id()).isEqualTo("baltic-2016-scenario");
    assertThat(changed.unit("us-abct-2").axis()).isEqualTo("tallinn");
    assertThat(changed.unit("us-abct-2").basis()).isEqualTo(Basis.ASSUMPTION);
    assertThat(changed.unit("us-2cr").arrivalDay()).isEqualTo(7.0);
    assertThat(changed.units()).extracting(Unit::id).doesNotContain("us-173-abn");
  }
}
