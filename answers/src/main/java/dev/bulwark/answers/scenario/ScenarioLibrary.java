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

  /**
   * Returns the text of a file a request names, where this library reads files (the command
   * line); by default none is read, so that the server never opens a path a request names.
   *
   * @param field the parameter that names the file, for the message
   * @throws dev.bulwark.answers.AnswersException when files are not read here or it cannot be
   *     read
   */
  default String fileText(String field, String reference) {
    throw dev.bulwark.answers.AnswersException.badInput(field, reference, field + " must be one "
        + "of the bundled ids here (files are read on the command line only), was '" + reference
        + "'");
  }
}
