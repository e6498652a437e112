package dev.bulwark.posture.campaign;

/**
 * A kind of anti-ship munition of the Taiwan Strait theatre. Its probability of putting a major
 * ship out of action per round fired, after the fleet's defences, is the parameter
 * {@code pk_<id with hyphens as underscores>} of the theatre's table ({@link #pkParameter()}).
 *
 * @param id a short id ({@code lrasm}, {@code jassm-er})
 * @param name its name
 * @param longRange whether it is launched from outside the PLA's defensive zone (CSIS's fourth
 *     condition)
 * @param source where its description comes from
 */
public record Munition(String id, String name, boolean longRange, String source) {

  public Munition {
    Checks.id(id, "munition id");
    Checks.text(name, "name of munition '" + id + "'");
    source = Checks.source(source);
  }

  /** The name of its probability of kill in the theatre's parameter table. */
  public String pkParameter() {
    return "pk_" + id.replace('-', '_');
  }
}
