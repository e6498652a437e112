package dev.bulwark.answers.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.answers.AnswersException;
import dev.bulwark.posture.campaign.Posture;
import dev.bulwark.posture.campaign.Theatre;
import dev.bulwark.posture.campaign.Theatres;
import dev.bulwark.posture.scenario.Scenario;
import dev.bulwark.posture.scenario.ScenarioFile;
import org.junit.jupiter.api.Test;

/**
 * A scenario file's order-of-battle edits get one verdict whichever theatre runs them: the edits
 * of the other theatres are applied to their own postures as well, and a broken one refuses the
 * file everywhere.
 */
final class OrdersOfBattleTest {

  private static final Theatres THEATRES = Theatres.bundled();
  private static final Theatre BALTIC = THEATRES.theatre("baltic");

  private static Scenario withTaiwanLauncher(String munition) {
    return ScenarioFile.parse("""
        name: Both theatres
        orders_of_battle:
          - theatre: baltic
            posture: baltic-2025
            delay: [{unit: us-abct-rotation, days: 2}]
          - theatre: taiwan
            strait:
              add_launchers:
                - {id: x-strike, name: A strike group, nation: USA, munition: %s,
                   basing: distant, inventory: 100, salvo: 20}
        """.formatted(munition), "both.yaml");
  }

  @Test
  void aBrokenTaiwanEditRefusesTheFileOnABalticPostureToo() {
    assertThatThrownBy(() -> ScenarioApplication.ordersOfBattle(withTaiwanLauncher("tomahawk"),
        BALTIC, THEATRES.posture("baltic-2025"))).isInstanceOf(AnswersException.class)
        .hasMessageContaining("munition of launcher 'x-strike'")
        .hasMessageContaining("was 'tomahawk'");
  }

  @Test
  void aSoundTaiwanEditLeavesTheBalticPostureToItsOwnEdits() {
    Posture after = ScenarioApplication.ordersOfBattle(withTaiwanLauncher("lrasm"), BALTIC,
        THEATRES.posture("baltic-2025"));

    assertThat(after.id()).isEqualTo("baltic-2025-scenario");
    assertThat(after.unit("us-abct-rotation").arrivalDay())
        .isEqualTo(THEATRES.posture("baltic-2025").unit("us-abct-rotation").arrivalDay() + 2);
  }
}
