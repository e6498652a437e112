package dev.bulwark.answers.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.bulwark.posture.campaign.Launcher;
import dev.bulwark.posture.campaign.Posture;
import dev.bulwark.posture.campaign.Unit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The postures an allocation makes, against hand computations from the posture files. */
final class TheatrePosturesTest {

  private static final DivisionSetting SETTING = DivisionSetting.bundled();
  private static final TheatrePostures POSTURES = new TheatrePostures(SETTING);

  @Test
  void movingTheFightersScalesTheBalticAirSupportsExcessByOneLessTheirShare() {
    // baltic-2025's air support is (1.1, 1.5, 2.0); the fighters' share is 0.15, so the excess
    // is scaled by 0.85: (1.085, 1.425, 1.85). No unit leaves.
    Posture moved = POSTURES.baltic(Allocation.ofShare(SETTING.pool(), 6000.0 / 23200),
        EuropeanBrigades.today(2030));
    assertThat(moved.airSupport().low()).isCloseTo(1.085, within(1e-12));
    assertThat(moved.airSupport().mode()).isCloseTo(1.425, within(1e-12));
    assertThat(moved.airSupport().high()).isCloseTo(1.85, within(1e-12));
    assertThat(moved.units()).hasSameSizeAs(SETTING.balticPosture().units());
  }

  @Test
  void aGroundUnitMovedInPartKeepsTheRestOfItsStrength() {
    // 16,750 of 23,200: every element before the 2CR (14,500 personnel) whole, and
    // (16,750 - 14,500) / 4,500 = half the 2CR.
    Posture moved = POSTURES.baltic(Allocation.ofShare(SETTING.pool(), 16750.0 / 23200),
        EuropeanBrigades.today(2030));
    assertThat(moved.unit("us-2cr").strength()).isCloseTo(0.5, within(1e-12));
    assertThat(moved.units()).extracting(Unit::id).doesNotContain("us-173-abn", "efp-pol")
        .contains("us-abct-rotation");
  }

  @Test
  void withoutAmericaNoUsUnitStaysAndHalfTheAirSupportsExcessGoes() {
    Posture without = POSTURES.balticWithoutAmerica(EuropeanBrigades.today(2030));
    assertThat(without.units()).extracting(Unit::nation).doesNotContain("USA");
    // (1.1, 1.5, 2.0) with the excess halved (the US share 0.5): (1.05, 1.25, 1.5).
    assertThat(without.airSupport().mode()).isCloseTo(1.25, within(1e-12));
    assertThat(without.airSupport().high()).isCloseTo(1.5, within(1e-12));
  }

  @Test
  void halfTheFightersInTaiwanAddHalfTheirAircraftAirSupportAndRounds() {
    Posture today = SETTING.taiwanPosture();
    Posture moved = POSTURES.taiwan(Allocation.ofShare(SETTING.pool(), 3000.0 / 23200));
    // taiwan-indopacom-2026: 350 aircraft in Japan, half of them US, air support mode 1.3.
    // Half the wings: 75 US aircraft more, so (0.5 x 350 + 75) / 425 US; mode 1.35; JASSM-ER
    // 150 rounds in salvoes of 12.
    assertThat(moved.strait().aircraftJapan()).isEqualTo(425);
    assertThat(moved.strait().usAircraftShare()).isCloseTo(250.0 / 425, within(1e-12));
    assertThat(moved.airSupport().mode()).isCloseTo(today.airSupport().mode() + 0.05,
        within(1e-12));
    Launcher added = moved.strait().launchers().get(moved.strait().launchers().size() - 1);
    assertThat(added.id()).isEqualTo("eucom-fighters-jassm-er");
    assertThat(added.inventory()).isCloseTo(150, within(1e-12));
    assertThat(added.salvo()).isCloseTo(12, within(1e-12));
    assertThat(moved.strait().usSurfaceShips()).isEqualTo(today.strait().usSurfaceShips());
  }
}
