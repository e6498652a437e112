package dev.bulwark.cli;

import dev.bulwark.cli.output.Tabular;
import dev.bulwark.core.BadInputException;
import dev.bulwark.posture.campaign.CampaignResult;
import dev.bulwark.posture.campaign.CampaignSimulation;
import dev.bulwark.posture.campaign.ObjectiveTimes;
import dev.bulwark.posture.campaign.Posture;
import dev.bulwark.posture.campaign.ScenarioChanges;
import dev.bulwark.posture.campaign.Theatre;
import dev.bulwark.posture.campaign.Theatres;
import dev.bulwark.posture.scenario.OrderOfBattleEdit;
import dev.bulwark.posture.scenario.Scenario;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs the campaign model on each posture a scenario's order-of-battle edits change, before and
 * after the edits, with the same seed, and lists the figures that moved: for each objective
 * (and whichever falls first) the median hours to reach it and the share of runs that reach it
 * within the horizon, and the chance the defence holds 7 and 28 days. 20,000 runs each, a few tens
 * of milliseconds; {@code bulwark campaign --scenario} gives the full distributions.
 */
final class CampaignEffects {

  static final int RUNS = 20_000;
  static final long SEED = 1253;
  private static final List<Integer> HOLD_DAYS = List.of(7, 28);

  private CampaignEffects() {
  }

  /** Adds one row per changed campaign figure; returns the basis sentence for the notes. */
  static String apply(Scenario scenario, Tabular out) {
    Theatre baltic = Theatres.bundled().defaultTheatre();
    CampaignSimulation simulation = CampaignSimulation.withDefaults().withRuns(RUNS)
        .withSeed(SEED).withHoldDays(HOLD_DAYS);
    Set<String> postures = new LinkedHashSet<>();
    for (OrderOfBattleEdit edit : scenario.ordersOfBattle()) {
      BadInputException.require(edit.theatre().equals(baltic.id()), "orders_of_battle theatre"
          + " must be '" + baltic.id() + "' (the one theatre modelled), was '" + edit.theatre() + "'");
      postures.add(edit.posture() != null ? edit.posture() : CampaignCommand.DEFAULT_POSTURE);
    }
    String basis = "";
    for (String id : postures) {
      Posture before = Posture.bundled(id);
      Posture after = ScenarioChanges.apply(scenario, baltic, before);
      CampaignResult was = simulation.run(baltic, before);
      CampaignResult now = simulation.run(baltic, after);
      basis = "campaign model " + was.modelVersion() + ", " + RUNS + " runs, seed " + SEED;
      for (ObjectiveTimes times : was.objectives()) {
        ObjectiveTimes then = now.objective(times.objective());
        row(out, id, "median_hours_to_" + times.objective(), times.median(), then.median(), basis);
        row(out, id, times.objective() + "_reached_pct", 100 * times.reachedShare(),
            100 * then.reachedShare(), basis);
      }
      for (int day : HOLD_DAYS) {
        row(out, id, "holds_" + day + "_days_pct", 100 * was.holdsUntil(day),
            100 * now.holdsUntil(day), basis);
      }
    }
    return basis;
  }

  private static void row(Tabular out, String posture, String measure, double was, double now,
      String basis) {
    if (was != now) {
      out.row("campaign", posture, "Baltic, posture " + posture, measure, finite(was),
          finite(now), Double.isFinite(was) && Double.isFinite(now) ? now - was : null,
          "applied", basis + (Double.isFinite(was) && Double.isFinite(now) ? ""
              : "; no value: the objective held in at least half of the runs"));
    }
  }

  private static Double finite(double value) {
    return Double.isFinite(value) ? value : null;
  }
}
