package dev.bulwark.answers.posture;

import dev.bulwark.answers.AnswerContext;
import dev.bulwark.answers.AnswersException;
import dev.bulwark.answers.forces.ReplacementFunction;
import dev.bulwark.answers.question.Arguments;
import dev.bulwark.answers.question.Param;
import dev.bulwark.answers.question.ParamTypes;
import dev.bulwark.answers.question.Question;
import dev.bulwark.answers.question.Spec;
import dev.bulwark.answers.table.Column;
import dev.bulwark.answers.table.Table;
import dev.bulwark.forces.replacement.ForceScenarios;
import dev.bulwark.posture.campaign.CampaignFunction;
import dev.bulwark.posture.campaign.Parameter;
import dev.bulwark.posture.campaign.StraitFunction;
import dev.bulwark.posture.sensitivity.SampledModel;
import dev.bulwark.posture.sensitivity.SobolAnalysis;
import dev.bulwark.posture.sensitivity.SobolIndex;
import dev.bulwark.posture.sweep.SweepEngine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Global sensitivity of a model's answer over every uncertain input at once, where the tornado
 * moves one at a time: Sobol' first-order and total-effect indices, by Saltelli's sampling
 * scheme (N base rows, N × (k + 2) model runs for k inputs) with 95% bootstrap intervals. The
 * models: a land theatre's campaign for a posture (the hours until the first objective falls,
 * or whether the defence holds a day: {@link CampaignFunction}), the Taiwan Strait's for a
 * posture (whether the invasion is defeated by a day: {@link StraitFunction}), and, under the
 * name {@value #REPLACE} in the theatre's place, the replacement model's cost over its horizon
 * for a study's scenario ({@link ReplacementFunction}). Method: docs/sensitivity.md.
 */
public final class SensitivityQuestion implements Question<SensitivityQuestion.Request> {

  /** The word that, in the theatre's place, asks for the replacement model. */
  public static final String REPLACE = "replace";

  /** What the indices apportion; each output fits one kind of model. */
  public enum Output {
    /** A land theatre: the hours until the first objective falls, the horizon where it holds. */
    HOURS,
    /** A land theatre: 1 when the defence holds until the end of the day, else 0. */
    HOLDS,
    /** The Taiwan Strait: 1 when the invasion is defeated by the end of the day, else 0. */
    DEFEATED,
    /** The replacement: its cost over the horizon, millions of the scenario's currency. */
    COST;

    /** Its word on the command line. */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * The request.
   *
   * @param theatre the theatre's id, or {@value #REPLACE}
   * @param posture the posture's id in a theatre; empty for the replacement
   * @param scenario the bundled scenario's id for the replacement; empty in a theatre
   * @param output what the indices apportion
   * @param day the day the defence must hold until, or the invasion be defeated by
   * @param horizon days each run of a theatre's model covers, or the replacement's years
   * @param samples the base rows N
   * @param resamples the bootstrap resamples
   * @param seed the seed of the sweep's streams
   * @param threads threads, or empty for every core (the answer does not depend on it)
   * @param engine where the model runs: {@code local}, or {@code spark} from its module
   * @param master the Spark master URL, or empty for spark-submit's configuration
   */
  public record Request(String theatre, Optional<String> posture, Optional<String> scenario,
      Output output, int day, int horizon, int samples, int resamples, long seed,
      Optional<Integer> threads, String engine, Optional<String> master) {

    /** Returns the model the request analyses, serializable as its recipe. */
    public SampledModel model() {
      return switch (output) {
        case COST -> ReplacementFunction.bundled(scenario.orElseThrow(), horizon);
        case DEFEATED -> StraitFunction.bundled(theatre, posture.orElseThrow(), horizon, day);
        default -> CampaignFunction.bundled(theatre, posture.orElseThrow(), horizon,
            output == Output.HOURS ? CampaignFunction.Output.HOURS
                : CampaignFunction.Output.HOLDS, day);
      };
    }
  }

  private static final String COMMAND = "sensitivity";

  static final Param<String> SCENARIO = Param.optional("scenario", ParamTypes.choice(
      ForceScenarios.BUNDLED.toArray(String[]::new)), "With replace: the study's force whose "
          + "cost is analysed (default: " + ForceScenarios.BUNDLED.get(0) + "); given without "
          + "a theatre, it implies replace.",
      ForceScenarios.BUNDLED.get(1));
  static final Param<String> OUTPUT = Param.optional("output", ParamTypes.choice(
      List.of(Output.values()).stream().map(Output::id).toArray(String[]::new)),
      "What the indices apportion (default: the first that fits). In a land theatre: hours "
          + "until the first objective falls (the horizon where it holds), or holds (1 when "
          + "the defence holds until --day, else 0); in the Taiwan Strait: defeated (1 when "
          + "the invasion is defeated by --day, else 0); with replace: cost (over the "
          + "horizon).", "holds");
  static final Param<Integer> DAY = Param.optional("day", ParamTypes.integer("DAY", 1, 365),
      "For holds and defeated: the day, within the horizon (default: 14 for holds, the "
          + "horizon for defeated); the hours output does not read it.", "28");
  static final Param<Integer> HORIZON = Param.optional("horizon", ParamTypes.integer("N", 1,
      365), "In a theatre, days each model run covers (default 30); with replace, the years "
          + "the replacement runs (1-60, default: the scenario's, 25 for iiss-2025 and 10 for "
          + "bruegel-2025).", "14");
  static final Param<Integer> SAMPLES = Param.of("samples", ParamTypes.integer("N", 64,
      10_000_000), "20000", "Base rows N of Saltelli's scheme; the model runs N x (k + 2) "
          + "times for k parameters.", "4096");
  static final Param<Integer> RESAMPLES = Param.of("resamples", ParamTypes.integer("R", 10,
      10_000), "100", "Bootstrap resamples for the 95% intervals.", "50");

  private static final int DEFAULT_DAYS = 30;
  private static final int DEFAULT_HOLD_DAY = 14;
  private static final int MAX_YEARS = 60;

  /**
   * What needs the bundled theatres (their ids name the default and the choices), read when the
   * sensitivity question is first asked or its help shown, not when the registry is made: a
   * command line for another question starts without reading the theatre files.
   */
  static final class Catalogued {

    static final Param<String> THEATRE = Param.of("theatre", ParamTypes.of("THEATRE|replace",
        "string", String.join(", ", subjects()), (field, text, context) -> subjects().stream()
            .filter(s -> s.equalsIgnoreCase(text)).findFirst().orElseThrow(() ->
                AnswersException.badInput(field, text, "unknown theatre '" + text
                    + "': expected one of " + subjects(), subjects(), null))),
        CampaignCatalogue.theatreIds().get(0), "The theatre whose campaign model is analysed, or "
            + "'replace' for the replacement model's cost (with --scenario).",
        CampaignCatalogue.theatreIds().get(0)).asPositional();

    static final Spec SPEC = new Spec(COMMAND, "/api/sensitivity",
        "Which uncertain inputs drive a model's answer, all varied at once",
        List.of(
            "Apportions the variance of a model's answer among its uncertain inputs, all drawn",
            "at once (Sobol' indices): the first-order index is the share an input explains",
            "alone, the total-effect index the share it explains with all its interactions.",
            "THEATRE is a theatre (its campaign model for --posture: in the Baltic the hours to",
            "the first objective or whether the defence holds --day; in the Taiwan Strait",
            "whether the invasion is defeated by --day) or the word replace (the replacement",
            "model's cost over its horizon for --scenario, which alone implies replace, against",
            "its uncertain costs and ramps). Estimated by Saltelli's sampling scheme (N base",
            "rows, N x (k + 2) model runs) with 95% bootstrap intervals; rows sorted by total",
            "effect. The same --seed gives the same answer on any number of --threads. Method",
            "and its check on the Ishigami function: docs/sensitivity.md."),
        List.of("bulwark sensitivity baltic --samples 4096",
            "bulwark sensitivity baltic --posture baltic-rand-7-brigades --output holds --day 28",
            "bulwark sensitivity taiwan --posture taiwan-2026 --samples 2048",
            "bulwark sensitivity replace --scenario bruegel-2025 --samples 4096",
            "bulwark sensitivity baltic --format csv > sobol.csv"),
        List.of(THEATRE, CampaignQuestion.Catalogued.POSTURE, SCENARIO, OUTPUT, DAY, HORIZON,
            SAMPLES, RESAMPLES, CampaignQuestion.SEED, CampaignQuestion.THREADS,
            SweepParams.ENGINE, SweepParams.MASTER));

    private Catalogued() {
    }
  }

  /** The theatres' ids, then {@value #REPLACE}. */
  private static List<String> subjects() {
    List<String> subjects = new ArrayList<>(CampaignCatalogue.theatreIds());
    subjects.add(REPLACE);
    return subjects;
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
    boolean replace = arguments.given(SCENARIO) && !arguments.given(Catalogued.THEATRE)
        || arguments.value(Catalogued.THEATRE).equals(REPLACE);
    String theatre = replace ? REPLACE : arguments.value(Catalogued.THEATRE);
    List<Output> fitting = replace ? List.of(Output.COST)
        : CampaignCatalogue.theatre(theatre).amphibious() ? List.of(Output.DEFEATED)
        : List.of(Output.HOURS, Output.HOLDS);
    Output output = arguments.optional(OUTPUT).map(o -> Output.valueOf(o.toUpperCase(
        Locale.ROOT))).orElse(fitting.get(0));
    if (!fitting.contains(output)) {
      List<String> known = fitting.stream().map(Output::id).toList();
      throw AnswersException.badInput("output", output.id(), "--output " + output.id()
          + " does not fit " + theatre + ": expected one of " + known, known, null);
    }
    refuse(arguments, CampaignQuestion.Catalogued.POSTURE, replace, "a theatre's");
    refuse(arguments, SCENARIO, !replace, "the replacement's (sensitivity replace)");
    refuse(arguments, DAY, replace, "a theatre's");
    Optional<String> posture = replace ? Optional.empty() : Optional.of(arguments.optional(
        CampaignQuestion.Catalogued.POSTURE).orElseGet(() -> CampaignCatalogue.postureIds(
            theatre).get(0)));
    posture.ifPresent(p -> CampaignCatalogue.posture(theatre, p));
    Optional<String> scenario = replace ? Optional.of(arguments.optional(SCENARIO)
        .orElse(ForceScenarios.BUNDLED.get(0))) : Optional.empty();
    int horizon = arguments.optional(HORIZON).orElseGet(() -> scenario.map(s ->
        ForceScenarios.bundled(s).horizonYears()).orElse(DEFAULT_DAYS));
    if (replace && horizon > MAX_YEARS) {
      throw AnswersException.badInput("horizon", String.valueOf(horizon), "with replace, "
          + "--horizon is the replacement's years: 1 to " + MAX_YEARS + ", was " + horizon);
    }
    int day = arguments.optional(DAY).orElse(output == Output.HOLDS ? DEFAULT_HOLD_DAY
        : horizon);
    return new Request(theatre, posture, scenario, output, day, horizon,
        arguments.value(SAMPLES), arguments.value(RESAMPLES),
        arguments.value(CampaignQuestion.SEED), arguments.optional(CampaignQuestion.THREADS),
        arguments.value(SweepParams.ENGINE), arguments.optional(SweepParams.MASTER));
  }

  /** Refuses a parameter given where it does not fit, naming what it belongs to. */
  private static void refuse(Arguments arguments, Param<?> param, boolean misplaced,
      String whose) {
    if (misplaced && arguments.given(param)) {
      throw AnswersException.badInput(param.name(), null, "--" + param.name() + " is "
          + whose + " parameter: leave it out here");
    }
  }

  @Override
  public Table answer(Request request, AnswerContext context) {
    SampledModel model = request.model();
    SobolAnalysis analysis = SobolAnalysis.run(model, request.samples(), request.resamples(),
        request.seed(), SweepEngine.named(request.engine(), request.master(), request.threads()),
        context.progress());
    SensitivityTables.Described described = SensitivityTables.describe(request, model);
    Table table = Table.of(Column.text("parameter", "the uncertain input's name"),
        Column.text("symbol", "its symbol in " + described.document()),
        index("first_order", "S_i, the share of the variance the parameter explains alone"),
        index("first_order_low", "lower end of the 95% bootstrap interval of S_i"),
        index("first_order_high", "upper end of the 95% bootstrap interval of S_i"),
        index("total_effect", "S_Ti, the share it explains with all its interactions"),
        index("total_effect_low", "lower end of the 95% bootstrap interval of S_Ti"),
        index("total_effect_high", "upper end of the 95% bootstrap interval of S_Ti"));
    List<SobolIndex> sorted = analysis.indices().stream()
        .sorted(Comparator.comparingDouble(SobolIndex::total).reversed()).toList();
    for (SobolIndex s : sorted) {
      table.row(s.input(), symbol(request, s.input()), finite(s.first()),
          finite(s.first() - s.firstHalfWidth()), finite(s.first() + s.firstHalfWidth()),
          finite(s.total()), finite(s.total() - s.totalHalfWidth()),
          finite(s.total() + s.totalHalfWidth()));
    }
    double firsts = analysis.indices().stream().mapToDouble(SobolIndex::first).sum();
    table.notes("Output: " + described.output() + "; mean " + String.format(Locale.ROOT,
        "%.3f", analysis.mean()) + ", variance " + String.format(Locale.ROOT, "%.3f",
            analysis.variance()) + ".",
        analysis.variance() == 0 ? "The output does not vary with the parameters (every run "
            + "gives the same answer), so no share can be apportioned: the indices are empty."
            : firsts >= 1 ? String.format(Locale.ROOT, "The first-order indices add up to %.2f:"
                + " the output is additive within the estimates' error.", firsts)
            : String.format(Locale.ROOT, "The first-order indices add up to %.2f; the rest of the"
                + " variance, %.2f, is due to interactions between parameters.", firsts,
                1 - firsts),
        request.samples() + " base rows x (" + analysis.indices().size() + " + 2) = "
            + (long) request.samples() * (analysis.indices().size() + 2) + " model runs, "
            + analysis.resamples() + " bootstrap resamples, seed " + request.seed() + ", "
            + described.version() + ".");
    table.query("theatre", request.theatre());
    request.posture().ifPresent(p -> table.query("posture", p));
    request.scenario().ifPresent(s -> table.query("scenario", s));
    return table.query("output", request.output().id()).query("day", request.day())
        .query("horizon", request.horizon()).query("samples", request.samples())
        .query("resamples", request.resamples()).query("seed", request.seed())
        .query("engine", request.engine())
        .sources(List.of(described.version() + " (" + described.document() + "), "
            + request.samples() + " base rows, seed " + request.seed(),
            "Saltelli et al. (2010), Computer Physics Communications 181, 259-270, Table 2 (b);"
                + " Jansen (1999), Computer Physics Communications 117, 35-43"));
  }

  private static String symbol(Request request, String name) {
    if (request.output() == Output.COST) {
      return name;
    }
    return CampaignCatalogue.theatre(request.theatre()).parameters().stream()
        .filter(p -> p.name().equals(name)).findFirst().map(Parameter::symbol).orElse(name);
  }

  private static Double finite(double value) {
    return Double.isFinite(value) ? value : null;
  }

  private static Column index(String name, String what) {
    return Column.number(name, "share of variance", 3, what);
  }
}
