package dev.bulwark.posture.scenario;

import dev.bulwark.posture.PostureException;

/**
 * Moves US active-duty personnel from a host or theatre to another.
 *
 * <p>Exactly one of {@code personnel} and {@code brigades} is given; a brigade counts as
 * {@value #BRIGADE_PERSONNEL} personnel (a US armoured brigade combat team is about 4,000 to
 * 4,700 soldiers; Bulwark's assumption, stated in {@code docs/scenarios.md}). Both are bounded
 * so that no count overflows: personnel at most {@value #MAX_PERSONNEL} (the order of the
 * world's active-duty forces, about 20 million), brigades at most {@value #MAX_BRIGADES}
 * ({@value #MAX_BRIGADES} × {@value #BRIGADE_PERSONNEL} = 18 million).
 *
 * @param from a host (any name or code {@code Countries} resolves) or a command ({@code EUCOM})
 * @param to a host or a command
 * @param personnel how many personnel move, or {@code null} when given in brigades
 * @param brigades how many brigades move, or {@code null} when given in personnel
 */
public record ForceMove(String from, String to, Long personnel, Double brigades) {

  /** Personnel per brigade when a move is given in brigades. */
  public static final int BRIGADE_PERSONNEL = 4_500;
  /** The most personnel one move may name: the order of the world's active-duty forces. */
  public static final long MAX_PERSONNEL = 20_000_000;
  /** The most brigades one move may name; their personnel stay under {@link #MAX_PERSONNEL}. */
  public static final int MAX_BRIGADES = 4_000;

  public ForceMove {
    PostureException.require(from != null && !from.isBlank(),
        "from must name a host country or a command, was " + from);
    PostureException.require(to != null && !to.isBlank(),
        "to must name a host country or a command, was " + to);
    PostureException.require((personnel == null) != (brigades == null),
        "give exactly one of personnel and brigades, was personnel=" + personnel + ", brigades="
            + brigades);
    PostureException.require(personnel == null || (personnel > 0
            && personnel <= MAX_PERSONNEL),
        "personnel must be a whole number from 1 to " + MAX_PERSONNEL + ", was " + personnel);
    PostureException.require(brigades == null || (Double.isFinite(brigades) && brigades > 0
            && brigades <= MAX_BRIGADES),
        "brigades must be a number above 0 and at most " + MAX_BRIGADES + ", was " + brigades);
  }

  /**
   * The personnel moved: as given, or brigades × {@value #BRIGADE_PERSONNEL}, rounded; at most
   * {@value #MAX_PERSONNEL}.
   */
  public long movedPersonnel() {
    return personnel != null ? personnel : Math.round(brigades * BRIGADE_PERSONNEL);
  }
}
