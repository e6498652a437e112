package dev.bulwark.answers.division;

import dev.bulwark.answers.AnswerContext;
import dev.bulwark.answers.AnswersException;
import dev.bulwark.answers.posture.SweepParams;
import dev.bulwark.answers.question.Arguments;
import dev.bulwark.answers.question.Param;
import dev.bulwark.answers.question.ParamTypes;
import dev.bulwark.answers.question.Question;
import dev.bulwark.answers.question.Spec;
import dev.bulwark.answers.table.Column;
import dev.bulwark.answers.table.Table;
import dev.bulwark.posture.sweep.SweepEngine;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The division of labour: what Europe must spend, by when, so that US forces in Europe can turn
 * to the Indo-Pacific without deterrence failing in either theatre. For a year and a European
 * spending path it runs the Baltic and the Taiwan Strait over a grid of shares of the movable US
 * pool sent to INDOPACOM (the frontier), names the answers a reader can quote, or lists the
 * European paths searched for the cheapest that meets required levels in both theatres. Model:
 * docs/division-of-labour.md.
 */
public final class DivisionQuestion implements Question<DivisionQuestion.Request> {

  /** The table a request asks for. */
  public enum Show { FRONTIER, ANSWERS, PATHS }

  /**
   * The request.
   *
   * @param year the year Europe's forces are counted (2026 to 2035)
   * @param europeTargetPct the European path's target share of GDP, percent
   * @param by the year the path reaches it
   * @param steps the grid's steps: shares {@code 0, 1/steps, …, 1}
   * @param requireBaltic the chance the Baltic must hold, for the answers and paths
   * @param requireTaiwan the chance the invasion must be defeated, for the answers and paths
   * @param runs replications per posture in each theatre
   * @param seed the seed of the random streams
   * @param threads threads, or empty for every core (the answer does not depend on it)
   * @param show the table asked for
   * @param engine where the frontier runs: {@code local} (one pass a theatre on this machine's
   *     cores) or a sweep engine such as {@code spark} (one cell a posture)
   * @param master the sweep engine's master, or empty for its usual configuration
   */
  public record Request(int year, double europeTargetPct, int by, int steps,
      double requireBaltic, double requireTaiwan, int runs, long seed,
      Optional<Integer> threads, Show show, String engine, Optional<String> master) {

    /** Returns this request asking for another table. */
    public Request withShow(Show other) {
      return new Request(year, europeTargetPct, by, steps, requireBaltic, requireTaiwan, runs,
          seed, threads, other, engine, master);
    }

    /** Returns this request on a number of threads (the answer does not depend on it). */
    public Request withThreads(int count) {
      return new Request(year, europeTargetPct, by, steps, requireBaltic, requireTaiwan, runs,
          seed, Optional.of(count), show, engine, master);
    }

    /**
     * Returns a bound on the replications the request runs: the frontier runs {@code steps + 1}
     * postures in each theatre; the answers and paths {@code steps + 3} Taiwan postures and at
     * most {@code steps + 7} Baltic postures plus one per European path searched (at most
     * 6 targets × 10 years + 1).
     */
    public long replications() {
      long postures = show == Show.FRONTIER ? 2L * (steps + 1)
          : (steps + 3) + (steps + 7) + DivisionAnswers.TARGETS.length * 10L + 1;
      return postures * runs;
    }
  }

  /** The most replications a request may ask per posture. */
  public static final int MAX_RUNS = 1_000_000;

  static final Param<Integer> YEAR = Param.of("year", ParamTypes.integer("YEAR", 2026, 2035),
      "2030", "The year Europe's new forces are counted (2026 to 2035).", "2028");
  static final Param<Double> EUROPE_TARGET = Param.of("europe-target", ParamTypes.above(
      "PERCENT", 0, 10), "3.5", "The European allies' path: their target share of GDP in "
          + "percent (the Hague: 3.5 core by 2035).", "5");
  static final Param<Integer> BY = Param.of("by", ParamTypes.integer("YEAR", 2026, 2035), "2035",
      "The year the European path reaches its target.", "2030");
  static final Param<Integer> STEPS = Param.of("steps", ParamTypes.integer("N", 1, 100), "20",
      "The grid: shares 0, 1/N, ..., 1 of the movable US pool sent to the Indo-Pacific.", "10");
  static final Param<Double> REQUIRE_BALTIC = Param.of("require-baltic", ParamTypes.above("P", 0,
      1), "0.75", "For the answers and paths: the chance the Baltic must hold to its hold day.",
      "0.5");
  static final Param<Double> REQUIRE_TAIWAN = Param.of("require-taiwan", ParamTypes.above("P", 0,
      1), "0.95", "For the answers and paths: the chance the invasion of Taiwan must be "
          + "defeated.", "0.75");
  static final Param<Integer> RUNS = Param.of("runs", ParamTypes.integer("N", 100, MAX_RUNS),
      "20000", "Replications per posture in each theatre.", "2000");
  static final Param<Long> SEED = Param.of("seed", ParamTypes.seed(), "1253",
      "Seed of the random streams (the same in both theatres).", "7");
  static final Param<Integer> THREADS = Param.optional("threads", ParamTypes.integer("N", 1,
      256), "Threads (default: all cores); the answer does not depend on it.", "1");
  static final Param<String> SHOW = Param.of("show", ParamTypes.choice("frontier", "answers",
      "paths"), "frontier", "The table to answer.", "answers");

  private static final Spec SPEC = new Spec("division", "/api/division",
      "What Europe must spend, by when, so US forces can turn to the Pacific",
      List.of(
          "Joins who pays, what forces cost and whether deterrence holds. A pool of US forces",
          "in Europe (fighter wings, the Rota destroyers, long-range fires, bombers, the",
          "armoured and Stryker brigades, the 173rd, the eFP battlegroup) can move to the",
          "Indo-Pacific; each is worth something in the Baltic, in the Taiwan Strait or both.",
          "Europe's extra spending on a path to --europe-target % of GDP by --by buys brigades",
          "(the Kiel/Bruegel force, its lead times and ramps), of which a share fights in the",
          "Baltic by --year. For each share of the pool moved (0, 1/N, ..., 1) both campaign",
          "models run with common random numbers: the chance the Baltic holds (28 days in the",
          "bundled setting) and the",
          "chance the invasion of Taiwan is defeated, and whether the point is on the Pareto",
          "frontier. --show answers names the quotable answers; --show paths lists the",
          "European paths searched for the cheapest that meets --require-baltic and",
          "--require-taiwan. --engine spark runs the frontier on Apache Spark, one cell a",
          "posture, with the same answer (docs/sweeps.md). Model and every assumption:",
          "docs/division-of-labour.md."),
      List.of("bulwark division",
          "bulwark division --year 2028 --europe-target 5 --by 2030 --format csv > frontier.csv",
          "bulwark division --show answers",
          "bulwark division --show paths --require-baltic 0.5 --require-taiwan 0.75",
          "bulwark division --runs 100000 --steps 20"),
      List.of(YEAR, EUROPE_TARGET, BY, STEPS, REQUIRE_BALTIC, REQUIRE_TAIWAN, RUNS, SEED, THREADS,
          SHOW, SweepParams.ENGINE, SweepParams.MASTER));

  @Override
  public Spec spec() {
    return SPEC;
  }

  @Override
  public Request request(Arguments arguments) {
    return new Request(arguments.value(YEAR), arguments.value(EUROPE_TARGET),
        arguments.value(BY), arguments.value(STEPS), arguments.value(REQUIRE_BALTIC),
        arguments.value(REQUIRE_TAIWAN), arguments.value(RUNS), arguments.value(SEED),
        arguments.optional(THREADS), Show.valueOf(arguments.value(SHOW)
            .toUpperCase(Locale.ROOT)), arguments.value(SweepParams.ENGINE),
        arguments.optional(SweepParams.MASTER));
  }

  @Override
  public Table answer(Request request, AnswerContext context) {
    DivisionSetting setting = DivisionSetting.bundled();
    TheatreRuns runs = runs(request, context);
    boolean local = request.engine().equals(SweepEngine.LOCAL);
    if (!local && request.show() != Show.FRONTIER) {
      throw AnswersException.badInput("engine", request.engine(), "--engine "
          + request.engine() + " runs the frontier (--show frontier); the answers and paths "
          + "run on this machine (--engine local)");
    }
    Table table = switch (request.show()) {
      case FRONTIER -> frontier(setting, frontier(setting, request, runs, local, context));
      case ANSWERS -> DivisionAnswers.of(setting, request, runs, context).answers();
      case PATHS -> DivisionAnswers.of(setting, request, runs, context).paths();
    };
    return described(table, setting, request);
  }

  /**
   * The frontier and the named answers of a request, as {@code --show frontier} and {@code
   * --show answers} give them, from one pass per theatre: the answers' runs hold every posture of
   * the frontier of the request's path, and common random numbers make each equal to its own
   * run.
   */
  public FrontierAndAnswers frontierAndAnswers(Request request, AnswerContext context) {
    if (!request.engine().equals(SweepEngine.LOCAL)) {
      throw AnswersException.badInput("engine", request.engine(), "the frontier and the answers "
          + "together run on this machine (--engine local); --engine " + request.engine()
          + " runs the frontier alone (--show frontier)");
    }
    DivisionSetting setting = DivisionSetting.bundled();
    DivisionAnswers answers = DivisionAnswers.of(setting, request, runs(request, context),
        context);
    return new FrontierAndAnswers(
        described(frontier(setting, answers.frontier()), setting,
            request.withShow(Show.FRONTIER)),
        described(answers.answers(), setting, request.withShow(Show.ANSWERS)));
  }

  /**
   * The two tables a reader of the division most often wants together.
   *
   * @param frontier the frontier, as {@code --show frontier}
   * @param answers the named answers, as {@code --show answers}
   */
  public record FrontierAndAnswers(Table frontier, Table answers) {}

  private static TheatreRuns runs(Request request, AnswerContext context) {
    return new TheatreRuns(request.runs(), request.seed(), request.threads(),
        context.progress());
  }

  /** Adds the notes on the runs and the request's query to an answer's table. */
  private static Table described(Table table, DivisionSetting setting, Request request) {
    return table.notes(String.format(Locale.ROOT, "%d runs per posture in each theatre, seed "
        + "%d, common random numbers across postures; the Monte Carlo standard error of a "
        + "chance is at most %.4f. Models: Baltic %s, Taiwan Strait %s (docs/campaign-model.md,"
        + " docs/taiwan-model.md); division of labour: docs/division-of-labour.md.",
        request.runs(), request.seed(), 0.5 / Math.sqrt(request.runs()),
        setting.baltic().posture(), setting.taiwan().posture()))
        .query("year", request.year()).query("europe-target", request.europeTargetPct())
        .query("by", request.by()).query("steps", request.steps())
        .query("require-baltic", request.requireBaltic())
        .query("require-taiwan", request.requireTaiwan()).query("runs", request.runs())
        .query("seed", request.seed())
        .query("show", request.show().name().toLowerCase(Locale.ROOT))
        .query("engine", request.engine());
  }

  /** Runs the frontier of the request's European path, here or on its sweep engine. */
  private static Frontier frontier(DivisionSetting setting, Request request, TheatreRuns runs,
      boolean local, AnswerContext context) {
    EuropeanBrigades europe = EuropeanBrigades.onPath(setting, request.europeTargetPct(),
        request.by(), request.year(), context);
    return local ? Frontier.run(setting, europe, request.steps(), runs)
        : Frontier.sweep(setting, europe, request.steps(), request.runs(), request.seed(),
            SweepEngine.named(request.engine(), request.master(), request.threads()),
            context.progress());
  }

  /** The frontier as one row per share. */
  static Table frontier(DivisionSetting setting, Frontier frontier) {
    String hold = "baltic_holds_" + setting.baltic().holdDay() + "d";
    Table table = Table.of(Column.count("year", "", "the year Europe's forces are counted"),
        Column.text("europe_path", "Europe's spending path"),
        Column.number("moved_to_indopacom_share", "fraction", 2,
            "share of the movable US pool's personnel sent to INDOPACOM"),
        Column.count("moved_personnel", "personnel", "US personnel moved"),
        Column.text("units_moved", "the pool's elements moved, in part with the percentage"),
        Column.number("european_brigades_in_baltic", "brigades", 2,
            "Europe's new brigades fighting in the Baltic by the hold day"),
        Column.number(hold, "probability", 3, "chance neither Tallinn nor Riga has fallen by "
            + "the end of day " + setting.baltic().holdDay()),
        Column.number("taiwan_invasion_defeated", "probability", 3,
            "chance the invasion of Taiwan is defeated by the end of day "
                + setting.taiwan().day()),
        Column.text("on_frontier", "yes when no other share is at least as good in both "
            + "theatres and better in one"));
    EuropeanBrigades europe = frontier.europe();
    for (Frontier.Point p : frontier.points()) {
      table.row(europe.year(), europe.path(), p.allocation().share(),
          Math.round(p.allocation().personnel(setting.pool())),
          p.allocation().describe(setting.pool()), europe.inBaltic(), p.baltic(), p.taiwan(),
          p.efficient() ? "yes" : "no");
    }
    if (europe.extraSpending() <= 0) {
      table.notes("Europe's path adds no spending above its allies' shares of the latest year "
          + "by " + europe.year() + ", so it fields no new brigades.");
    }
    return table.notes(String.format(Locale.ROOT, "Europe on %s: %.0f%% of the %s force paid "
        + "for by %d (%.1f heavy and %.1f light brigades fielded), %.2f brigades in the Baltic, "
        + "stationed against today's posture.",
        europe.path(), 100 * europe.fundedShare(), setting.europe().force(), europe.year(),
        europe.heavy(), europe.light(), europe.inBaltic()),
        "The pool moves in its order (docs/division-of-labour.md): air, naval and long-range "
            + "fires first, the ground units last; moved_personnel counts the share of "
            + setting.personnel() + " US personnel.")
        .sources(setting.sources());
  }
}
