package dev.bulwark.answers.division;

import static dev.bulwark.answers.Asking.ask;
import static dev.bulwark.answers.Asking.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.answers.Asking;
import dev.bulwark.answers.question.Questions;
import dev.bulwark.answers.table.Table;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The named answers against the frontier and the paths the same request gives: with common
 * random numbers every posture's chance is the same wherever it is run, so an answer's figures
 * must be the frontier's and the paths' to the last digit.
 */
final class DivisionQuestionTest {

  private static final String[] ASKED = {"runs", "4000", "steps", "10", "year", "2030"};

  private static Table asked(String show, String... more) {
    String[] pairs = new String[ASKED.length + 2 + more.length];
    System.arraycopy(ASKED, 0, pairs, 0, ASKED.length);
    pairs[ASKED.length] = "show";
    pairs[ASKED.length + 1] = show;
    System.arraycopy(more, 0, pairs, ASKED.length + 2, more.length);
    return ask(new DivisionQuestion(), pairs);
  }

  private static double number(Map<String, Object> row, String column) {
    return ((Number) row.get(column)).doubleValue();
  }

  private static String pct(double p) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * p);
  }

  @Test
  void whatTheUnitedStatesCanMoveIsTheLargestShareOfTheFrontierThatHolds() {
    List<Map<String, Object>> frontier = asked("frontier").records();
    Map<String, Object> most = frontier.stream()
        .filter(r -> number(r, "baltic_holds_28d") >= 0.75)
        .max(Comparator.comparingDouble(r -> number(r, "moved_to_indopacom_share")))
        .orElseThrow();
    Map<String, Object> answer = row(asked("answers"), "answer", "path-move");

    assertThat(number(answer, "baltic_after")).isEqualTo(number(most, "baltic_holds_28d"));
    assertThat(number(answer, "taiwan_after")).isEqualTo(number(most,
        "taiwan_invasion_defeated"));
    assertThat(number(answer, "baltic_before")).isEqualTo(number(frontier.get(0),
        "baltic_holds_28d"));
    assertThat((String) answer.get("statement")).startsWith("On the Hague path")
        .contains("can move " + pct(number(most, "moved_to_indopacom_share")),
            "(" + pct(number(most, "baltic_holds_28d")), "grid of 10 steps");
  }

  @Test
  void theCheapestPathIsTheLeastExtraSpendingAmongThePathsThatMeetBoth() {
    List<Map<String, Object>> meeting = asked("paths").records().stream()
        .filter(r -> "yes".equals(r.get("meets"))).toList();
    Map<String, Object> cheapest = meeting.stream()
        .min(Comparator.comparingDouble(r -> number(r, "extra_spending_bn"))).orElseThrow();
    Map<String, Object> answer = row(asked("answers"), "answer", "cheapest");

    assertThat((String) answer.get("statement"))
        .contains("the cheapest European path is " + cheapest.get("europe_path") + " (");
    assertThat(number(answer, "baltic_after")).isEqualTo(number(cheapest, "baltic_holds_28d"));
  }

  @Test
  void theAnswersFollowTheRequestsEuropeanPath() {
    Map<String, Object> hague = row(asked("answers"), "answer", "path-move");
    Map<String, Object> five = row(asked("answers", "europe-target", "5", "by", "2030"),
        "answer", "path-move");

    assertThat((String) five.get("statement"))
        .startsWith("On a European path to 5% of GDP by 2030, by 2030");
    assertThat(number(five, "baltic_before")).isGreaterThanOrEqualTo(number(hague,
        "baltic_before"));
  }

  @Test
  void theFrontierReadFromTheAnswersRunsIsTheFrontiersOwn() {
    DivisionQuestion question = new DivisionQuestion();
    DivisionQuestion.Request request = Questions.ask(question, Asking.given(ASKED),
        Asking.CONTEXT).request();
    DivisionQuestion.FrontierAndAnswers both = question.frontierAndAnswers(request,
        Asking.CONTEXT);
    Table frontier = asked("frontier");
    Table answers = asked("answers");

    assertThat(both.frontier().records()).isEqualTo(frontier.records());
    assertThat(both.frontier().notes()).isEqualTo(frontier.notes());
    assertThat(both.answers().records()).isEqualTo(answers.records());
    assertThat(both.answers().notes()).isEqualTo(answers.notes());
  }

  @Test
  void equalPointsOfTheFrontierKeepOnlyTheLeastShareOnIt() {
    // In 2026 no new brigade is delivered: the Baltic falls in every run at every share, and
    // Taiwan gains nothing from the ground units, so the shares after the last air and naval
    // element tie; only the first of them is on the frontier.
    List<Map<String, Object>> frontier = ask(new DivisionQuestion(), "runs", "4000", "steps",
        "10", "year", "2026").records();
    long last = frontier.stream().filter(r -> "yes".equals(r.get("on_frontier"))).count();
    assertThat(frontier.get(frontier.size() - 1).get("on_frontier")).isEqualTo("no");
    assertThat(last).isLessThan(frontier.size());
  }
}
