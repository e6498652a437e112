package dev.bulwark.answers.division;

import dev.bulwark.answers.posture.CampaignCatalogue;
import dev.bulwark.posture.campaign.CampaignCase;
import dev.bulwark.posture.campaign.CampaignResult;
import dev.bulwark.posture.campaign.CampaignSimulation;
import dev.bulwark.posture.campaign.Posture;
import dev.bulwark.posture.campaign.ProgressListener;
import dev.bulwark.posture.campaign.StraitOutcome;
import dev.bulwark.posture.campaign.StraitResult;
import dev.bulwark.posture.campaign.StraitSimulation;
import dev.bulwark.posture.campaign.Theatre;
import java.util.List;
import java.util.Optional;

/**
 * Runs many postures of one theatre in one pass with common random numbers (the campaign
 * engine's {@code runTogether}): every posture's replication {@code r} draws the same uniforms,
 * so two postures' answers differ by what differs between the postures, not by sampling.
 *
 * @param runs replications per posture
 * @param seed the seed of the random streams (the same for both theatres)
 * @param threads threads, or empty for every core (the answer does not depend on it)
 * @param progress told how far each pass has got
 */
public record TheatreRuns(int runs, long seed, Optional<Integer> threads,
    ProgressListener progress) {

  /**
   * Returns, for each Baltic posture, the share of runs in which neither objective has fallen by
   * the end of {@code holdDay}.
   */
  public double[] balticHolds(List<Posture> postures, int holdDay) {
    Theatre theatre = CampaignCatalogue.theatre("baltic");
    CampaignSimulation simulation = CampaignSimulation.withDefaults().withRuns(runs)
        .withSeed(seed).withHoldDays(List.of(holdDay))
        .withHorizonDays(Math.max(holdDay, 30)).withProgress(progress);
    List<CampaignResult> results = threads.map(simulation::withThreads).orElse(simulation)
        .runTogether(theatre, postures.stream().map(p -> CampaignCase.of(theatre, p)).toList());
    return results.stream().mapToDouble(r -> r.holdsUntil(holdDay)).toArray();
  }

  /**
   * Returns, for each Taiwan posture, the share of runs in which the invasion is defeated by the
   * end of {@code day}.
   */
  public double[] taiwanDefeated(List<Posture> postures, int day) {
    Theatre theatre = CampaignCatalogue.theatre("taiwan");
    StraitSimulation simulation = StraitSimulation.withDefaults().withRuns(runs).withSeed(seed)
        .withHorizonDays(day).withProgress(progress);
    List<StraitResult> results = threads.map(simulation::withThreads).orElse(simulation)
        .runTogether(theatre, postures.stream().map(p -> CampaignCase.of(theatre, p)).toList());
    return results.stream().mapToDouble(r -> r.probability(StraitOutcome.INVASION_DEFEATED))
        .toArray();
  }
}
