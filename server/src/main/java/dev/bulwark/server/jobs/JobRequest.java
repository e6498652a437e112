package dev.bulwark.server.jobs;

import java.util.List;
import java.util.Map;

/**
 * What a job runs: the body of a long question's job, bound strictly by Jackson, whose fields
 * are the question's parameters by the same names. A campaign run and a division-of-labour
 * frontier share one queue, one progress and cancellation protocol and one store of runs.
 */
public sealed interface JobRequest permits CampaignRequest, DivisionRequest {

  /** Returns the fields given, as the question's parameters in text. */
  Map<String, List<String>> parameters();

  /** Returns what the run is of, for the list of saved runs: a posture, or the question. */
  String subject();

  /** Returns the replications per posture asked for, or null for the question's default. */
  Integer runs();

  /** Returns the seed asked for, or null for the question's default. */
  Long seed();

  /** Puts a field given into the parameters as text. */
  static void put(Map<String, List<String>> given, String name, Object value) {
    if (value != null) {
      given.put(name, List.of(String.valueOf(value)));
    }
  }
}
