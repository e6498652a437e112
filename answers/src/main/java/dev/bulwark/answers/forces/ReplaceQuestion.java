package dev.bulwark.answers.forces;

import dev.bulwark.answers.AnswerContext;
import dev.bulwark.answers.question.Arguments;
import dev.bulwark.answers.question.Param;
import dev.bulwark.answers.question.ParamTypes;
import dev.bulwark.answers.question.Question;
import dev.bulwark.answers.question.Spec;
import dev.bulwark.answers.table.Table;
import dev.bulwark.forces.catalogue.Catalogue;
import dev.bulwark.forces.replacement.ForceScenario;
import dev.bulwark.forces.replacement.ForceScenarios;
import dev.bulwark.forces.replacement.ReplacementModel;
import dev.bulwark.forces.replacement.ReplacementSimulation;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What it costs Europe to replace US forces, and whether a spending path pays for it: the
 * {@link ReplacementModel} of a scenario (a study's force, or a user's file) year by year with
 * its Monte Carlo spread, set beside Europe's extra spending on a path to a target share of GDP
 * ({@link PathFunding}); or the tornado, each ally's part, the study's published totals beside
 * Bulwark's, the scenario's units, or the US force list. Model and sources:
 * docs/replacement-model.md.
 */
public final class ReplaceQuestion implements Question<ReplaceQuestion.Request> {

  /** The table a request asks for. */
  public enum Show { YEARS, TORNADO, ALLIES, HEADLINES, UNITS, CONTRIBUTION }

  /**
   * The request.
   *
   * @param scenarioId the scenario as named (a bundled id or a file name)
   * @param scenario the scenario
   * @param pathTargetPct the target share of GDP of the path, percent
   * @param by the year the path reaches it
   * @param horizon years the model runs
   * @param runs Monte Carlo runs
   * @param seed the seed of the random streams
   * @param threads threads, or empty for every core (the answer does not depend on it)
   * @param show the table asked for
   */
  public record Request(String scenarioId, ForceScenario scenario, double pathTargetPct, int by,
      int horizon, int runs, long seed, Optional<Integer> threads, Show show) {}

  static final Param<ForceScenario> SCENARIO = Param.of("scenario", ParamTypes.of(
      "iiss-2025|bruegel-2025|FILE", "string", "iiss-2025, bruegel-2025 or a scenario file "
          + "(command line only)", (field, text, context) -> ForceScenarios.BUNDLED.contains(text)
          ? ForceScenarios.bundled(text) : ParamTypes.guarded(field, text,
              t -> ForceScenarios.read(t, context.scenarios().fileText(field, t)))),
      "iiss-2025", "The force that replaces the US contribution: a bundled study's, or a "
          + "scenario file (docs/replacement-model.md, Scenario files).", "bruegel-2025");
  static final Param<Double> PATH_TARGET = Param.of("path-target", ParamTypes.above("PERCENT",
      0, 100), "3.5", "The path's target share of GDP in percent (the Hague: 3.5 by 2035).",
      "5");
  static final Param<Integer> BY = Param.of("by", ParamTypes.year(), "2035",
      "The year the path reaches its target.", "2030");
  static final Param<Integer> HORIZON = Param.optional("horizon", ParamTypes.integer("YEARS", 1,
      60), "Years the model runs (default: the scenario's; 25 for iiss-2025, 10 for "
          + "bruegel-2025).", "15");
  static final Param<Integer> RUNS = Param.of("runs", ParamTypes.integer("N", 1,
      ReplacementSimulation.MAX_RUNS), "2000", "Monte Carlo runs over the uncertain costs and "
          + "ramps.", "500");
  static final Param<Long> SEED = Param.of("seed", ParamTypes.seed(), "1253",
      "Seed of the random streams.", "7");
  static final Param<Integer> THREADS = Param.optional("threads", ParamTypes.integer("N", 1,
      256), "Threads (default: all cores); the answer does not depend on it.", "1");
  static final Param<String> SHOW = Param.of("show", ParamTypes.choice("years", "tornado",
      "allies", "headlines", "units", "contribution"), "years", "The table to answer.",
      "tornado");

  private static final Spec SPEC = new Spec("replace", "/api/replace",
      "What replacing US forces costs Europe, and whether a path pays for it",
      List.of(
          "Prices a force that replaces the US contribution in Europe from Bulwark's costed",
          "force catalogue: each unit's acquisition paid over its lead time, deliveries limited",
          "by the industry's ramp, running costs from the year after delivery. One row a year:",
          "cost, cumulative cost with its 5-95% Monte Carlo band, personnel added, the share of",
          "the US contribution replaced, and Europe's extra spending on a path to",
          "--path-target % of GDP by --by (the Hague's 3.5% by 2035) beside it. Scenarios:",
          "iiss-2025 (IISS, May 2025: about US$ 1 trillion over 25 years) and bruegel-2025",
          "(Kiel/Bruegel, February 2025: about EUR 250 bn a year), or your own file.",
          "--show tornado|allies|headlines|units|contribution for the other tables. Model,",
          "catalogue sources and reproductions: docs/replacement-model.md."),
      List.of("bulwark replace --scenario iiss-2025",
          "bulwark replace --scenario bruegel-2025 --format csv > bruegel-years.csv",
          "bulwark replace --scenario iiss-2025 --show tornado --runs 500",
          "bulwark replace --scenario bruegel-2025 --show allies --path-target 5 --by 2035",
          "bulwark replace --scenario iiss-2025 --show headlines"),
      List.of(SCENARIO, PATH_TARGET, BY, HORIZON, RUNS, SEED, THREADS, SHOW));

  @Override
  public Spec spec() {
    return SPEC;
  }

  @Override
  public Request request(Arguments arguments) {
    ForceScenario scenario = arguments.value(SCENARIO);
    return new Request(scenario.id(), scenario, arguments.value(PATH_TARGET),
        arguments.value(BY), arguments.optional(HORIZON).orElse(scenario.horizonYears()),
        arguments.value(RUNS), arguments.value(SEED), arguments.optional(THREADS),
        Show.valueOf(arguments.value(SHOW).toUpperCase(Locale.ROOT)));
  }

  @Override
  public Table answer(Request request, AnswerContext context) {
    ReplacementModel model = ReplacementModel.of(request.scenario(), Catalogue.bundled(),
        request.horizon());
    ReplaceTables tables = new ReplaceTables(model, context);
    Table table = switch (request.show()) {
      case YEARS -> tables.years(simulation(request).run(model), funding(request, model,
          context));
      case TORNADO -> tables.tornado();
      case ALLIES -> tables.allies(funding(request, model, context));
      case HEADLINES -> tables.headlines();
      case UNITS -> tables.units();
      case CONTRIBUTION -> tables.contribution();
    };
    return table.query("scenario", request.scenarioId()).query("path-target",
        request.pathTargetPct()).query("by", request.by()).query("horizon", request.horizon())
        .query("runs", request.runs()).query("seed", request.seed())
        .query("show", request.show().name().toLowerCase(Locale.ROOT));
  }

  private static ReplacementSimulation simulation(Request request) {
    ReplacementSimulation simulation = ReplacementSimulation.withDefaults()
        .withRuns(request.runs()).withSeed(request.seed());
    return request.threads().map(simulation::withThreads).orElse(simulation);
  }

  /** Projects the path a request names and sets it beside the model. */
  static PathFunding funding(Request request, ReplacementModel model, AnswerContext context) {
    return PathFunding.project(request.pathTargetPct(), request.by(), model, context);
  }
}
