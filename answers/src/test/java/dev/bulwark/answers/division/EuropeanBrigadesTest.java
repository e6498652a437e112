package dev.bulwark.answers.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.bulwark.answers.Asking;
import dev.bulwark.posture.campaign.Unit;
import dev.bulwark.posture.campaign.UnitKind;
import org.junit.jupiter.api.Test;

/** Europe's brigades on a path, against a hand derivation from the catalogue's ramps. */
final class EuropeanBrigadesTest {

  private static final DivisionSetting SETTING = DivisionSetting.bundled();

  @Test
  void todaysSpendingFieldsNothing() {
    assertThat(EuropeanBrigades.today(2030).units()).isEmpty();
  }

  @Test
  void theBrigadesFieldedAreThePaidShareOfWhatTheRampsDeliver() {
    EuropeanBrigades europe = EuropeanBrigades.onPath(SETTING, 3.5, 2035, 2030, Asking.CONTEXT);
    // bruegel-2025 from 2025: 13 armoured brigades (lead 3 years, ramp 3 a year) are delivered
    // 3 a year from 2027, 12 by the end of 2030; 10 mechanised (lead 3, ramp 4) all by 2029; 27
    // light (lead 2, ramp 5) 5 a year from 2026, 25 by 2030. So 22 heavy and 25 light, times
    // the share paid for.
    double phi = europe.fundedShare();
    assertThat(phi).isBetween(0.0, 1.0);
    assertThat(europe.heavy()).isCloseTo(22 * phi, within(1e-9));
    assertThat(europe.light()).isCloseTo(25 * phi, within(1e-9));
    // A fifth of them in the Baltic, heavy first, one a day from day 0.
    assertThat(europe.inBaltic()).isCloseTo(0.2 * 47 * phi, within(1e-9));
    Unit first = europe.units().get(0);
    assertThat(first.kind()).isEqualTo(UnitKind.HEAVY_ARMOURED);
    assertThat(first.arrivalDay()).isZero();
    assertThat(europe.units().get(1).arrivalDay()).isEqualTo(1);
    // baltic-2025 defends Tallinn with 1.0 brigade equivalents by day 28 against 4 and Riga
    // with far more against 5: the first new brigade goes to Tallinn.
    assertThat(first.axis()).isEqualTo("tallinn");
  }

  @Test
  void aHigherTargetPaysForNoFewerBrigades() {
    double lower = EuropeanBrigades.onPath(SETTING, 3.0, 2035, 2031, Asking.CONTEXT).inBaltic();
    double higher = EuropeanBrigades.onPath(SETTING, 5.0, 2035, 2031, Asking.CONTEXT)
        .inBaltic();
    assertThat(higher).isGreaterThan(lower);
  }
}
