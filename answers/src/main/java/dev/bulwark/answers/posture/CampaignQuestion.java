package dev.bulwark.answers.posture;

import dev.bulwark.answers.AnswerContext;
import dev.bulwark.answers.AnswersException;
import dev.bulwark.answers.question.Arguments;
import dev.bulwark.answers.question.Param;
import dev.bulwark.answers.question.ParamTypes;
import dev.bulwark.answers.question.Question;
import dev.bulwark.answers.question.Spec;
import dev.bulwark.answers.scenario.ScenarioApplication;
import dev.bulwark.answers.table.Column;
import dev.bulwark.answers.table.Table;
import dev.bulwark.posture.campaign.CampaignResult;
import dev.bulwark.posture.campaign.CampaignCase;
import dev.bulwark.posture.campaign.CampaignSimulation;
import dev.bulwark.posture.campaign.HoldProbability;
import dev.bulwark.posture.campaign.ObjectiveTimes;
import dev.bulwark.posture.campaign.Posture;
import dev.bulwark.posture.campaign.ReinforcementArrival;
import dev.bulwark.posture.campaign.Theatre;
import dev.bulwark.posture.campaign.Tornado;
import dev.bulwark.posture.campaign.TornadoBar;
import dev.bulwark.posture.campaign.TornadoResult;
import dev.bulwark.posture.sweep.SweepEngine;
import dev.bulwark.posture.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Runs a theatre's campaign model many times with its uncertain parameters drawn at random
 * ({@link CampaignSimulation}) and answers for a posture, and for the posture a scenario's
 * orders of battle make of it: the hours to each objective, the chance the defence holds until
 * day 1–28, each reinforcement's chance to arrive in time, or the tornado of each parameter at its
 * low and high. The same seed gives the same answer on any number of threads.
 */
public final class CampaignQuestion implements Question<CampaignQuestion.Request> {

  /** The table a request asks for. */
  public enum Show { OBJECTIVES, HOLDS, REINFORCEMENTS, TORNADO, OUTCOMES, LOSSES }

  /**
   * The request.
   *
   * @param theatre the theatre's id
   * @param posture the posture's id
   * @param scenario a scenario whose orders of battle change the posture, or empty
   * @param runs replications per posture
   * @param seed the seed of the random streams
   * @param threads threads, or empty for every core (the answer does not depend on it)
   * @param horizonDays days each replication runs at most
   * @param show the table asked for
   */
  public record Request(String theatre, String posture, Optional<Scenario> scenario, int runs,
      long seed, Optional<Integer> threads, int horizonDays, Show show, String engine,
      Optional<String> master) {

    /** Returns this request run on so many threads (the answer does not change). */
    public Request withThreads(int count) {
      return new Request(theatre, posture, scenario, runs, seed, Optional.of(count), horizonDays,
          show, engine, master);
    }
  }

  /** The command, known without reading the theatre registry. */
  private static final String COMMAND = "campaign";

  /** The days the chance of holding is reported for, within the horizon. */
  public static final List<Integer> HOLD_DAYS = List.of(1, 2, 3, 7, 14, 28);

  static final Param<Scenario> SCENARIO = Param.optional("scenario", ParamTypes.of("SCENARIO",
      "string", "a scenario file (command line) or a saved scenario's id (API)",
      (field, text, context) -> context.scenarios().find(text)),
      "A scenario whose orders_of_battle change the posture (docs/scenarios.md): its units and, "
          + "in the Taiwan Strait, its launchers, ships and aircraft and elements moved from "
          + "EUCOM; both are answered.", "docs/scenarios/baltic-reinforced.yaml");
  static final Param<Integer> RUNS = Param.of("runs", ParamTypes.integer("N", 1, 100_000_000),
      "100000", "Replications per posture.", "2000");
  static final Param<Long> SEED = Param.of("seed", ParamTypes.seed(), "1253",
      "Seed of the random streams.", "7");
  static final Param<Integer> THREADS = Param.optional("threads", ParamTypes.integer("N", 1,
      256), "Threads (default: all cores); the answer does not depend on it.", "1");
  static final Param<Integer> HORIZON = Param.of("horizon", ParamTypes.integer("DAYS", 1, 365),
      "30", "Days each replication runs at most.", "14");
  static final Param<String> SHOW = Param.optional("show", ParamTypes.choice("objectives",
      "holds", "reinforcements", "tornado", "outcomes", "losses"), "The table to answer (default:"
          + " objectives in a land theatre, outcomes in the Taiwan Strait; objectives, holds and"
          + " reinforcements are a land theatre's, outcomes and losses the Taiwan Strait's).",
      "tornado");

  /**
   * The parameters and spec that read the theatre registry, made on first use, so that a
   * command that does not ask for a campaign starts without reading the theatre files.
   */
  static final class Catalogued {

    static final Param<String> THEATRE = Param.of("theatre", ParamTypes.of("THEATRE", "string",
        String.join(", ", CampaignCatalogue.theatreIds()),
        (field, text, context) -> CampaignCatalogue.theatre(text).id()),
        CampaignCatalogue.theatreIds().get(0), "The theatre.", CampaignCatalogue.theatreIds()
            .get(0)).asPositional();
    static final Param<String> POSTURE = Param.optional("posture", ParamTypes.of("ID", "string",
        "a posture of the theatre (bulwark postures lists them)", (field, text, context) -> text),
        "The posture (default: the theatre's first, the calibration case).",
        CampaignCatalogue.postureIds(CampaignCatalogue.theatreIds().get(0)).get(0));

    static final Spec SPEC = new Spec(COMMAND, "/api/campaign",
        "A campaign model run many times for a posture",
        List.of(
            "Runs the campaign model of a theatre (the Baltic: a Russian offensive towards Tallinn",
            "and Riga; the Taiwan Strait: a PLA invasion, with --show outcomes, losses or tornado,",
            "docs/taiwan-model.md) many times with its uncertain parameters drawn at random, and",
            "answers for a",
            "posture: the time the attacker needs to reach each objective (quantiles, hours), the",
            "probability that the defence holds until day 1, 2, 3, 7, 14 and 28, and whether each",
            "reinforcement arrives before the first capital falls. --show tornado reruns it with",
            "each parameter at its low and high. --scenario applies a scenario file's",
            "orders_of_battle to the posture and answers for both. The same --seed gives the same",
            "answer on any number of --threads. Model, parameters and sources:",
            "docs/campaign-model.md."),
        List.of("bulwark campaign baltic --runs 2000",
            "bulwark campaign baltic --posture baltic-rand-7-brigades --show holds --runs 2000",
            "bulwark campaign baltic --posture baltic-2025 --show reinforcements --runs 2000",
            "bulwark campaign baltic --show tornado --runs 1000 --format csv > tornado.csv",
            "bulwark campaign taiwan --posture taiwan-2026 --show outcomes --runs 2000",
            "bulwark campaign taiwan --posture taiwan-2026-no-japan-bases --show losses --runs 2000",
            "bulwark campaign taiwan --posture taiwan-2026-no-long-range-antiship --scenario"
                + " docs/scenarios/taiwan-long-range-strike.yaml --runs 2000"),
        List.of(THEATRE, POSTURE, SCENARIO, RUNS, SEED, THREADS, HORIZON, SHOW,
            SweepParams.ENGINE, SweepParams.MASTER));

    private Catalogued() {
    }
  }

  @Override
  public Spec spec() {
    return Catalogued.SPEC;
  }

  @Override
  public String command() {
    return COMMAND;
  }

  @Override
  public Request request(Arguments arguments) {
    String theatre = arguments.value(Catalogued.THEATRE);
    String posture = arguments.optional(Catalogued.POSTURE)
        .orElseGet(() -> CampaignCatalogue.postureIds(theatre).get(0));
    CampaignCatalogue.posture(theatre, posture);
    boolean amphibious = CampaignCatalogue.theatre(theatre).amphibious();
    String shown = arguments.optional(SHOW).orElse(amphibious ? "outcomes" : "objectives");
    Show show = Show.valueOf(shown.toUpperCase(Locale.ROOT));
    List<Show> fitting = amphibious ? List.of(Show.OUTCOMES, Show.LOSSES, Show.TORNADO)
        : List.of(Show.OBJECTIVES, Show.HOLDS, Show.REINFORCEMENTS, Show.TORNADO);
    if (!fitting.contains(show)) {
      List<String> known = fitting.stream().map(f -> f.name().toLowerCase(Locale.ROOT)).toList();
      throw AnswersException.badInput("show", shown, "--show " + shown + " does not fit theatre "
          + theatre + ": expected one of " + known, known, null);
    }
    String engine = arguments.value(SweepParams.ENGINE);
    if (!engine.equals(SweepEngine.LOCAL) && (show != Show.TORNADO
        || arguments.optional(SCENARIO).isPresent())) {
      throw AnswersException.badInput("engine", engine, "--engine " + engine + " runs the "
          + "tornado of a bundled posture (--show tornado, no --scenario); the rest runs on "
          + "this machine (--engine local)");
    }
    return new Request(theatre, posture, arguments.optional(SCENARIO), arguments.value(RUNS),
        arguments.value(SEED), arguments.optional(THREADS), arguments.value(HORIZON), show,
        engine, arguments.optional(SweepParams.MASTER));
  }

  @Override
  public Table answer(Request request, AnswerContext context) {
    if (CampaignCatalogue.theatre(request.theatre()).amphibious()) {
      return switch (request.show()) {
        case TORNADO -> StraitTables.tornado(request, context);
        case LOSSES -> StraitTables.losses(StraitTables.results(request, context));
        default -> StraitTables.outcomes(StraitTables.results(request, context));
      };
    }
    if (request.show() == Show.TORNADO) {
      return tornado(request, context);
    }
    return tabulate(request, results(request, context));
  }

  /** Returns the postures a request runs: the posture, then what the scenario makes of it. */
  public static List<Posture> postures(Request request) {
    Theatre theatre = CampaignCatalogue.theatre(request.theatre());
    Posture base = CampaignCatalogue.posture(request.theatre(), request.posture());
    List<Posture> postures = new ArrayList<>(List.of(base));
    request.scenario().ifPresent(s -> postures.add(ScenarioApplication.ordersOfBattle(s,
        theatre, base)));
    return postures;
  }

  /** Runs the model for each posture of a request, together with common random numbers. */
  public static List<CampaignResult> results(Request request, AnswerContext context) {
    Theatre theatre = CampaignCatalogue.theatre(request.theatre());
    return simulation(request, context).runTogether(theatre,
        postures(request).stream().map(p -> CampaignCase.of(theatre, p)).toList());
  }

  /** Returns the table a request asks for (objectives, holds or reinforcements) of results. */
  public static Table tabulate(Request request, List<CampaignResult> results) {
    Table table = switch (request.show()) {
      case HOLDS -> holds(results);
      case REINFORCEMENTS -> reinforcements(results);
      default -> objectives(results);
    };
    CampaignResult first = results.get(0);
    table.notes(first.runs() + " runs per posture, seed " + first.seed() + ", horizon "
        + first.horizonDays() + " days, model " + first.modelVersion()
        + " (docs/campaign-model.md).",
        "Calibrated to RAND RR-1253 (Shlapak and Johnson 2016): 36-60 hours to the"
        + " outskirts of Tallinn or Riga with the 2016 posture.");
    return describe(table, request).sources(List.of("campaign model " + first.modelVersion()
        + ", " + first.runs() + " runs, seed " + first.seed()));
  }

  /** The hours to each objective, one row per posture and objective. */
  public static Table objectives(List<CampaignResult> results) {
    Table table = Table.of(Column.text("posture", "the posture's id"),
        Column.text("objective", "the objective; 'first' is whichever falls first"),
        hours("hours_p10", "10th percentile"), hours("hours_p25", "25th percentile"),
        hours("hours_median", "median"), hours("hours_p75", "75th percentile"),
        hours("hours_p90", "90th percentile"),
        Column.number("reached_pct", "% of runs", 1, "runs reaching it within the horizon"));
    for (CampaignResult r : results) {
      for (ObjectiveTimes o : r.objectives()) {
        table.row(r.posture(), o.objective(), o.p10(), o.p25(), o.median(), o.p75(), o.p90(),
            100 * o.reachedShare());
      }
    }
    return table.notes("Empty hours (-): fewer runs than that quantile reached the objective "
        + "within the horizon (it held). 'first' is whichever objective falls first.");
  }

  /** The chance the defence holds until each day. */
  public static Table holds(List<CampaignResult> results) {
    Table table = Table.of(Column.text("posture", "the posture's id"),
        Column.count("day", "", "the day"), Column.number("holds_pct", "% of runs", 1,
            "runs in which no objective had fallen by the end of the day"));
    for (CampaignResult r : results) {
      for (HoldProbability h : r.holds()) {
        table.row(r.posture(), h.day(), 100 * h.probability());
      }
    }
    return table.notes("holds_pct: share of runs in which neither objective had fallen by the"
        + " end of that day.");
  }

  /** Each reinforcement's chance to arrive before the first objective falls. */
  public static Table reinforcements(List<CampaignResult> results) {
    Table table = Table.of(Column.text("posture", "the posture's id"),
        Column.text("unit", "the unit's id, or all"), Column.text("name", "the unit"),
        Column.number("scheduled_day", "day", 1, "the day it is scheduled to arrive"),
        Column.number("in_time_pct", "% of runs", 1,
            "runs in which it arrived before the first objective fell"));
    for (CampaignResult r : results) {
      for (ReinforcementArrival a : r.reinforcements()) {
        table.row(r.posture(), a.unit(), a.name(), a.scheduledDay(), 100 * a.inTime());
      }
      table.row(r.posture(), "all", "every scheduled reinforcement", null,
          100 * r.reinforcementsInTime());
    }
    return table.notes("in_time_pct: share of runs in which the unit arrived before the first"
        + " objective fell; each run stretches arrival days by its delay factor (0.8-1.5).");
  }

  /** Each parameter at its low and its high, the others drawn; widest swing first. */
  public static Table tornado(Request request, AnswerContext context) {
    Theatre theatre = CampaignCatalogue.theatre(request.theatre());
    CampaignSimulation simulation = simulation(request, context);
    Table table = Table.of(Column.text("posture", "the posture's id"),
        Column.text("parameter", "the parameter's name"),
        Column.text("symbol", "its symbol in docs/campaign-model.md"),
        Column.text("unit", "its unit"), Column.number("low", "as the unit says", 3, "its low"),
        Column.number("high", "as the unit says", 3, "its high"),
        hours("median_hours_at_low", "median to the first objective, parameter at its low"),
        hours("median_hours_at_high", "median to the first objective, parameter at its high"),
        Column.number("holds_pct_at_low", "% of runs", 1, "holds to the day, at its low"),
        Column.number("holds_pct_at_high", "% of runs", 1, "holds to the day, at its high"));
    int day = Math.min(14, request.horizonDays());
    for (Posture p : postures(request)) {
      Tornado tornado = Tornado.withDefaults().withSimulation(simulation).withHoldDay(day);
      TornadoResult result = request.engine().equals(SweepEngine.LOCAL)
          ? tornado.analyse(theatre, p)
          : tornado.analyse(theatre.id(), p.id(), SweepEngine.named(request.engine(),
              request.master(), request.threads()), context.progress());
      for (TornadoBar bar : result.bars()) {
        table.row(p.id(), bar.parameter().name().toLowerCase(Locale.ROOT),
            bar.parameter().symbol(), bar.parameter().unit(), bar.low(), bar.high(),
            bar.medianHoursAtLow(), bar.medianHoursAtHigh(), 100 * bar.holdAtLow(),
            100 * bar.holdAtHigh());
      }
      table.notes(p.id() + ": with every parameter drawn, median time to the first objective "
          + (Double.isFinite(result.baseMedianHours())
              ? String.format(Locale.ROOT, "%.0f hours", result.baseMedianHours())
              : "beyond the horizon") + ", holds " + day + " days in "
          + String.format(Locale.ROOT, "%.1f%%", 100 * result.baseHold()) + " of runs.");
    }
    table.notes("Each parameter fixed at its low, then its high, the others drawn; same"
        + " seed throughout. Sorted by the swing of holds_pct, then of the median."
        + " Empty median (-): the median run held.");
    return describe(table, request).sources(List.of("campaign model, " + request.runs()
        + " runs, seed " + request.seed()));
  }

  private static CampaignSimulation simulation(Request request, AnswerContext context) {
    List<Integer> days = HOLD_DAYS.stream().filter(d -> d <= request.horizonDays()).toList();
    CampaignSimulation simulation = CampaignSimulation.withDefaults().withRuns(request.runs())
        .withSeed(request.seed()).withHoldDays(days.isEmpty() ? List.of(1) : days)
        .withHorizonDays(request.horizonDays()).withProgress(context.progress());
    return request.threads().map(simulation::withThreads).orElse(simulation);
  }

  private static Table describe(Table table, Request request) {
    return table.query("theatre", request.theatre()).query("posture", request.posture())
        .query("runs", request.runs()).query("seed", request.seed())
        .query("horizon", request.horizonDays())
        .query("show", request.show().name().toLowerCase(Locale.ROOT));
  }

  private static Column hours(String name, String what) {
    return Column.number(name, "hours", 0, what + " of the hours to reach the objective");
  }
}
