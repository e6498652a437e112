package dev.bulwark.answers.scenario;

import dev.bulwark.answers.AnswerContext;
import dev.bulwark.answers.burden.BurdenParams;
import dev.bulwark.answers.question.Arguments;
import dev.bulwark.answers.question.Param;
import dev.bulwark.answers.question.ParamTypes;
import dev.bulwark.answers.question.Question;
import dev.bulwark.answers.question.Spec;
import dev.bulwark.answers.table.Table;
import dev.bulwark.burden.figures.SpendingSource;
import dev.bulwark.posture.scenario.Scenario;
import java.util.List;
import java.util.Optional;

/** Applies a scenario and lists every figure that changed ({@link ScenarioApplication}). */
public final class ScenarioQuestion implements Question<ScenarioQuestion.Request> {

  /**
   * The request.
   *
   * @param scenario the scenario
   * @param alliance the alliance whose paths spending changes move
   * @param source the forced source of those paths, or empty for auto
   */
  public record Request(Scenario scenario, String alliance, Optional<SpendingSource> source) {}

  static final Param<Scenario> SCENARIO = Param.required("scenario", ParamTypes.of("FILE",
      "string", "a scenario file (command line) or a saved scenario's id (API)",
      (field, text, context) -> context.scenarios().find(text)),
      "The scenario: a YAML file on the command line (a relative one not found in the working "
          + "directory is looked for in its parents), a saved scenario's id in the API.",
      "docs/scenarios/europe-to-indo-pacific.yaml").asPositional();

  private static final Spec SPEC = new Spec("scenario run", "/api/scenario/run",
      "The figures a scenario changes",
      List.of(
          "Applies the scenario and prints one row per figure that changed: posture (each",
          "place's and command's active duty, the reconciled figures), spending (the ally's",
          "share of GDP and spending in the target year and the growth it needs, against the",
          "3.5% by 2035 path), guarantees (each protected state's guarantors and their",
          "spending once the withdrawals take effect), and the order-of-battle edits it carries",
          "for the campaign model (in the Baltic, hours to each objective, the share of runs",
          "reaching them and the chance the defence holds 7 and 28 days; in the Taiwan Strait,",
          "the share of runs in which the invasion is defeated, stalls or takes Taipei after the",
          "strait block's launchers, ships, aircraft and moves from EUCOM; 20,000 runs, seed",
          "1253, before and after)."),
      List.of("bulwark scenario run docs/scenarios/europe-to-indo-pacific.yaml",
          "bulwark scenario run docs/scenarios/baltic-reinforced.yaml --format csv > changes.csv",
          "bulwark scenario run docs/scenarios/taiwan-long-range-strike.yaml"),
      List.of(SCENARIO, BurdenParams.ALLIANCE, BurdenParams.SOURCE));

  @Override
  public Spec spec() {
    return SPEC;
  }

  @Override
  public Request request(Arguments arguments) {
    return new Request(arguments.value(SCENARIO), arguments.value(BurdenParams.ALLIANCE),
        arguments.value(BurdenParams.SOURCE));
  }

  @Override
  public Table answer(Request request, AnswerContext context) {
    return new ScenarioApplication(context, request.alliance(), request.source())
        .apply(request.scenario());
  }
}
