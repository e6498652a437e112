package dev.bulwark.answers;

import dev.bulwark.answers.question.Question;
import dev.bulwark.answers.question.Questions;
import dev.bulwark.answers.scenario.ScenarioLibrary;
import dev.bulwark.answers.table.Table;
import dev.bulwark.data.Ledger;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Asks questions over the embedded ledger on a fixed day, as the adapters do. */
public final class Asking {

  /** The day "today" is in these tests: the day of the February 2025 remarks. */
  public static final Instant DAY = Instant.parse("2025-02-12T12:00:00Z");
  /** A context over the embedded ledger on {@link #DAY}, knowing no scenarios. */
  public static final AnswerContext CONTEXT = AnswerContext.of(Ledger::embedded,
      Clock.fixed(DAY, ZoneOffset.UTC), ScenarioLibrary.NONE);

  private Asking() {
  }

  /** Answers a question with parameters given as name, value, name, value, .... */
  public static Table ask(Question<?> question, String... pairs) {
    return Questions.ask(question, given(pairs), CONTEXT).answer(CONTEXT);
  }

  /** Returns the parameters given as name, value pairs (a repeated name gives more values). */
  public static Map<String, List<String>> given(String... pairs) {
    Map<String, List<String>> given = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      given.computeIfAbsent(pairs[i], k -> new java.util.ArrayList<>()).add(pairs[i + 1]);
    }
    return given;
  }

  /** Returns the row of a table whose column has the value. */
  public static Map<String, Object> row(Table table, String column, Object value) {
    return table.records().stream().filter(r -> value.equals(r.get(column))).findFirst()
        .orElseThrow(() -> new AssertionError("no row with " + column + " = " + value));
  }
}
