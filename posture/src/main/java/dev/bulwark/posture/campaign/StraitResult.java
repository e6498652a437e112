package dev.bulwark.posture.campaign;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The Monte Carlo answer of the Taiwan Strait model for one posture: the share of runs ending in
 * each outcome by the last day, and the mean of each loss over all runs.
 *
 * @param theatre the theatre's id
 * @param posture the posture's id
 * @param modelVersion the model's version ({@link StraitModel#VERSION})
 * @param seed the seed of the random streams
 * @param runs the replications
 * @param horizonDays the last day, N
 * @param outcomes the share of runs ending in each outcome; they sum to 1
 * @param meanLosses the mean of each count over the runs
 */
public record StraitResult(String theatre, String posture, String modelVersion, long seed,
    int runs, int horizonDays, Map<StraitOutcome, Double> outcomes,
    Map<StraitLoss, Double> meanLosses) {

  public StraitResult {
    outcomes = Collections.unmodifiableMap(new EnumMap<>(outcomes));
    meanLosses = Collections.unmodifiableMap(new EnumMap<>(meanLosses));
  }

  /** The share of runs ending in this outcome. */
  public double probability(StraitOutcome outcome) {
    return outcomes.get(outcome);
  }

  /** The mean of this count over the runs. */
  public double mean(StraitLoss loss) {
    return meanLosses.get(loss);
  }
}
