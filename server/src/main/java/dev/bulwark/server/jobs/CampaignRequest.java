package dev.bulwark.server.jobs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    Long seed, Integer horizon, String show) {

  /** Returns the fields given as the question's parameters, as text. */
  public Map<String, List<String>> parameters() {
    Map<String, List<String>> given = new LinkedHashMap<>();
    put(given, "theatre", theatre);
    put(given, "posture", posture);
    put(given, "scenario", scenario);
    put(given, "runs", runs);
    put(given, "seed", seed);
    put(given, "horizon", horizon);
    put(given, "show", show);
    return given;
  }

  private static void put(Map<String, List<String>> given, String name, Object value) {
    if (value != null) {
      given.put(name, List.of(String.valueOf(value)));
    }
  }
}
