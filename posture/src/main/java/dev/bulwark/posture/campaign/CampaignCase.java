package dev.bulwark.posture.campaign;

import dev.bulwark.posture.PostureException;

/**
 * One case of a campaign run together with others ({@link CampaignSimulation#runTogether}): a
 * posture and the distributions its replications draw from.
 *
 * @param posture the order of battle
 * @param uncertainty the distributions of the theatre's parameters for it
 */
public record CampaignCase(Posture posture, Uncertainty uncertainty) {

  public CampaignCase {
    PostureException.require(posture != null && uncertainty != null,
        "a campaign case needs a posture and an uncertainty, was " + posture + " and "
            + uncertainty);
  }

  /** The posture with the theatre's distributions and its own air support. */
  public static CampaignCase of(Theatre theatre, Posture posture) {
    return new CampaignCase(posture, Uncertainty.forPosture(theatre, posture));
  }
}
