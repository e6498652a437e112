package dev.bulwark.answers.posture;

import dev.bulwark.answers.AnswerContext;
import dev.bulwark.answers.question.Arguments;
import dev.bulwark.answers.question.Param;
import dev.bulwark.answers.question.ParamTypes;
import dev.bulwark.answers.question.Question;
import dev.bulwark.answers.question.Spec;
import dev.bulwark.answers.table.Column;
import dev.bulwark.answers.table.Table;
import dev.bulwark.posture.campaign.CampaignFunction;
import dev.bulwark.posture.campaign.CampaignModel;
import dev.bulwark.posture.campaign.Parameter;
import dev.bulwark.posture.campaign.Theatre;
import dev.bulwark.posture.sensitivity.SobolAnalysis;
import dev.bulwark.posture.sensitivity.SobolIndex;
import dev.bulwark.posture.sweep.SweepEngine;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Global sensitivity of a theatre's campaign model: Sobol' first-order and total-effect indices
 * of its answer for a posture (the hours until the first objective falls, or whether the defence
 * holds a day) over every uncertain parameter at once, where the tornado moves one parameter at
 * a time. Saltelli's sampling scheme with N base rows costs N × (k + 2) model runs for k
 * parameters; the indices carry 95% bootstrap intervals. Method: docs/sensitivity.md.
 */
public final class SensitivityQuestion implements Question<SensitivityQuestion.Request> {

  /**
   * The request.
   *
   * @param theatre the theatre's id
   * @param posture the posture's id
   * @param output what the indices apportion: hours to the first objective, or holding the day
   * @param day the day the defence must hold until (for the holds output)
   * @param horizonDays days each model run covers
   * @param samples the base rows N
   * @param resamples the bootstrap resamples
   * @param seed the seed of the sweep's streams
   * @param threads threads, or empty for every core (the answer does not depend on it)
   * @param engine where the model runs: {@code local}, or {@code spark} from its module
   * @param master the Spark master URL, or empty for spark-submit's configuration
   */
  public record Request(String theatre, String posture, CampaignFunction.Output output, int day,
      int horizonDays, int samples, int resamples, long seed, Optional<Integer> threads,
      String engine, Optional<String> master) {
  }

  private static final String COMMAND = "sensitivity";

  static final Param<String> OUTPUT = Param.of("output", ParamTypes.choice("hours", "holds"),
      "hours", "What the indices apportion: the hours until the first objective falls (the "
          + "horizon where it holds), or whether the defence holds until --day (1 or 0).",
      "holds");
  static final Param<Integer> DAY = Param.of("day", ParamTypes.integer("DAY", 1, 365), "14",
      "For --output holds: the day the defence must hold until, within the horizon.", "28");
  static final Param<Integer> SAMPLES = Param.of("samples", ParamTypes.integer("N", 64,
      10_000_000), "20000", "Base rows N of Saltelli's scheme; the model runs N x (k + 2) "
          + "times for k parameters.", "4096");
  static final Param<Integer> RESAMPLES = Param.of("resamples", ParamTypes.integer("R", 10,
      10_000), "100", "Bootstrap resamples for the 95% intervals.", "50");

  static final Param<String> ENGINE = Param.of("engine", ParamTypes.choice(SweepEngine.LOCAL,
      "spark"), SweepEngine.LOCAL, "Where the model runs: this machine's cores, or Apache Spark "
          + "(from the sweeps-spark module's jar under spark-submit; docs/sweeps.md). The answer "
          + "is the same.", SweepEngine.LOCAL);
  static final Param<String> MASTER = Param.optional("master", ParamTypes.of("URL", "string",
      "a Spark master URL such as local[2] or spark://host:7077",
      (field, text, context) -> text), "With --engine spark: the Spark master (default: "
          + "spark-submit's configuration).", "local[2]");

  private static final Spec SPEC = new Spec(COMMAND, "/api/sensitivity",
      "Which uncertain parameters drive a campaign's answer, all varied at once",
      List.of(
          "Apportions the variance of the campaign model's answer for a posture among its",
          "uncertain parameters, all drawn at once (Sobol' indices): the first-order index is",
          "the share a parameter explains alone, the total-effect index the share it explains",
          "with all its interactions. Estimated by Saltelli's sampling scheme (N base rows,",
          "N x (k + 2) model runs) with 95% bootstrap intervals; rows sorted by total effect.",
          "The same --seed gives the same answer on any number of --threads. Method and its",
          "check on the Ishigami function: docs/sensitivity.md."),
      List.of("bulwark sensitivity baltic --samples 4096",
          "bulwark sensitivity baltic --posture baltic-rand-7-brigades --output holds --day 28",
          "bulwark sensitivity baltic --format csv > sobol.csv"),
      List.of(CampaignQuestion.Catalogued.THEATRE, CampaignQuestion.Catalogued.POSTURE, OUTPUT,
          DAY, CampaignQuestion.HORIZON, SAMPLES, RESAMPLES, CampaignQuestion.SEED,
          CampaignQuestion.THREADS, ENGINE, MASTER));

  @Override
  public Spec spec() {
    return SPEC;
  }

  @Override
  public String command() {
    return COMMAND;
  }

  @Override
  public Request request(Arguments arguments) {
    String theatre = arguments.value(CampaignQuestion.Catalogued.THEATRE);
    String posture = arguments.optional(CampaignQuestion.Catalogued.POSTURE)
        .orElseGet(() -> CampaignCatalogue.postureIds(theatre).get(0));
    CampaignCatalogue.posture(theatre, posture);
    return new Request(theatre, posture,
        CampaignFunction.Output.valueOf(arguments.value(OUTPUT).toUpperCase(Locale.ROOT)),
        arguments.value(DAY), arguments.value(CampaignQuestion.HORIZON),
        arguments.value(SAMPLES), arguments.value(RESAMPLES),
        arguments.value(CampaignQuestion.SEED), arguments.optional(CampaignQuestion.THREADS),
        arguments.value(ENGINE), arguments.optional(MASTER));
  }

  @Override
  public Table answer(Request request, AnswerContext context) {
    Theatre theatre = CampaignCatalogue.theatre(request.theatre());
    CampaignFunction model = CampaignFunction.bundled(request.theatre(), request.posture(),
        request.horizonDays(), request.output(), request.day());
    SobolAnalysis analysis = SobolAnalysis.run(model, request.samples(), request.resamples(),
        request.seed(), SweepEngine.named(request.engine(), request.master(), request.threads()),
        context.progress());
    Table table = Table.of(Column.text("parameter", "the parameter's name"),
        Column.text("symbol", "its symbol in docs/campaign-model.md"),
        index("first_order", "S_i, the share of the variance the parameter explains alone"),
        index("first_order_low", "lower end of the 95% bootstrap interval of S_i"),
        index("first_order_high", "upper end of the 95% bootstrap interval of S_i"),
        index("total_effect", "S_Ti, the share it explains with all its interactions"),
        index("total_effect_low", "lower end of the 95% bootstrap interval of S_Ti"),
        index("total_effect_high", "upper end of the 95% bootstrap interval of S_Ti"));
    List<SobolIndex> sorted = analysis.indices().stream()
        .sorted(Comparator.comparingDouble(SobolIndex::total).reversed()).toList();
    for (SobolIndex s : sorted) {
      table.row(s.input(), symbol(theatre, s.input()), finite(s.first()),
          finite(s.first() - s.firstHalfWidth()), finite(s.first() + s.firstHalfWidth()),
          finite(s.total()), finite(s.total() - s.totalHalfWidth()),
          finite(s.total() + s.totalHalfWidth()));
    }
    String output = request.output() == CampaignFunction.Output.HOURS
        ? "the hours until the first objective falls (" + request.horizonDays() * 24
            + " where every objective holds)"
        : "whether the defence holds until the end of day " + request.day() + " (1) or not (0)";
    double firsts = analysis.indices().stream().mapToDouble(SobolIndex::first).sum();
    table.notes("Output: " + output + "; mean " + String.format(Locale.ROOT, "%.3f", analysis.mean())
        + ", variance " + String.format(Locale.ROOT, "%.3f", analysis.variance()) + ".",
        analysis.variance() > 0
            ? String.format(Locale.ROOT, "The first-order indices add up to %.2f; the rest of the"
                + " variance, %.2f, is due to interactions between parameters.", firsts, 1 - firsts)
            : "The output does not vary with the parameters (every run gives the same answer), "
                + "so no share can be apportioned: the indices are empty.",
        request.samples() + " base rows x (" + analysis.indices().size() + " + 2) = "
            + (long) request.samples() * (analysis.indices().size() + 2) + " model runs, "
            + analysis.resamples() + " bootstrap resamples, seed " + request.seed() + ", model "
            + CampaignModel.VERSION + ".");
    return table.query("theatre", request.theatre()).query("posture", request.posture())
        .query("output", request.output().name().toLowerCase(Locale.ROOT))
        .query("day", request.day()).query("horizon", request.horizonDays())
        .query("samples", request.samples()).query("resamples", request.resamples())
        .query("seed", request.seed()).query("engine", request.engine())
        .sources(List.of("campaign model " + CampaignModel.VERSION + " (docs/campaign-model.md), "
            + request.samples() + " base rows, seed " + request.seed(),
            "Saltelli et al. (2010), Computer Physics Communications 181, 259-270, Table 2 (b);"
                + " Jansen (1999), Computer Physics Communications 117, 35-43"));
  }

  private static String symbol(Theatre theatre, String name) {
    return theatre.parameters().stream().filter(p -> p.name().equals(name)).findFirst()
        .map(Parameter::symbol).orElse(name);
  }

  private static Double finite(double value) {
    return Double.isFinite(value) ? value : null;
  }

  private static Column index(String name, String what) {
    return Column.number(name, "share of variance", 3, what);
  }
}
