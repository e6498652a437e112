package dev.bulwark.report.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.answers.AnswerContext;
import dev.bulwark.answers.division.DivisionQuestion;
import dev.bulwark.answers.question.Questions;
import dev.bulwark.answers.scenario.ScenarioLibrary;
import dev.bulwark.answers.table.Table;
import dev.bulwark.data.Ledger;
import dev.bulwark.report.brief.Brief;
import dev.bulwark.report.brief.Paragraph;
import dev.bulwark.report.brief.ScatterChart;
import dev.bulwark.report.brief.Section;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The brief's lead section: the division question's answers as the question gives them, and
 * its frontier as the chart's points.
 */
final class DivisionSectionTest {

  private static final Ledger LEDGER = Ledger.embedded();
  private static final Brief BRIEF = BurdenBrief.withDefaults().compose(LEDGER).brief();
  private static final Section SECTION = BRIEF.sections().get(0);

  private static Table asked(String show) {
    AnswerContext context = AnswerContext.of(() -> LEDGER, Clock.systemUTC(),
        ScenarioLibrary.NONE);
    DivisionQuestion question = new DivisionQuestion();
    return Questions.ask(question, Map.of("year", List.of("2030"), "runs", List.of("10000"),
        "steps", List.of("20"), "show", List.of(show)), context).answer(context);
  }

  @Test
  void theLeadIsTheDivisionOfLabourWithTheQuestionsNamedAnswers() {
    assertThat(SECTION.id()).isEqualTo(DivisionSection.ID);
    String text = String.join(" ", SECTION.blocks().stream().filter(Paragraph.class::isInstance)
        .map(b -> ((Paragraph) b).text()).toList());
    for (Map<String, Object> answer : asked("answers").records()) {
      assertThat(text).contains((String) answer.get("statement"));
    }
  }

  @Test
  void theChartHasOnePointPerShareAtTheFrontiersChances() {
    ScatterChart chart = SECTION.blocks().stream().filter(ScatterChart.class::isInstance)
        .map(ScatterChart.class::cast).findFirst().orElseThrow();
    List<Map<String, Object>> frontier = asked("frontier").records();
    assertThat(chart.points()).hasSize(21);
    assertThat(chart.points().get(0).label()).isEqualTo("0%");
    assertThat(chart.points().get(20).label()).isEqualTo("100%");
    for (int j = 0; j < frontier.size(); j++) {
      assertThat(chart.points().get(j).x()).isEqualTo(Wording.rounded(100 * ((Number) frontier
          .get(j).get("baltic_holds_28d")).doubleValue(), 1));
      assertThat(chart.points().get(j).y()).isEqualTo(Wording.rounded(100 * ((Number) frontier
          .get(j).get("taiwan_invasion_defeated")).doubleValue(), 1));
    }
  }
}
