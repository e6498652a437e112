package dev.bulwark.answers.scenario;

import dev.bulwark.posture.scenario.Scenario;

/**
 * Where the scenarios a request names are found: files on the command line, the saved scenarios
 * of the store in the server.
 */
@FunctionalInterface
public interface ScenarioLibrary {

  /** A library that knows no scenario. */
  ScenarioLibrary NONE = reference -> {
    throw dev.bulwark.answers.AnswersException.badInput("scenario", reference,
        "no scenarios are available here");
  };

  /**
   * Returns the scenario a reference names.
   *
   * @throws dev.bulwark.answers.AnswersException when there is none
   */
  Scenario find(String reference);
}
