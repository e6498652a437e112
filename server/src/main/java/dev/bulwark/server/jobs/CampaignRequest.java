package dev.bulwark.server.jobs;

import dev.bulwark.server.ServerException;

/**
 * What a campaign job runs: the theatre and posture, an optional saved scenario whose orders of
 * battle change the posture, replications, seed, horizon, and whether to run the tornado.
 *
 * @param theatre the theatre id (baltic)
 * @param posture the posture id
 * @param scenario a saved scenario id, or null
 * @param runs replications per posture, 1 to {@link #MAX_RUNS} ({@link #MAX_TORNADO_RUNS} with
 *     the tornado, which runs the model 23 times)
 * @param seed the seed of the random streams
 * @param horizonDays days each replication runs at most, 1 to {@link #MAX_HORIZON_DAYS}
 * @param tornado whether to fix each parameter at its low and high in turn
 */
public record CampaignRequest(String theatre, String posture, String scenario, int runs,
    long seed, int horizonDays, boolean tornado) {

  /** The most replications per posture in one job. */
  public static final int MAX_RUNS = 200_000;
  /** The most replications per posture with the tornado. */
  public static final int MAX_TORNADO_RUNS = 20_000;
  /** The longest horizon, days. */
  public static final int MAX_HORIZON_DAYS = 60;

  public CampaignRequest {
    int max = tornado ? MAX_TORNADO_RUNS : MAX_RUNS;
    if (runs < 1 || runs > max) {
      throw ServerException.badInput("runs", String.valueOf(runs), "runs must be between 1 and "
          + max + (tornado ? " with the tornado" : "") + ", was " + runs);
    }
    if (horizonDays < 1 || horizonDays > MAX_HORIZON_DAYS) {
      throw ServerException.badInput("horizon_days", String.valueOf(horizonDays), "horizon_days "
          + "must be between 1 and " + MAX_HORIZON_DAYS + ", was " + horizonDays);
    }
    if (theatre == null || !theatre.equals("baltic")) {
      throw ServerException.badInput("theatre", theatre, "theatre must be baltic, was '"
          + theatre + "'");
    }
    if (posture == null || posture.isBlank()) {
      throw ServerException.badInput("posture", posture, "posture is required (see "
          + "/api/campaign/postures)");
    }
  }
}
