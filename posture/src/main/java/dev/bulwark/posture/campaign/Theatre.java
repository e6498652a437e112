package dev.bulwark.posture.campaign;

import dev.bulwark.posture.PostureException;
import java.nio.file.Path;
import java.util.List;

/**
 * A theatre of the campaign model, as its theatre file states it: the attacker, its axes of
 * advance with their objectives and attacking forces, the table of uncertain parameters, and the
 * ids of the theatre's bundled postures. {@link Theatres#bundled()} lists the bundled theatres;
 * the file format is specified in {@code docs/campaign-model.md}, section "Theatre files".
 *
 * @param id a short id, lower-case letters, digits and hyphens
 * @param name the theatre's name
 * @param attacker who attacks
 * @param axes the axes of advance, at least one, ids distinct
 * @param parameters the parameter table, names distinct, in the order the draws are made
 * @param postures the ids of the theatre's bundled postures, oldest first (may be empty)
 * @param source where the figures come from
 * @param crossing the amphibious part of an amphibious theatre (the Taiwan Strait, run by {@link
 *     StraitModel}); {@code null} for a land theatre (run by {@link CampaignModel})
 */
public record Theatre(String id, String name, String attacker, List<Axis> axes,
    List<Parameter> parameters, List<String> postures, String source, Crossing crossing) {

  public Theatre {
    Checks.id(id, "theatre id");
    Checks.text(name, "name of theatre '" + id + "'");
    Checks.text(attacker, "attacker of theatre '" + id + "'");
    axes = Checks.distinct(axes, Axis::id, "axis", "theatre '" + id + "'");
    PostureException.require(!axes.isEmpty(), "theatre '" + id + "' needs at least one axis");
    parameters = Checks.distinct(parameters, Parameter::name, "parameter", "theatre '" + id + "'");
    postures = Checks.distinct(postures == null ? List.of() : postures, p -> p, "posture",
        "theatre '" + id + "'");
    postures.forEach(p -> Checks.id(p, "posture id in theatre '" + id + "'"));
    source = Checks.source(source);
  }

  /** Whether the theatre is amphibious: a crossing, run by {@link StraitModel}. */
  public boolean amphibious() {
    return crossing != null;
  }

  /**
   * Reads a theatre from a YAML file of the bundled theatres' format.
   *
   * @throws PostureException of kind BAD_INPUT naming the line and field of a bad entry
   */
  public static Theatre read(Path file) {
    return CampaignFiles.read(file, "theatre", Theatre.class);
  }

  /** Returns the axis with this id. */
  public Axis axis(String axisId) {
    return axes.stream().filter(a -> a.id().equals(axisId)).findFirst()
        .orElseThrow(() -> PostureException.badInput("unknown axis '" + axisId + "' in theatre '"
            + id + "': expected one of " + axes.stream().map(Axis::id).toList()));
  }

  /** Returns the row of the parameter table with this name. */
  public Parameter parameter(String parameterName) {
    return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst()
        .orElseThrow(() -> PostureException.badInput("unknown parameter '" + parameterName
            + "' in theatre '" + id + "': expected one of "
            + parameters.stream().map(Parameter::name).toList()));
  }
}
