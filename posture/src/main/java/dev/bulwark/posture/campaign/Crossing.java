package dev.bulwark.posture.campaign;

import dev.bulwark.posture.PostureException;
import java.util.List;

/**
 * The amphibious part of a theatre file (the Taiwan Strait): what a landed brigade is worth, the
 * anti-ship munitions the defenders' launchers fire, and the fixed factors that turn the strait
 * model's losses into people. Absent from a land theatre. See {@code docs/taiwan-model.md}.
 *
 * @param brigadeHbe the combat power of one landed brigade, heavy brigade equivalents
 * @param troopsPerBrigade the soldiers of one landed brigade
 * @param killedPerShip the crew killed when a major surface warship is lost
 * @param killedPerCarrier the crew killed when an aircraft carrier is lost
 * @param killedPerAircraft the aircrew and ground crew killed per aircraft lost
 * @param distantAttackShare the PLA's daily strike rate on distant bases, as a share of its rate
 *     on bases in Japan and Taiwan
 * @param munitions the munition kinds, ids distinct
 * @param source where these figures come from
 */
public record Crossing(double brigadeHbe, double troopsPerBrigade, double killedPerShip,
    double killedPerCarrier, double killedPerAircraft, double distantAttackShare,
    List<Munition> munitions, String source) {

  public Crossing {
    positive(brigadeHbe, "brigadeHbe");
    positive(troopsPerBrigade, "troopsPerBrigade");
    positive(killedPerShip, "killedPerShip");
    positive(killedPerCarrier, "killedPerCarrier");
    positive(killedPerAircraft, "killedPerAircraft");
    PostureException.require(distantAttackShare >= 0 && distantAttackShare <= 1,
        "crossing distantAttackShare must be a fraction in [0, 1], was " + distantAttackShare);
    munitions = Checks.distinct(munitions, Munition::id, "munition", "the crossing");
    source = Checks.source(source);
  }

  private static void positive(double value, String field) {
    PostureException.require(Double.isFinite(value) && value > 0,
        "crossing " + field + " must be a positive number, was " + value);
  }

  /** Returns the munition with this id. */
  public Munition munition(String id) {
    return munitions.stream().filter(m -> m.id().equals(id)).findFirst()
        .orElseThrow(() -> PostureException.badInput("unknown munition '" + id
            + "': expected one of " + munitions.stream().map(Munition::id).toList()));
  }
}
