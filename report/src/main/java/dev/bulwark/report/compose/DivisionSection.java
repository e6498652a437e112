package dev.bulwark.report.compose;

import dev.bulwark.answers.AnswerContext;
import dev.bulwark.answers.division.DivisionQuestion;
import dev.bulwark.answers.question.Questions;
import dev.bulwark.answers.scenario.ScenarioLibrary;
import dev.bulwark.answers.table.Column;
import dev.bulwark.answers.table.Table;
import dev.bulwark.data.Ledger;
import dev.bulwark.report.brief.Paragraph;
import dev.bulwark.report.brief.ScatterChart;
import dev.bulwark.report.brief.Section;
import dev.bulwark.report.brief.TableBlock;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The brief's lead: the division of labour, asked of the {@code division} question (docs/
 * division-of-labour.md) for {@link #YEAR} on the Hague path: the frontier of the chance the
 * Baltic holds to its hold day (28 in the bundled setting) against the chance the invasion of Taiwan is defeated as the movable US
 * forces in Europe go to the Indo-Pacific, and the named answers with their figures.
 */
final class DivisionSection {

  static final String ID = "division";
  static final String CHART_ID = "division-frontier";
  /** The year the brief counts Europe's new forces. */
  static final int YEAR = 2030;
  /** Runs per posture: the Monte Carlo standard error of a chance is at most 0.5 points. */
  static final int RUNS = 10_000;
  /** The grid's steps: shares 0, 0.05, …, 1 of the pool, as the command's default. */
  static final int STEPS = 20;

  private final Table frontier;
  private final Table answers;

  private DivisionSection(Table frontier, Table answers) {
    this.frontier = frontier;
    this.answers = answers;
  }

  /** Asks the division question on the ledger for the frontier and the named answers. */
  static DivisionSection ask(Ledger ledger) {
    AnswerContext context = AnswerContext.of(() -> ledger, Clock.systemUTC(),
        ScenarioLibrary.NONE);
    DivisionQuestion question = new DivisionQuestion();
    Map<String, List<String>> given = Map.of("year", List.of(String.valueOf(YEAR)),
        "runs", List.of(String.valueOf(RUNS)), "steps", List.of(String.valueOf(STEPS)));
    DivisionQuestion.Request request = Questions.ask(question, given, context).request();
    DivisionQuestion.FrontierAndAnswers tables = question.frontierAndAnswers(request, context);
    return new DivisionSection(tables.frontier(), tables.answers());
  }

  /** The line for the brief's summary: the Hague path's answer. */
  String summary() {
    return statement("path-move");
  }

  /** Returns the section. */
  Section section() {
    return Section.of(ID, "Division of labour: can US forces turn to the Pacific without "
        + "deterrence failing?",
        Paragraph.of("The US defence secretary asked Europe in February 2025 to take ownership "
            + "of its conventional defence so that the United States can put China first, and "
            + "said deterrence cannot fail. Bulwark moves a pool of US forces in Europe to the "
            + "Indo-Pacific share by share, counts the brigades Europe fields by " + YEAR
            + " on its spending path, and runs the Baltic and Taiwan Strait campaign models "
            + "with common random numbers. " + statement("move-armour") + " "
            + statement("path-move")),
        Paragraph.of(statement("without-america-3.5") + " " + statement("without-america-5")
            + " " + statement("cheapest")),
        chart(), TableBlock.of(table(), "The frontier on the Hague path in " + YEAR
            + ": each share of the US pool moved, with both theatres' chances"));
  }

  /** The frontier's columns a page can hold: the share, the personnel and the two chances. */
  private Table table() {
    Map<String, String> headings = Map.of("moved_to_indopacom_share", "Share moved",
        "moved_personnel", "US personnel moved", hold(), "Baltic holds " + days() + " days",
        "taiwan_invasion_defeated", "Taiwan invasion defeated", "on_frontier", "On the frontier");
    List<Column> columns = frontier.columns().stream()
        .filter(c -> headings.containsKey(c.name()))
        .map(c -> c.withHeading(headings.get(c.name()))).toList();
    Table table = Table.of(columns);
    for (Map<String, Object> row : frontier.records()) {
      table.row(columns.stream().map(c -> row.get(c.name())).toArray());
    }
    return table.notes(frontier.notes()).sources(frontier.sources());
  }

  /** The hold day, as the frontier's Baltic column names it. */
  private String days() {
    return hold().replaceAll("\\D", "");
  }

  private String hold() {
    return frontier.columns().stream().map(Column::name)
        .filter(n -> n.startsWith("baltic_holds_")).findFirst().orElseThrow();
  }

  private String statement(String id) {
    return answers.records().stream().filter(r -> id.equals(r.get("answer")))
        .map(r -> (String) r.get("statement")).findFirst().orElseThrow();
  }

  private ScatterChart chart() {
    String hold = hold();
    ScatterChart.Builder chart = ScatterChart.builder(CHART_ID, "The Baltic against Taiwan as "
            + "US forces move from Europe to the Indo-Pacific, " + YEAR)
        .xAxis("Chance the Baltic holds " + days() + " days", "% of runs")
        .yAxis("Chance the invasion of Taiwan is defeated", "% of runs")
        .caption("Each point is a share of the movable US pool sent to INDOPACOM (labelled). "
            + String.join(" ", frontier.notes()));
    for (Map<String, Object> row : frontier.records()) {
      chart.point(String.format(Locale.ROOT, "%.0f%%", 100 * number(row,
          "moved_to_indopacom_share")), Wording.rounded(100 * number(row, hold), 1),
          Wording.rounded(100 * number(row, "taiwan_invasion_defeated"), 1));
    }
    return chart.build();
  }

  private static double number(Map<String, Object> row, String column) {
    return ((Number) row.get(column)).doubleValue();
  }
}
