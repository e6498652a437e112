package dev.bulwark.forces.replacement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.bulwark.forces.catalogue.Catalogue;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ReplacementModelTest {

  private static ForceScenario batteries(int horizon) {
    return new ForceScenario("sam", "24 batteries", "test", "USD", 2025, horizon, 2880, "test",
        List.of(new ForceScenario.Item("lr_sam_battery", 24, Basis.NAMED, "test")), null, null);
  }

  @Test
  void twentyFourBatteriesCostWhatTheHandDerivationSays() {
    // Hand derivation. lr_sam_battery: A = 1,100 x 125.23 / 122.27 = 1,126.6296 and
    // O = 50 x 125.23 / 122.27 = 51.2104 US$ million of 2024; lead time L = 3; ramp R = 5.
    // Deliveries at the end of years t = 2..6: 5, 5, 5, 5, 4 (24 in all).
    // Acquisition a(t) = A/3 x (d(t) + d(t+1) + d(t+2)): 5A/3, 10A/3, 5A, 5A, 14A/3, 3A, 4A/3, 0
    //   = 1,877.716, 3,755.432, 5,633.148, 5,633.148, 5,257.605, 3,379.889, 1,502.173, 0.
    // Operating o(t) = O x units delivered before t: 0, 0, 0, 5 O, 10 O, 15 O, 20 O, 24 O.
    // Over eight years: 24 A + 74 O = 27,039.110 + 3,789.572 = 30,828.682.
    Plan plan = ReplacementModel.of(batteries(8), Catalogue.bundled(), 8).central();
    assertThat(plan.acquisition()).containsExactly(new double[] {1877.716, 3755.432, 5633.148,
        5633.148, 5257.605, 3379.889, 1502.173, 0}, within(0.001));
    assertThat(plan.operating()[3]).isCloseTo(5 * 51.21044, within(0.001));
    assertThat(plan.total()).isCloseTo(30_828.682, within(0.001));
    // Personnel: 120 a battery, 5 delivered by the end of 2027 (t = 2), all 24 by 2031.
    assertThat(plan.personnel()[2]).isEqualTo(600);
    assertThat(plan.personnel()[6]).isEqualTo(2880);
  }

  @Test
  void spendingOnUnitsStillInProductionAtTheHorizonIsCounted() {
    // With a horizon of 3 years the first 15 batteries are paid in part: 5A/3 + 10A/3 + 5A.
    Plan plan = ReplacementModel.of(batteries(3), Catalogue.bundled(), 3).central();
    assertThat(plan.total()).isCloseTo(10 * 1126.6296, within(0.01));
  }

  @Test
  void aEuroScenarioIsTheDollarFigureAtThe2024Rate() {
    ForceScenario dollars = batteries(8);
    ForceScenario euros = new ForceScenario("sam", "t", "t", "EUR", 2025, 8, 2880, "t",
        dollars.items(), null, null);
    double usd = ReplacementModel.of(dollars, Catalogue.bundled(), 8).central().total();
    double eur = ReplacementModel.of(euros, Catalogue.bundled(), 8).central().total();
    assertThat(eur).isCloseTo(usd / 1.0824, within(1e-6));
  }

  @Test
  void aLinesPersonnelCountsInEachYearItRunsBesideTheUnitsDelivered() {
    // 1,000 personnel paid by a line over 2026-2027, beside the 24 batteries: by the end of
    // 2027 (t = 2) 5 batteries x 120 + 1,000 = 1,600; in 2028 (t = 3) the line has ended,
    // 10 x 120 = 1,200; the whole force 24 x 120 + 1,000 = 3,880.
    ForceScenario.Line line = new ForceScenario.Line("staff", 100, "USD", 2024, 2026, 2027,
        Basis.ASSUMED, 1000, "test");
    ForceScenario scenario = new ForceScenario("sam", "t", "t", "USD", 2025, 8, 2880, "t",
        batteries(8).items(), List.of(line), null);
    ReplacementModel model = ReplacementModel.of(scenario, Catalogue.bundled(), 8);
    Plan plan = model.central();
    assertThat(plan.personnel()[0]).isZero();
    assertThat(plan.personnel()[1]).isEqualTo(1000);
    assertThat(plan.personnel()[2]).isEqualTo(1600);
    assertThat(plan.personnel()[3]).isEqualTo(1200);
    assertThat(model.personnel()).isEqualTo(3880);
    assertThat(plan.lines()).containsExactly(0, 100, 100, 0, 0, 0, 0, 0);
  }
}
