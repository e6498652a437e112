package dev.bulwark.server;

import dev.bulwark.answers.AnswerContext;
import dev.bulwark.answers.question.Questions;
import dev.bulwark.data.Ledger;
import dev.bulwark.server.api.CampaignApi;
import dev.bulwark.server.api.SavedScenarios;
import dev.bulwark.server.store.Store;
import java.time.Clock;

/**
 * What the app is built from: the registry of questions and the context they are answered over
 * (one ledger, the bundled engines, the saved scenarios as the scenario library), the saved
 * scenarios, the campaign jobs, and the store.
 *
 * @param questions the questions, each served at its path
 * @param context what they are answered from
 * @param scenarios saved scenarios
 * @param campaigns campaign jobs
 * @param store the database
 */
public record Services(Questions questions, AnswerContext context, SavedScenarios scenarios,
    CampaignApi campaigns, Store store) {

  public Services {
    if (questions == null || context == null || scenarios == null || campaigns == null
        || store == null) {
      throw new IllegalArgumentException("every service must be given");
    }
  }

  /** Returns the services over a ledger and a store, with the bundled questions and engines. */
  public static Services of(Ledger ledger, Store store, Clock clock) {
    SavedScenarios scenarios = new SavedScenarios(store);
    return new Services(Questions.bundled(), AnswerContext.of(() -> ledger, clock, scenarios),
        scenarios, new CampaignApi(store, Json.MAPPER), store);
  }
}
