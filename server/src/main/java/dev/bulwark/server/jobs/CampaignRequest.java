package dev.bulwark.server.jobs;


/**
 * The body of a campaign job, bound by Jackson: the campaign question's parameters by the same
 * names, each optional (the question's defaults apply). Unknown fields are refused.
 *
 * @param theatre the theatre
 * @param posture the posture
 * @param scenario a saved scenario's id
 * @param runs replications per posture
 * @param seed the seed
 * @param horizon days each replication runs at most
 * @param show objectives (every table) or tornado
 */
public record CampaignRequest(String theatre, String posture, String scenario, Integer runs,
    Long seed, Integer horizon, String show) implements JobRequest {

  @Override
  public String subject() {
    return posture;
  }
}
