package dev.bulwark.posture.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.bulwark.posture.PostureException;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.distribution.TriangularDistribution;
import org.junit.jupiter.api.Test;

final class TriangularTest {

  private final Triangular t = new Triangular(2, 3, 4);

  @Test
  void theInverseDistributionFunctionMapsTheEndsAndTheModesQuantile() {
    // c = (3 − 2) / (4 − 2) = 0.5: F(mode) = c, so u = 0.5 gives 3; u = 0 gives 2.
    assertThat(t.sample(0)).isEqualTo(2.0);
    assertThat(t.sample(0.5)).isEqualTo(3.0);
    // u = 0.125 < c: 2 + sqrt(0.125 × 2 × 1) = 2.5; u = 0.875: 4 − sqrt(0.125 × 2 × 1) = 3.5
    assertThat(t.sample(0.125)).isCloseTo(2.5, within(1e-12));
    assertThat(t.sample(0.875)).isCloseTo(3.5, within(1e-12));
  }

  @Test
  void aFixedValueIsAlwaysDrawnAndABackwardRangeIsRejected() {
    assertThat(Triangular.fixed(1.5).sample(0.9)).isEqualTo(1.5);
    assertThatThrownBy(() -> new Triangular(3, 2, 4)).isInstanceOf(PostureException.class)
        .hasMessageContaining("low <= mode <= high, was 3.0, 2.0, 4.0");
  }

  @Test
  void theInversionAgreesWithCommonsStatisticsToTheLastBitOrTwo() {
    UniformRandomProvider random = RandomSource.L64_X128_MIX.create(5L);
    for (Triangular d : new Triangular[] {t, new Triangular(0.03, 0.05, 0.08),
        new Triangular(1, 1, 2), new Triangular(1, 2, 2)}) {
      TriangularDistribution reference = TriangularDistribution.of(d.low(), d.mode(), d.high());
      for (int i = 0; i < 10_000; i++) {
        double u = random.nextDouble();
        double expected = reference.inverseCumulativeProbability(u);
        assertThat(d.sample(u)).as("%s at %s", d, u)
            .isCloseTo(expected, within(4 * Math.ulp(expected)));
      }
    }
  }

  @Test
  void theOneExpressionGivesTheSameBitsAsTheRecordsOwnSample() {
    UniformRandomProvider random = RandomSource.L64_X128_MIX.create(7L);
    Triangular fixed = Triangular.fixed(1.5);
    for (int i = 0; i < 1_000; i++) {
      double u = random.nextDouble();
      assertThat(Triangular.invert(u, t.low(), t.split(), t.lowerArea(), t.high(),
          t.upperArea())).isEqualTo(t.sample(u));
      assertThat(Triangular.invert(u, fixed.low(), fixed.split(), fixed.lowerArea(),
          fixed.high(), fixed.upperArea())).isEqualTo(1.5);
    }
  }
}
