package dev.bulwark.posture.sensitivity;

import java.io.Serializable;
import java.util.List;

/**
 * A deterministic model of k uncertain inputs, each given by its quantile u in [0, 1) under the
 * input's own distribution (the model turns quantiles into values), evaluated for a batch of
 * input rows at once. Serializable, so that a sweep can ship it to the machines that run it.
 */
public interface SampledModel extends Serializable {

  /** The inputs' names, in the order of the rows of {@code uniforms}. */
  List<String> inputs();

  /**
   * Evaluates the model for {@code size} input rows.
   *
   * @param uniforms one array per input (in the order of {@link #inputs()}), each of at least
   *     {@code size} quantiles
   * @param out receives the output of row r at index r
   */
  void evaluate(double[][] uniforms, int size, double[] out);
}
