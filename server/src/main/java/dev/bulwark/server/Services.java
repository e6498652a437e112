package dev.bulwark.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.data.Ledger;
import dev.bulwark.guarantees.engine.ObligationEngine;
import dev.bulwark.guarantees.geo.Gazetteer;
import dev.bulwark.posture.theatre.Reconciliation;
import dev.bulwark.posture.theatre.TheatrePosture;
import dev.bulwark.server.api.BurdenApi;
import dev.bulwark.server.api.CampaignApi;
import dev.bulwark.server.api.GuaranteesApi;
import dev.bulwark.server.api.PostureApi;
import dev.bulwark.server.api.ScenarioApi;
import dev.bulwark.server.store.Store;
import java.time.Clock;

/**
 * What the app is built from: the endpoints of each question, over one ledger, the posture
 * ledger, the obligation engine and gazetteer, and the store of saved scenarios and runs.
 *
 * @param burden who pays
 * @param guarantees who is covered
 * @param posture where the forces stand
 * @param scenarios saved scenarios
 * @param campaigns campaign jobs
 * @param store the database
 */
public record Services(BurdenApi burden, GuaranteesApi guarantees, PostureApi posture,
    ScenarioApi scenarios, CampaignApi campaigns, Store store) {

  public Services {
    if (burden == null || guarantees == null || posture == null || scenarios == null
        || campaigns == null || store == null) {
      throw new IllegalArgumentException("every service must be given");
    }
  }

  /** Returns the services over a ledger and a store, with the bundled engines. */
  public static Services of(Ledger ledger, Store store, Clock clock) {
    TheatrePosture posture = TheatrePosture.withDefaults();
    ScenarioApi scenarios = new ScenarioApi(store, ledger);
    return new Services(new BurdenApi(ledger),
        new GuaranteesApi(ObligationEngine.withDefaults(), Gazetteer.bundled(),
            ledger.countries(), ledger.panel(), clock),
        new PostureApi(posture, Reconciliation.withDefaults().withPosture(posture),
            ledger.countries()),
        scenarios, new CampaignApi(scenarios, store, Json.MAPPER), store);
  }
}
