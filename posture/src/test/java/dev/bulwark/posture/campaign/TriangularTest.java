package dev.bulwark.posture.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.bulwark.posture.PostureException;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
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
  void theSamplerTakesOneUniformPerValueEvenForAFixedValue() {
    UniformRandomProvider a = RandomSource.L64_X128_MIX.create(5L);
    UniformRandomProvider b = RandomSource.L64_X128_MIX.create(5L);
    var sampler = t.sampler(a);
    var fixed = Triangular.fixed(1.5).sampler(a);

    for (int i = 0; i < 100; i++) {
      assertThat(sampler.sample()).isEqualTo(t.sample(b.nextDouble()));
      assertThat(fixed.sample()).isEqualTo(1.5);
      b.nextDouble();
    }
  }
}
