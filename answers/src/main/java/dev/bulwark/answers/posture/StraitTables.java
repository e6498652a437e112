package dev.bulwark.answers.posture;

import dev.bulwark.answers.AnswerContext;
import dev.bulwark.answers.table.Column;
import dev.bulwark.answers.table.Table;
import dev.bulwark.posture.campaign.CampaignCase;
import dev.bulwark.posture.campaign.Posture;
import dev.bulwark.posture.campaign.StraitLoss;
import dev.bulwark.posture.campaign.StraitOutcome;
import dev.bulwark.posture.campaign.StraitResult;
import dev.bulwark.posture.campaign.StraitSimulation;
import dev.bulwark.posture.campaign.StraitTornado;
import dev.bulwark.posture.campaign.StraitTornadoBar;
import dev.bulwark.posture.sweep.SweepEngine;
import dev.bulwark.posture.campaign.Theatre;
import java.util.List;
import java.util.Locale;

/**
 * The campaign question's answers in an amphibious theatre (the Taiwan Strait, {@code
 * docs/taiwan-model.md}): the chance of each outcome by the last day, the mean losses, and the
 * tornado of the chance the invasion is defeated.
 */
public final class StraitTables {

  private static final String CALIBRATION = "Calibrated to CSIS's wargames (Cancian, Cancian"
      + " and Heginbotham 2023): the invasion fails in the base case, and far less often when"
      + " Taiwan does not resist, Japan's bases are closed, long-range anti-ship missiles are"
      + " lacking or Taiwan relies on resupply in war.";

  private StraitTables() {
  }

  /** Runs the strait model for each posture of a request, together with common random numbers. */
  public static List<StraitResult> results(CampaignQuestion.Request request,
      AnswerContext context) {
    Theatre theatre = CampaignCatalogue.theatre(request.theatre());
    return simulation(request, context).runTogether(theatre, CampaignQuestion.postures(request)
        .stream().map(p -> CampaignCase.of(theatre, p)).toList());
  }

  /** One row per posture and outcome, with its probability. */
  public static Table outcomes(List<StraitResult> results) {
    Table table = Table.of(Column.text("posture", "the posture's id"),
        Column.text("outcome", "invasion_defeated, stalemate or capital_taken"),
        Column.number("probability", "fraction of runs", 3,
            "share of runs ending so by the last day"));
    for (StraitResult r : results) {
      for (StraitOutcome o : StraitOutcome.values()) {
        table.row(r.posture(), o.id(), r.probability(o));
      }
    }
    return notes(table, results.get(0)).notes("invasion_defeated: the lodgement lost its"
        + " breakpoint share of its peak while cut off from its lift; capital_taken: the advance"
        + " reached Taipei; stalemate: neither by the last day, a lodgement that survives without taking"
        + " Taipei (mostly one cut off that Taiwan, its stocks spent, contains but cannot reduce).");
  }

  /** One row per posture and count, with its mean over the runs. */
  public static Table losses(List<StraitResult> results) {
    Table table = Table.of(Column.text("posture", "the posture's id"),
        Column.text("side", "whose loss"), Column.text("loss", "what is counted"),
        Column.text("unit", "its unit"), Column.number("mean", "as the unit says", 1,
            "mean over the runs, by the day the outcome was decided"),
        Column.text("description", "what it counts"));
    for (StraitResult r : results) {
      for (StraitLoss l : StraitLoss.values()) {
        table.row(r.posture(), l.side(), l.id(), l.unit(), r.mean(l), l.description());
      }
    }
    return notes(table, results.get(0)).notes("CSIS's base case, for comparison: the US loses"
        + " about 2 carriers, 7-20 major surface warships and about 3,200 killed; China about"
        + " 138 major ships and 10,000 killed; Japan over 100 aircraft and 26 ships; Taiwan's"
        + " navy is sunk (docs/taiwan-model.md, section 6).");
  }

  /** Each parameter at its low and its high, the others drawn; widest swing first. */
  public static Table tornado(CampaignQuestion.Request request, AnswerContext context) {
    Theatre theatre = CampaignCatalogue.theatre(request.theatre());
    StraitSimulation simulation = simulation(request, context);
    Table table = Table.of(Column.text("posture", "the posture's id"),
        Column.text("parameter", "the parameter's name"),
        Column.text("symbol", "its symbol in docs/taiwan-model.md"),
        Column.text("unit", "its unit"), Column.number("low", "as the unit says", 3, "its low"),
        Column.number("high", "as the unit says", 3, "its high"),
        Column.number("defeated_at_low", "fraction of runs", 3, "invasion defeated, at its low"),
        Column.number("defeated_at_high", "fraction of runs", 3,
            "invasion defeated, at its high"),
        Column.number("capital_at_low", "fraction of runs", 3, "capital taken, at its low"),
        Column.number("capital_at_high", "fraction of runs", 3, "capital taken, at its high"));
    for (Posture p : CampaignQuestion.postures(request)) {
      StraitTornado result = request.engine().equals(SweepEngine.LOCAL)
          ? StraitTornado.analyse(simulation, theatre, p)
          : StraitTornado.analyse(theatre.id(), p.id(), request.runs(), request.seed(),
              request.horizonDays(), SweepEngine.named(request.engine(), request.master(),
                  request.threads()), context.progress());
      for (StraitTornadoBar bar : result.bars()) {
        table.row(p.id(), bar.parameter().name(), bar.parameter().symbol(),
            bar.parameter().unit(), bar.low(), bar.high(), bar.defeatedAtLow(),
            bar.defeatedAtHigh(), bar.capitalAtLow(), bar.capitalAtHigh());
      }
      table.notes(p.id() + ": with every parameter drawn, the invasion is defeated in "
          + String.format(Locale.ROOT, "%.1f%%", 100 * result.defeated()) + " of runs.");
    }
    table.notes("Each parameter fixed at its low, then its high, the others drawn; same seed"
        + " throughout. Sorted by the swing of defeated, then of capital.");
    return table.query("theatre", request.theatre()).query("posture", request.posture())
        .query("runs", request.runs()).query("seed", request.seed())
        .query("horizon", request.horizonDays()).query("show", "tornado")
        .sources(List.of("strait model, " + request.runs() + " runs, seed " + request.seed()));
  }

  private static Table notes(Table table, StraitResult first) {
    return table.notes(first.runs() + " runs per posture, seed " + first.seed() + ", outcome by"
        + " day " + first.horizonDays() + ", model " + first.modelVersion()
        + " (docs/taiwan-model.md).", CALIBRATION)
        .sources(List.of("strait model " + first.modelVersion() + ", " + first.runs()
            + " runs, seed " + first.seed()));
  }

  private static StraitSimulation simulation(CampaignQuestion.Request request,
      AnswerContext context) {
    StraitSimulation simulation = StraitSimulation.withDefaults().withRuns(request.runs())
        .withSeed(request.seed()).withHorizonDays(request.horizonDays())
        .withProgress(context.progress());
    return request.threads().map(simulation::withThreads).orElse(simulation);
  }
}
