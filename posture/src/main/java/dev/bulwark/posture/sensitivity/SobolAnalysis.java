package dev.bulwark.posture.sensitivity;

import dev.bulwark.posture.PostureException;
import dev.bulwark.posture.campaign.ProgressListener;
import dev.bulwark.posture.sweep.Sweep;
import dev.bulwark.posture.sweep.SweepExecutor;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Sobol' indices of a model's output from the evaluations of {@link SobolSweep}, with N base
 * rows, outputs f(A)_j, f(B)_j and f(A_B^(i))_j:
 * <ul>
 *   <li>f̄ and V = the mean and the variance (divided by 2N) of the 2N outputs f(A) and f(B)
 *       together;
 *   <li>first order S_i = [(1/N) Σ_j (f(B)_j − f̄) (f(A_B^(i))_j − f(A)_j)] / V (Saltelli et al.
 *       2010, Table 2, estimator b, with f(B) centred: the expectation is unchanged, since
 *       f(A_B^(i)) − f(A) has mean 0, and the variance of the estimate is far smaller when the
 *       output's mean is large beside its spread);
 *   <li>total effect S_Ti = [(1/(2N)) Σ_j (f(A)_j − f(A_B^(i))_j)²] / V (Jansen 1999; Saltelli
 *       et al. 2010, Table 2, estimator f);
 *   <li>95% intervals: each index recomputed on R resamples of the N base rows drawn with
 *       replacement, estimate ± 1.96 × the resamples' standard deviation (divided by R − 1).
 * </ul>
 * These are the estimators and the interval of SALib's {@code sobol.analyze} (which centres
 * and scales the output first). Saltelli, A.,
 * Annoni, P., Azzini, I., Campolongo, F., Ratto, M. and Tarantola, S. (2010), "Variance based
 * sensitivity analysis of model output. Design and estimator for the total sensitivity index",
 * Computer Physics Communications 181(2), 259–270; Jansen, M.J.W. (1999), "Analysis of variance
 * designs for model output", Computer Physics Communications 117, 35–43.
 *
 * @param mean the mean output over A and B
 * @param variance V
 * @param samples N
 * @param resamples R
 * @param indices one per input, in the model's order
 */
public record SobolAnalysis(double mean, double variance, int samples, int resamples,
    List<SobolIndex> indices) {

  /** z of the two-sided 95% normal interval. */
  private static final double Z_95 = 1.959963984540054;

  /** The cell index whose stream draws the bootstrap's resamples, apart from the sweep's. */
  private static final int BOOTSTRAP_STREAM = -1;

  /**
   * Runs the sweep of {@code samples} base rows of the model on the executor and estimates the
   * indices, with {@code resamples} bootstrap resamples.
   */
  public static SobolAnalysis run(SampledModel model, int samples, int resamples, long seed,
      SweepExecutor executor, ProgressListener progress) {
    PostureException.require(resamples >= 2, "at least 2 bootstrap resamples are needed, was "
        + resamples);
    SobolSweep sweep = SobolSweep.of(model, samples);
    List<SobolSweep.Evaluations> cells = executor.run(sweep, seed, progress);
    return estimate(model.inputs(), join(cells, model.inputs().size(), samples), resamples,
        Sweep.stream(seed, BOOTSTRAP_STREAM));
  }

  /** The indices of these outputs, one row per base row j. */
  static SobolAnalysis estimate(List<String> inputs, SobolSweep.Evaluations all, int resamples,
      UniformRandomProvider random) {
    int n = all.a().length;
    int[] identity = new int[n];
    for (int j = 0; j < n; j++) {
      identity[j] = j;
    }
    int k = inputs.size();
    double[] moments = moments(all, identity);
    double[][] estimates = new double[resamples][];
    int[] rows = new int[n];
    for (int s = 0; s < resamples; s++) {
      for (int j = 0; j < n; j++) {
        rows[j] = random.nextInt(n);
      }
      estimates[s] = indices(all, rows, moments(all, rows));
    }
    double[] point = indices(all, identity, moments);
    List<SobolIndex> indices = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      indices.add(new SobolIndex(inputs.get(i), point[i], Z_95 * deviation(estimates, i),
          point[k + i], Z_95 * deviation(estimates, k + i)));
    }
    return new SobolAnalysis(moments[0], moments[1], n, resamples, List.copyOf(indices));
  }

  /** Mean and variance (divided by 2N) of f(A) and f(B) over the rows. */
  private static double[] moments(SobolSweep.Evaluations all, int[] rows) {
    double sum = 0;
    for (int j : rows) {
      sum += all.a()[j] + all.b()[j];
    }
    double mean = sum / (2.0 * rows.length);
    double squares = 0;
    for (int j : rows) {
      double da = all.a()[j] - mean;
      double db = all.b()[j] - mean;
      squares += da * da + db * db;
    }
    return new double[] {mean, squares / (2.0 * rows.length)};
  }

  /** S_1 … S_k then S_T1 … S_Tk over the rows, given their f̄ and V; NaN when V is 0. */
  private static double[] indices(SobolSweep.Evaluations all, int[] rows, double[] moments) {
    double mean = moments[0];
    double variance = moments[1];
    int k = all.ab().length;
    double[] out = new double[2 * k];
    for (int i = 0; i < k; i++) {
      double[] ab = all.ab()[i];
      double first = 0;
      double total = 0;
      for (int j : rows) {
        double change = ab[j] - all.a()[j];
        first += (all.b()[j] - mean) * change;
        total += change * change;
      }
      out[i] = first / rows.length / variance;
      out[k + i] = total / (2.0 * rows.length) / variance;
    }
    return out;
  }

  /** The standard deviation (divided by R − 1) of column c of the resamples' estimates. */
  private static double deviation(double[][] estimates, int c) {
    double sum = 0;
    for (double[] e : estimates) {
      sum += e[c];
    }
    double mean = sum / estimates.length;
    double squares = 0;
    for (double[] e : estimates) {
      squares += (e[c] - mean) * (e[c] - mean);
    }
    return Math.sqrt(squares / (estimates.length - 1));
  }

  /** The cells' evaluations one after another. */
  private static SobolSweep.Evaluations join(List<SobolSweep.Evaluations> cells, int k, int n) {
    double[] a = new double[n];
    double[] b = new double[n];
    double[][] ab = new double[k][n];
    int at = 0;
    for (SobolSweep.Evaluations cell : cells) {
      int size = cell.a().length;
      System.arraycopy(cell.a(), 0, a, at, size);
      System.arraycopy(cell.b(), 0, b, at, size);
      for (int i = 0; i < k; i++) {
        System.arraycopy(cell.ab()[i], 0, ab[i], at, size);
      }
      at += size;
    }
    return new SobolSweep.Evaluations(a, b, ab);
  }
}
