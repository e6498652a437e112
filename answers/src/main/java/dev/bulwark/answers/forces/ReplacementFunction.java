package dev.bulwark.answers.forces;

import dev.bulwark.forces.catalogue.Catalogue;
import dev.bulwark.forces.replacement.Figure;
import dev.bulwark.forces.replacement.ForceScenario;
import dev.bulwark.forces.replacement.ForceScenarios;
import dev.bulwark.forces.replacement.ReplacementModel;
import dev.bulwark.posture.sensitivity.SampledModel;
import java.io.NotSerializableException;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.util.List;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.TriangularDistribution;

/**
 * The replacement model of a scenario as a deterministic function of its uncertain figures,
 * for global sensitivity ({@link dev.bulwark.posture.sensitivity.SobolAnalysis}): input k is
 * the quantile u_k of the k-th figure of {@link ReplacementModel#uncertain()} (item by item,
 * acquisition, operating, ramp: the order in which {@code ReplacementSimulation} draws them),
 * turned into its value by the inverse of its triangular distribution function (Commons
 * Statistics' {@code TriangularDistribution}, as the simulation); the other figures stay at
 * their most likely values. The output of a row is the plan's cost over the whole horizon,
 * Σ_t (acquisition + operating + lines), in millions of the scenario's currency at the
 * catalogue's price year (docs/replacement-model.md, "The model"): on the simulation's draws,
 * the simulation's cumulative cost of its last year, run by run. Cost per row: one plan.
 */
public final class ReplacementFunction implements SampledModel {

  private static final long serialVersionUID = 1L;

  /** How a function of a bundled scenario is rebuilt where it is shipped: its id and horizon. */
  private record Recipe(String scenario, int horizonYears) implements Serializable {

    private static final long serialVersionUID = 1L;

    private Object readResolve() {
      return bundled(scenario, horizonYears);
    }
  }

  private final ReplacementModel model;
  private final List<Figure> figures;
  private final List<ContinuousDistribution> distributions;
  private final Recipe recipe;

  private ReplacementFunction(ReplacementModel model, Recipe recipe) {
    this.model = model;
    this.figures = model.uncertain();
    this.distributions = figures.stream().map(f -> (ContinuousDistribution)
        TriangularDistribution.of(f.range().low(), f.range().mode(), f.range().high())).toList();
    this.recipe = recipe;
  }

  /** The function of a scenario's model over a horizon of years, on the bundled catalogue. */
  public static ReplacementFunction of(ForceScenario scenario, int horizonYears) {
    return new ReplacementFunction(ReplacementModel.of(scenario, Catalogue.bundled(),
        horizonYears), null);
  }

  /**
   * The function of a bundled scenario, by id, as {@link #of}; unlike a function of a user's
   * scenario file, it can be serialized (as its id and horizon) and so shipped to the machines
   * of a sweep.
   */
  public static ReplacementFunction bundled(String scenario, int horizonYears) {
    return new ReplacementFunction(ReplacementModel.of(ForceScenarios.bundled(scenario),
        Catalogue.bundled(), horizonYears), new Recipe(scenario, horizonYears));
  }

  /** Returns the model evaluated. */
  public ReplacementModel model() {
    return model;
  }

  /** Serializes a bundled scenario's function as its recipe; any other cannot be shipped. */
  private Object writeReplace() throws ObjectStreamException {
    if (recipe == null) {
      throw new NotSerializableException("the replacement function of scenario '"
          + model.scenario().id() + "' was not made from a bundled scenario "
          + "(ReplacementFunction.bundled), so it cannot be shipped to another machine");
    }
    return recipe;
  }

  @Override
  public List<String> inputs() {
    return figures.stream().map(Figure::name).toList();
  }

  @Override
  public void evaluate(double[][] uniforms, int size, double[] out) {
    for (int r = 0; r < size; r++) {
      double[][] values = model.modes();
      for (int f = 0; f < figures.size(); f++) {
        values[figures.get(f).kind().ordinal()][figures.get(f).item()] =
            distributions.get(f).inverseCumulativeProbability(uniforms[f][r]);
      }
      out[r] = model.plan(values).total();
    }
  }
}
