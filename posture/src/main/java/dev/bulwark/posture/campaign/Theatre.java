package dev.bulwark.posture.campaign;

import dev.bulwark.posture.PostureException;
import java.util.List;

/**
 * A theatre of the campaign model: the attacker and its axes of advance. The Baltic theatre,
 * {@link #baltic()}, is the setting of RAND's wargames (Shlapak and Johnson, RR-1253, 2016): a
 * Russian offensive from the Western Military District towards Tallinn and Riga.
 *
 * @param id a short id ({@code "baltic"})
 * @param name the theatre's name
 * @param attacker who attacks
 * @param axes the axes of advance, at least one, ids distinct
 * @param source where the figures come from
 */
public record Theatre(String id, String name, String attacker, List<Axis> axes, String source) {

  public Theatre {
    Checks.id(id, "theatre id");
    Checks.text(name, "name of theatre '" + id + "'");
    Checks.text(attacker, "attacker of theatre '" + id + "'");
    axes = Checks.distinct(axes, Axis::id, "axis", "theatre '" + id + "'");
    PostureException.require(!axes.isEmpty(), "theatre '" + id + "' needs at least one axis");
    source = Checks.source(source);
  }

  /** The bundled Baltic theatre ({@code baltic.yaml} beside this class). */
  public static Theatre baltic() {
    return CampaignFiles.bundledTheatre("baltic");
  }

  /** Returns the axis with this id. */
  public Axis axis(String axisId) {
    return axes.stream().filter(a -> a.id().equals(axisId)).findFirst()
        .orElseThrow(() -> PostureException.badInput("unknown axis '" + axisId + "' in theatre '"
            + id + "': expected one of " + axes.stream().map(Axis::id).toList()));
  }
}
