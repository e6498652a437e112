package dev.bulwark.answers.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.bulwark.core.BadInputException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a share of the pool moves, against hand derivations from division.yaml's personnel. */
final class AllocationTest {

  private static final List<MovableForce> POOL = DivisionSetting.bundled().pool();

  @Test
  void aShareFillsThePoolInItsOrderWithTheMarginalElementInPart() {
    // Pool personnel in order: 6,000 fighters, 1,800 destroyers, 2,000 long-range fires, 400
    // bombers, 1,000 eFP, 3,300 173rd, 4,500 2CR, 4,200 ABCT = 23,200. A share of 0.35 is
    // 8,120: the fighters and destroyers whole (7,800) and 320 / 2,000 = 16% of the fires.
    Allocation a = Allocation.ofShare(POOL, 0.35);
    assertThat(a.moved(0)).isEqualTo(1);
    assertThat(a.moved(1)).isEqualTo(1);
    assertThat(a.moved(2)).isCloseTo(0.16, within(1e-12));
    assertThat(a.moved(3)).isZero();
    assertThat(a.personnel(POOL)).isCloseTo(8120, within(1e-9));
    assertThat(a.describe(POOL)).isEqualTo(
        "usafe-fighters; rota-destroyers; eucom-long-range-fires (16%)");
  }

  @Test
  void theEndsOfTheGridMoveNothingAndEverything() {
    assertThat(Allocation.ofShare(POOL, 0).describe(POOL)).isEqualTo("none");
    Allocation all = Allocation.ofShare(POOL, 1);
    for (int i = 0; i < POOL.size(); i++) {
      assertThat(all.moved(i)).isEqualTo(1);
    }
    assertThat(all.personnel(POOL)).isEqualTo(23_200);
  }

  @Test
  void namedElementsMoveWholeAndTheirShareIsTheirPersonnel() {
    Allocation armour = Allocation.ofElements(POOL, Set.of("us-abct-rotation", "us-2cr"));
    // (4,200 + 4,500) / 23,200.
    assertThat(armour.share()).isCloseTo(8700.0 / 23200, within(1e-12));
    assertThat(armour.describe(POOL)).isEqualTo("us-2cr; us-abct-rotation");
    assertThatThrownBy(() -> Allocation.ofElements(POOL, Set.of("us-3id")))
        .isInstanceOf(BadInputException.class).hasMessageContaining("unknown pool element "
            + "'us-3id'").hasMessageContaining("us-2cr");
  }
}
