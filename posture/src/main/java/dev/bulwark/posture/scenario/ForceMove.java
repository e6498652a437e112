package dev.bulwark.posture.scenario;

import dev.bulwark.posture.PostureException;

/**
 * Moves US active-duty personnel from a host or theatre to another.
 *
 * <p>Exactly one of {@code personnel} and {@code brigades} is given; a brigade counts as
 * {@value #BRIGADE_PERSONNEL} personnel (a US armoured brigade combat team is about 4,000 to
 * 4,700 soldiers; Bulwark's assumption, stated in {@code docs/scenarios.md}).
 *
 * @param from a host (any name or code {@code Countries} resolves) or a command ({@code EUCOM})
 * @param to a host or a command
 * @param personnel how many personnel move, or {@code null} when given in brigades
 * @param brigades how many brigades move, or {@code null} when given in personnel
 */
public record ForceMove(String from, String to, Integer personnel, Double brigades) {

  /** Personnel per brigade when a move is given in brigades. */
  public static final int BRIGADE_PERSONNEL = 4_500;

  public ForceMove {
    PostureException.require(from != null && !from.isBlank(),
        "from must name a host country or a command, was " + from);
    PostureException.require(to != null && !to.isBlank(),
        "to must name a host country or a command, was " + to);
    PostureException.require((personnel == null) != (brigades == null),
        "give exactly one of personnel and brigades, was personnel=" + personnel + ", brigades="
            + brigades);
    PostureException.require(personnel == null || personnel > 0,
        "personnel must be a positive number, was " + personnel);
    PostureException.require(brigades == null || (Double.isFinite(brigades) && brigades > 0),
        "brigades must be a positive number, was " + brigades);
  }

  /** The personnel moved: as given, or brigades × {@value #BRIGADE_PERSONNEL}, rounded. */
  public int movedPersonnel() {
    return personnel != null ? personnel : (int) Math.round(brigades * BRIGADE_PERSONNEL);
  }
}
