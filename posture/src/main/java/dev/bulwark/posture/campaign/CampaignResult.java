package dev.bulwark.posture.campaign;

import dev.bulwark.posture.PostureException;
import java.util.List;

/**
 * The answer of a Monte Carlo run of the campaign model: when the objectives fall, how likely
 * the defence is to hold, and whether the reinforcements arrive in time.
 *
 * @param theatre the theatre's id
 * @param posture the posture's id (a scenario's, when changed)
 * @param modelVersion the model's version ({@link CampaignModel#VERSION})
 * @param seed the seed of the random streams
 * @param runs the number of replications
 * @param horizonDays the days each replication runs at most
 * @param objectives the time to each objective, then to the first to fall ({@code "first"})
 * @param holds the probability that the defence holds until each day asked for
 * @param reinforcementsInTime the share of runs in which every scheduled reinforcement arrived
 *     before the first objective fell (1 when none is scheduled)
 * @param reinforcements each unit scheduled to arrive after the attack starts, with the share
 *     of runs in which it arrived before the first objective fell
 */
public record CampaignResult(String theatre, String posture, String modelVersion, long seed,
    int runs, int horizonDays, List<ObjectiveTimes> objectives, List<HoldProbability> holds,
    double reinforcementsInTime, List<ReinforcementArrival> reinforcements) {

  public CampaignResult {
    PostureException.require(runs > 0, "runs must be positive, was " + runs);
    objectives = List.copyOf(objectives);
    holds = List.copyOf(holds);
    reinforcements = List.copyOf(reinforcements);
    PostureException.require(reinforcementsInTime >= 0 && reinforcementsInTime <= 1,
        "share of reinforcements in time must be in [0, 1], was " + reinforcementsInTime);
  }

  /** The time to whichever objective falls first. */
  public ObjectiveTimes first() {
    return objective(CampaignSimulation.FIRST);
  }

  /** The time to the objective of the axis with this id, or {@code "first"}. */
  public ObjectiveTimes objective(String id) {
    return objectives.stream().filter(o -> o.objective().equals(id)).findFirst()
        .orElseThrow(() -> PostureException.badInput("unknown objective '" + id
            + "': expected one of " + objectives.stream().map(ObjectiveTimes::objective).toList()));
  }

  /** The probability that the defence holds until {@code day}, one of the days asked for. */
  public double holdsUntil(int day) {
    return holds.stream().filter(h -> h.day() == day).mapToDouble(HoldProbability::probability)
        .findFirst().orElseThrow(() -> PostureException.badInput("day " + day
            + " was not asked for: expected one of " + holds.stream().map(HoldProbability::day)
            .toList()));
  }
}
