package dev.bulwark.posture.campaign;

import dev.bulwark.posture.PostureException;
import java.util.List;

/**
 * The sensitivity of a posture's answer to each uncertain parameter, widest swing first.
 *
 * @param posture the posture's id
 * @param seed the seed every run of the tornado used (common random numbers)
 * @param runs replications per run
 * @param holdDay the day of the hold probabilities
 * @param baseMedianHours median hours to the first objective with every parameter drawn
 * @param baseHold probability of holding until {@code holdDay} with every parameter drawn
 * @param bars one bar per parameter that is uncertain, widest swing first
 */
public record TornadoResult(String posture, long seed, int runs, int holdDay,
    double baseMedianHours, double baseHold, List<TornadoBar> bars) {

  public TornadoResult {
    PostureException.require(runs > 0, "runs must be positive, was " + runs);
    bars = List.copyOf(bars);
  }
}
