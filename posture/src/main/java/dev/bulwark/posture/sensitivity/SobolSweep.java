package dev.bulwark.posture.sensitivity;

import dev.bulwark.posture.PostureException;
import dev.bulwark.posture.sweep.Sweep;
import java.io.Serializable;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The model evaluations of Saltelli's scheme, in cells of at most {@link #BLOCK} base rows:
 * for each base row j, two independent rows of k uniform quantiles, a_j and b_j (matrices A and
 * B), and for each input i the row a_j with its i-th quantile taken from b_j (matrix A_B^(i));
 * the model is evaluated on all of them, N × (k + 2) evaluations for N base rows (Saltelli et al.
 * 2010, section 3). Cell c draws, from its own stream, row after row, the k quantiles of a_j then
 * the k of b_j.
 */
public final class SobolSweep implements Sweep<SobolSweep.Evaluations> {

  private static final long serialVersionUID = 1L;

  /** Base rows per cell. */
  public static final int BLOCK = 2048;

  private final SampledModel model;
  private final int samples;

  private SobolSweep(SampledModel model, int samples) {
    PostureException.require(model != null && !model.inputs().isEmpty(),
        "a model with at least one input must be given");
    PostureException.require(samples >= 2, "at least 2 base rows are needed, was " + samples);
    this.model = model;
    this.samples = samples;
  }

  /** The sweep of {@code samples} base rows of the model's inputs. */
  public static SobolSweep of(SampledModel model, int samples) {
    return new SobolSweep(model, samples);
  }

  /** The number of base rows N. */
  public int samples() {
    return samples;
  }

  /** The model evaluated. */
  public SampledModel model() {
    return model;
  }

  @Override
  public int cells() {
    return (samples + BLOCK - 1) / BLOCK;
  }

  @Override
  public Evaluations run(int cell, UniformRandomProvider random) {
    int size = Math.min(samples, (cell + 1) * BLOCK) - cell * BLOCK;
    int k = model.inputs().size();
    double[][] a = new double[k][size];
    double[][] b = new double[k][size];
    for (int j = 0; j < size; j++) {
      for (int i = 0; i < k; i++) {
        a[i][j] = random.nextDouble();
      }
      for (int i = 0; i < k; i++) {
        b[i][j] = random.nextDouble();
      }
    }
    double[] fa = new double[size];
    double[] fb = new double[size];
    double[][] fab = new double[k][size];
    model.evaluate(a, size, fa);
    model.evaluate(b, size, fb);
    double[][] ab = a.clone();
    for (int i = 0; i < k; i++) {
      ab[i] = b[i];
      model.evaluate(ab, size, fab[i]);
      ab[i] = a[i];
    }
    return new Evaluations(fa, fb, fab);
  }

  /**
   * One cell's model outputs.
   *
   * @param a f(A), one per base row
   * @param b f(B)
   * @param ab f(A_B^(i)) for each input i, one per base row
   */
  public record Evaluations(double[] a, double[] b, double[][] ab) implements Serializable {
  }
}
