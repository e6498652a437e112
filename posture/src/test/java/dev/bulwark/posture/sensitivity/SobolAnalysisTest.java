package dev.bulwark.posture.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.bulwark.posture.campaign.ProgressListener;
import dev.bulwark.posture.sweep.LocalExecutor;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

final class SobolAnalysisTest {

  /**
   * Ishigami and Homma's (1990) test function, f = sin x1 + a sin² x2 + b x3⁴ sin x1 with x_i
   * uniform on [−π, π], a = 7, b = 0.1: the standard check of Sobol' estimators.
   */
  private static final SampledModel ISHIGAMI = model(List.of("x1", "x2", "x3"), u -> {
    double x1 = -Math.PI + 2 * Math.PI * u[0];
    double x2 = -Math.PI + 2 * Math.PI * u[1];
    double x3 = -Math.PI + 2 * Math.PI * u[2];
    return Math.sin(x1) + 7 * Math.pow(Math.sin(x2), 2) + 0.1 * Math.pow(x3, 4) * Math.sin(x1);
  });

  /** A model evaluated row by row: {@code row} maps one row's quantiles to the output. */
  private static SampledModel model(List<String> inputs, ToDoubleFunction<double[]> row) {
    return new SampledModel() {
      @Override
      public List<String> inputs() {
        return inputs;
      }

      @Override
      public void evaluate(double[][] u, int size, double[] out) {
        double[] x = new double[inputs.size()];
        for (int r = 0; r < size; r++) {
          for (int i = 0; i < x.length; i++) {
            x[i] = u[i][r];
          }
          out[r] = row.applyAsDouble(x);
        }
      }
    };
  }

  private static SobolAnalysis ishigami(int threads) {
    return SobolAnalysis.run(ISHIGAMI, 1 << 16, 100, 2010, LocalExecutor.onThreads(threads),
        ProgressListener.NONE);
  }

  @Test
  void theIshigamiIndicesAreWithinTwoHundredthsOfTheirAnalyticValues() {
    // Analytic partial variances, derived by hand and as OpenTURNS's Ishigami use case states
    // them: V1 = (1 + b pi^4 / 5)^2 / 2, V2 = a^2 / 8, V3 = 0, V13 = 8 b^2 pi^8 / 225,
    // V = V1 + V2 + V13; so S1 = 0.3139, S2 = 0.4424 (the values SALib's documentation quotes
    // from Saltelli et al. 2008, The Primer), S3 = 0, ST1 = 0.5576, ST2 = 0.4424, ST3 = 0.2437.
    double b = 0.1;
    double v1 = 0.5 * Math.pow(1 + b * Math.pow(Math.PI, 4) / 5, 2);
    double v2 = 49.0 / 8;
    double v13 = 8 * b * b * Math.pow(Math.PI, 8) / 225;
    double v = v1 + v2 + v13;
    List<SobolIndex> s = ishigami(1).indices();

    assertThat(s.get(0).first()).isCloseTo(v1 / v, within(0.02));
    assertThat(s.get(1).first()).isCloseTo(v2 / v, within(0.02));
    assertThat(s.get(2).first()).isCloseTo(0.0, within(0.02));
    assertThat(s.get(0).total()).isCloseTo((v1 + v13) / v, within(0.02));
    assertThat(s.get(1).total()).isCloseTo(v2 / v, within(0.02));
    assertThat(s.get(2).total()).isCloseTo(v13 / v, within(0.02));
    assertThat(v1 / v).isCloseTo(0.3139, within(5e-5));
    assertThat(v13 / v).isCloseTo(0.2437, within(5e-5));
  }

  @Test
  void theBootstrapIntervalsAreNarrowAndCoverTheAnalyticFirstOrderIndexOfX2() {
    SobolIndex x2 = ishigami(1).indices().get(1);

    assertThat(x2.firstHalfWidth()).isPositive().isLessThan(0.03);
    assertThat(Math.abs(x2.first() - 49.0 / 8 / 13.844587940719254))
        .isLessThanOrEqualTo(x2.firstHalfWidth());
  }

  @Test
  void anAdditiveModelsIndicesAreItsSquaredCoefficientsShares() {
    // f = 1 u1 + 2 u2 + 3 u3: each term's variance is c^2 / 12, so S_i = S_Ti = c_i^2 / 14.
    SampledModel additive = model(List.of("u1", "u2", "u3"), u -> u[0] + 2 * u[1] + 3 * u[2]);
    List<SobolIndex> s = SobolAnalysis.run(additive, 1 << 15, 50, 7,
        LocalExecutor.onThreads(1), ProgressListener.NONE).indices();

    for (int i = 0; i < 3; i++) {
      double share = (i + 1) * (i + 1) / 14.0;
      assertThat(s.get(i).first()).isCloseTo(share, within(0.02));
      assertThat(s.get(i).total()).isCloseTo(share, within(0.02));
    }
  }

  @Test
  void theSameSeedGivesTheSameIndicesOnOneAndTwoThreads() {
    assertThat(ishigami(2)).isEqualTo(ishigami(1));
  }
}
