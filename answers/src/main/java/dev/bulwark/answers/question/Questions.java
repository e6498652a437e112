package dev.bulwark.answers.question;

import dev.bulwark.answers.AnswerContext;
import dev.bulwark.answers.AnswersException;
import dev.bulwark.answers.aid.AidQuestion;
import dev.bulwark.answers.burden.ExploitationQuestion;
import dev.bulwark.answers.burden.FairShareQuestion;
import dev.bulwark.answers.burden.GapQuestion;
import dev.bulwark.answers.burden.PathQuestion;
import dev.bulwark.answers.burden.SpendingQuestion;
import dev.bulwark.answers.division.DivisionQuestion;
import dev.bulwark.answers.forces.ReplaceQuestion;
import dev.bulwark.answers.reference.CountriesQuestion;
import dev.bulwark.answers.reference.SourcesQuestion;
import dev.bulwark.answers.guarantees.GuaranteeQuestion;
import dev.bulwark.answers.guarantees.PlacesQuestion;
import dev.bulwark.answers.guarantees.TreatiesQuestion;
import dev.bulwark.answers.guarantees.UmbrellaQuestion;
import dev.bulwark.answers.posture.CampaignQuestion;
import dev.bulwark.answers.posture.PostureQuestion;
import dev.bulwark.answers.posture.PosturesQuestion;
import dev.bulwark.answers.posture.SensitivityQuestion;
import dev.bulwark.answers.scenario.ScenarioQuestion;
import dev.bulwark.answers.table.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The registry of questions: every question Bulwark answers, in the order help and the API
 * document list them. The command line's commands, the server's routes and the OpenAPI document
 * are made from it, so a command and its endpoint cannot differ.
 */
public final class Questions {

  private final List<Question<?>> all;

  private Questions(List<Question<?>> all) {
    for (Question<?> q : all) {
      if (all.stream().filter(o -> o.command().equals(q.command())).count() > 1) {
        throw new IllegalArgumentException("two questions share the command " + q.command());
      }
    }
    this.all = List.copyOf(all);
  }

  /** Returns every question Bulwark answers. */
  public static Questions bundled() {
    return new Questions(List.of(
        new SpendingQuestion(),
        new GapQuestion(),
        new PathQuestion(),
        new FairShareQuestion(),
        new ExploitationQuestion(),
        new AidQuestion(),
        new CountriesQuestion(),
        new SourcesQuestion(),
        new GuaranteeQuestion(),
        new UmbrellaQuestion(),
        new TreatiesQuestion(),
        new PlacesQuestion(),
        new PostureQuestion(),
        new PosturesQuestion(),
        new CampaignQuestion(),
        new SensitivityQuestion(),
        new ReplaceQuestion(),
        new DivisionQuestion(),
        new ScenarioQuestion()));
  }

  /** Returns these questions and one more. */
  public Questions with(Question<?> question) {
    List<Question<?>> more = new ArrayList<>(all);
    more.add(question);
    return new Questions(more);
  }

  /** Returns the questions whose command starts with this word ({@code "scenario"}). */
  public List<Question<?>> under(String word) {
    return all.stream().filter(q -> q.command().split(" ")[0].equals(word)).toList();
  }

  /** Returns every question, in order. */
  public List<Question<?>> all() {
    return all;
  }

  /** Returns the question a command names ({@code "spending"}, {@code "scenario run"}). */
  public Question<?> named(String command) {
    return all.stream().filter(q -> q.command().equals(command)).findFirst()
        .orElseThrow(() -> AnswersException.badInput("question", command, "unknown question '"
            + command + "': expected one of " + all.stream().map(Question::command).toList()));
  }

  /**
   * Reads and checks a request for a question: the step both adapters take before answering.
   *
   * @throws AnswersException when a parameter is unknown or refused
   */
  public static <R extends Record> Asked<R> ask(Question<R> question,
      Map<String, List<String>> given, AnswerContext context) {
    return new Asked<>(question, question.request(Arguments.of(question.spec(), given, context)));
  }

  /**
   * A question with its request read and checked, every default resolved.
   *
   * @param question the question
   * @param request the request
   * @param <R> the request type
   */
  public record Asked<R extends Record>(Question<R> question, R request) {

    /** Returns the key of this request: equal keys give equal answers on one context. */
    public String key() {
      return question.spec().command() + " " + request;
    }

    /** Answers the request. */
    public Table answer(AnswerContext context) {
      return question.answer(request, context);
    }
  }
}
