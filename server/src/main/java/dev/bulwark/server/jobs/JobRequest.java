package dev.bulwark.server.jobs;

/**
 * What a job runs: the body of a long question's job, bound strictly by Jackson, whose fields
 * are the question's parameters by the same names (so the fields given are the parameters given,
 * {@code CampaignApi}'s one reading of them). A campaign run and a division-of-labour
 * frontier share one queue, one progress and cancellation protocol and one store of runs.
 */
public sealed interface JobRequest permits CampaignRequest, DivisionRequest {

  /** Returns what the run is of, for the list of saved runs: a posture, or the question. */
  String subject();

  /** Returns the replications per posture asked for, or null for the question's default. */
  Integer runs();

  /** Returns the seed asked for, or null for the question's default. */
  Long seed();
}
