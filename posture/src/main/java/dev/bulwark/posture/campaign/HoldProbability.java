package dev.bulwark.posture.campaign;

import dev.bulwark.posture.PostureException;

/**
 * The probability that the defence holds until a given day: that no objective has been reached
 * within {@code 24 × day} hours of the attack.
 *
 * @param day the day, counted from the attack
 * @param probability the share of runs in which every objective held that long
 */
public record HoldProbability(int day, double probability) {

  public HoldProbability {
    PostureException.require(day >= 1, "hold day must be 1 or later, was " + day);
    PostureException.require(probability >= 0 && probability <= 1,
        "hold probability must be in [0, 1], was " + probability);
  }
}
