package dev.bulwark.server.jobs;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of a division-of-labour job, bound by Jackson: the division question's parameters by
 * the same names, each optional (the question's defaults apply). Unknown fields are refused. The
 * job answers the frontier and the named answers.
 *
 * @param year the year Europe's forces are counted
 * @param europeTarget the European path's target share of GDP, percent
 * @param by the year the path reaches it
 * @param steps the grid's steps
 * @param requireBaltic the chance the Baltic must hold, for the answers
 * @param requireTaiwan the chance the invasion must be defeated, for the answers
 * @param runs replications per posture in each theatre
 * @param seed the seed
 */
public record DivisionRequest(Integer year,
    @JsonProperty("europe-target") Double europeTarget, Integer by, Integer steps,
    @JsonProperty("require-baltic") Double requireBaltic,
    @JsonProperty("require-taiwan") Double requireTaiwan, Integer runs, Long seed)
    implements JobRequest {

  /** The subject of a division run in the list of saved runs. */
  public static final String SUBJECT = "division";

  @Override
  public String subject() {
    return SUBJECT;
  }
}
