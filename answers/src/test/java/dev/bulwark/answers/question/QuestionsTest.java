package dev.bulwark.answers.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.answers.AnswerContext;
import dev.bulwark.answers.Asking;
import dev.bulwark.answers.table.Column;
import dev.bulwark.answers.table.Table;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The registry: every question is well formed, and adding one is one class and one line. */
final class QuestionsTest {

  /** A question made for this test: it echoes a state's name. */
  static final class EchoQuestion implements Question<EchoQuestion.Request> {

    record Request(String state) {}

    static final Param<String> STATE = Param.required("state", ParamTypes.country(),
        "The state.", "POL");

    @Override
    public Spec spec() {
      return new Spec("echo", "/api/echo", "Echoes a state", List.of("Echoes a state."),
          List.of("bulwark echo --state POL"), List.of(STATE));
    }

    @Override
    public Request request(Arguments arguments) {
      return new Request(arguments.value(STATE));
    }

    @Override
    public Table answer(Request request, AnswerContext context) {
      return Table.of(Column.text("iso3", "the state")).row(request.state());
    }
  }

  static Stream<Question<?>> questions() {
    return Questions.bundled().all().stream();
  }

  static Stream<Object[]> parameters() {
    return questions().flatMap(q -> q.spec().params().stream()
        .map(p -> new Object[] {q.spec().command(), p.name()}));
  }

  @Test
  void aQuestionAddedWithOneLineIsAskedLikeEveryOther() {
    Questions more = Questions.bundled().with(new EchoQuestion());

    Table answer = Questions.ask(more.named("echo"), Asking.given("state", "Poland"),
        Asking.CONTEXT).answer(Asking.CONTEXT);

    assertThat(answer.records()).containsExactly(Map.of("iso3", "POL"));
  }

  @Test
  void twoQuestionsCannotShareACommand() {
    assertThatThrownBy(() -> Questions.bundled().with(new EchoQuestion())
        .with(new EchoQuestion())).hasMessageContaining("echo");
  }

  @ParameterizedTest
  @MethodSource("questions")
  void everyQuestionHasExamplesAndAnswersWithItsDefaults(Question<?> question) {
    assertThat(question.spec().examples()).isNotEmpty();
    if (question.spec().params().stream().noneMatch(Param::required)
        && !question.spec().command().equals("campaign")) {
      assertThat(Asking.ask(question).columns()).isNotEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("parameters")
  void everyParametersExampleIsAValueItAccepts(String command, String name) {
    Question<?> question = Questions.bundled().named(command);
    Param<?> param = question.spec().params().stream().filter(p -> p.name().equals(name))
        .findFirst().orElseThrow();
    Arguments arguments = Arguments.of(question.spec(), Asking.given(name, param.example()),
        Asking.CONTEXT);

    if (!name.equals("scenario")) {
      List<?> values = param.repeatable() ? arguments.values(param)
          : arguments.optional(param).stream().toList();
      assertThat(values).as("%s --%s %s", command, name, param.example()).hasSize(1);
    }
  }
}
