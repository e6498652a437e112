package dev.bulwark.posture.campaign;

import dev.bulwark.posture.PostureException;
import dev.bulwark.posture.sensitivity.SampledModel;
import java.io.NotSerializableException;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Taiwan Strait model of one posture as a deterministic function of its uncertain
 * parameters, for global sensitivity ({@link dev.bulwark.posture.sensitivity.SobolAnalysis}):
 * input k is the quantile u_k of the k-th parameter the theatre's table lists among those the
 * {@link StraitModel} reads (the order in which {@link StraitSimulation} draws them), turned
 * into its value by {@link Triangular#sample}; one replication of the model follows, through its
 * public {@link StraitModel#run(Map, double[])}. The output of a row is 1 when the invasion is
 * defeated (the lodgement broke while cut off from its lift) by the end of day d, else 0; its
 * mean over the simulation's draws is the simulation's chance of {@link
 * StraitOutcome#INVASION_DEFEATED} when d is the horizon. Cost per row: the model's, plus one
 * map of the parameters' values.
 */
public final class StraitFunction implements SampledModel {

  private static final long serialVersionUID = 1L;

  /**
   * How a function of a bundled theatre and posture is rebuilt where it is shipped: its ids and
   * settings, a few bytes, rather than the model.
   */
  private record Recipe(String theatre, String posture, int horizonDays, int day)
      implements Serializable {

    private static final long serialVersionUID = 1L;

    private Object readResolve() {
      return bundled(theatre, posture, horizonDays, day);
    }
  }

  private final StraitModel model;
  private final List<String> inputs;
  private final List<Triangular> distributions;
  private final int day;
  private final Recipe recipe;

  private StraitFunction(StraitModel model, List<String> inputs,
      List<Triangular> distributions, int day, Recipe recipe) {
    this.model = model;
    this.inputs = inputs;
    this.distributions = distributions;
    this.day = day;
    this.recipe = recipe;
  }

  /**
   * The function of a posture in an amphibious theatre over a horizon, with the posture's
   * parameter table.
   *
   * @param day the day by whose end the invasion must be defeated, within the horizon
   * @throws PostureException of kind BAD_INPUT when the day lies outside the horizon or the
   *     model refuses the theatre or posture ({@link StraitModel#of})
   */
  public static StraitFunction of(Theatre theatre, Posture posture, int horizonDays, int day) {
    return of(theatre, posture, horizonDays, day, null);
  }

  /**
   * The function of a bundled posture of a bundled theatre, by id, as {@link #of}; unlike a
   * function of any posture, it can be serialized (as its ids and settings) and so shipped to
   * the machines of a sweep.
   *
   * @throws PostureException of kind BAD_INPUT for an unknown theatre or posture, or as {@link
   *     #of}
   */
  public static StraitFunction bundled(String theatre, String posture, int horizonDays,
      int day) {
    return of(Theatres.bundled().theatre(theatre), Posture.bundled(posture), horizonDays, day,
        new Recipe(theatre, posture, horizonDays, day));
  }

  private static StraitFunction of(Theatre theatre, Posture posture, int horizonDays, int day,
      Recipe recipe) {
    StraitModel model = StraitModel.of(theatre, posture, horizonDays);
    PostureException.require(day >= 1 && day <= horizonDays, "the day the invasion must be "
        + "defeated by must lie within the horizon of " + horizonDays + " days, was " + day);
    List<String> read = StraitModel.parameterNames(theatre);
    Uncertainty uncertainty = Uncertainty.forPosture(theatre, posture);
    List<String> inputs = uncertainty.names().stream().filter(read::contains).toList();
    return new StraitFunction(model, inputs, inputs.stream().map(uncertainty::of).toList(), day,
        recipe);
  }

  /** Serializes a bundled posture's function as its recipe; any other cannot be shipped. */
  private Object writeReplace() throws ObjectStreamException {
    if (recipe == null) {
      throw new NotSerializableException("the strait function of posture '"
          + model.posture().id() + "' was not made from a bundled theatre and posture "
          + "(StraitFunction.bundled), so it cannot be shipped to another machine");
    }
    return recipe;
  }

  @Override
  public List<String> inputs() {
    return inputs;
  }

  @Override
  public void evaluate(double[][] uniforms, int size, double[] out) {
    Map<String, Double> values = new HashMap<>();
    double[] losses = new double[StraitLoss.values().length];
    int decided = StraitLoss.DAY_DECIDED.ordinal();
    for (int r = 0; r < size; r++) {
      for (int k = 0; k < inputs.size(); k++) {
        values.put(inputs.get(k), distributions.get(k).sample(uniforms[k][r]));
      }
      StraitOutcome outcome = model.run(values, losses);
      out[r] = outcome == StraitOutcome.INVASION_DEFEATED && losses[decided] <= day ? 1 : 0;
    }
  }
}
