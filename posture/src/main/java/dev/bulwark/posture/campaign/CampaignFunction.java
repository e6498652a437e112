package dev.bulwark.posture.campaign;

import dev.bulwark.posture.PostureException;
import dev.bulwark.posture.sensitivity.SampledModel;
import java.io.NotSerializableException;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The campaign model of one posture as a deterministic function of its uncertain parameters,
 * for global sensitivity ({@link dev.bulwark.posture.sensitivity.SobolAnalysis}): input k is the
 * quantile u_k of the k-th parameter the theatre's table lists (the order in which a replication
 * draws them), turned into its value by the inversion of docs/campaign-model.md section 7; the
 * hour-steps of section 3.1 follow, in vector lanes where the JVM has them. The output is one
 * number per row:
 * <ul>
 *   <li>{@link Output#HOURS}: T_first, the hours until the first objective falls, counted as the
 *       horizon H where every objective holds;
 *   <li>{@link Output#HOLDS}: 1 when no objective has fallen by the end of the day asked for
 *       (T_first > 24 × day), else 0.
 * </ul>
 */
public final class CampaignFunction implements SampledModel {

  private static final long serialVersionUID = 1L;

  /** What the function returns for a row of parameters. */
  public enum Output { HOURS, HOLDS }

  /**
   * How a function of a bundled theatre and posture is rebuilt where it is shipped: its ids and
   * settings, a few bytes, rather than the model.
   */
  private record Recipe(String theatre, String posture, int horizonDays, Output output, int day)
      implements Serializable {

    private static final long serialVersionUID = 1L;

    private Object readResolve() {
      return bundled(theatre, posture, horizonDays, output, day);
    }
  }

  private final CampaignModel model;
  private final CampaignSimulation.Draws draws;
  private final Output output;
  private final double holdHours;
  private final Lanes lanes;
  private final Recipe recipe;

  private CampaignFunction(CampaignModel model, CampaignSimulation.Draws draws, Output output,
      double holdHours, Lanes lanes, Recipe recipe) {
    this.model = model;
    this.draws = draws;
    this.output = output;
    this.holdHours = holdHours;
    this.lanes = lanes;
    this.recipe = recipe;
  }

  /**
   * The function of a posture in a theatre over a horizon, with the posture's parameter table.
   *
   * @param day for {@link Output#HOLDS}, the day the defence must hold until (within the
   *     horizon); ignored for {@link Output#HOURS}
   * @throws PostureException of kind BAD_INPUT when the day lies outside the horizon or the
   *     posture does not fit the theatre
   */
  public static CampaignFunction of(Theatre theatre, Posture posture, int horizonDays,
      Output output, int day) {
    return of(theatre, posture, horizonDays, output, day, null);
  }

  /**
   * The function of a bundled posture of a bundled theatre, by id, as {@link #of}; unlike a
   * function of any posture, it can be serialized (as its ids and settings) and so shipped to
   * the machines of a sweep.
   *
   * @throws PostureException of kind BAD_INPUT for an unknown theatre or posture, or as {@link
   *     #of}
   */
  public static CampaignFunction bundled(String theatre, String posture, int horizonDays,
      Output output, int day) {
    return of(Theatres.bundled().theatre(theatre), Posture.bundled(posture), horizonDays, output,
        day, new Recipe(theatre, posture, horizonDays, output, day));
  }

  private static CampaignFunction of(Theatre theatre, Posture posture, int horizonDays,
      Output output, int day, Recipe recipe) {
    PostureException.require(output != null, "output must be given");
    PostureException.require(output == Output.HOURS || day >= 1 && day <= horizonDays,
        "the day to hold until must lie within the horizon of " + horizonDays + " days, was "
            + day);
    return new CampaignFunction(CampaignModel.of(theatre, posture, horizonDays),
        CampaignSimulation.Draws.of(Uncertainty.forPosture(theatre, posture)), output,
        CampaignModel.HOURS_PER_DAY * day, Lanes.fastest(), recipe);
  }

  /** Serializes a bundled posture's function as its recipe; any other cannot be shipped. */
  private Object writeReplace() throws ObjectStreamException {
    if (recipe == null) {
      throw new NotSerializableException("the campaign function of posture '"
          + model.posture().id() + "' was not made from a bundled theatre and posture "
          + "(CampaignFunction.bundled), so it cannot be shipped to another machine");
    }
    return recipe;
  }

  @Override
  public List<String> inputs() {
    return draws.drawn();
  }

  @Override
  public void evaluate(double[][] uniforms, int size, double[] out) {
    ReplicationBlock block = new ReplicationBlock(model, size);
    block.resize(size);
    lanes.fill(block, draws, uniforms, new double[CampaignModel.PARAMETERS.size()][size]);
    double[] first = new double[size];
    Arrays.fill(first, Double.POSITIVE_INFINITY);
    double[] hours = new double[size];
    for (int axis = 0; axis < model.axes(); axis++) {
      lanes.run(block, axis, 0, size, hours);
      for (int r = 0; r < size; r++) {
        first[r] = Math.min(first[r], hours[r]);
      }
    }
    double horizon = model.horizonHours();
    for (int r = 0; r < size; r++) {
      out[r] = output == Output.HOURS ? Math.min(first[r], horizon)
          : first[r] > holdHours ? 1 : 0;
    }
  }
}
