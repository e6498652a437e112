package dev.bulwark.answers.burden;

import dev.bulwark.answers.AnswerContext;
import dev.bulwark.answers.AnswersException;
import dev.bulwark.answers.question.Param;
import dev.bulwark.answers.question.ParamTypes;
import dev.bulwark.answers.table.Column;
import dev.bulwark.answers.table.Table;
import dev.bulwark.burden.figures.Roster;
import dev.bulwark.burden.figures.SpendingSource;
import dev.bulwark.burden.spending.Targets;
import dev.bulwark.core.alliance.Alliance;
import dev.bulwark.core.panel.Edition;
import dev.bulwark.core.panel.SpendingDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The parameters and columns the burden-sharing questions (and the scenario question's spending
 * paths) share: the year, the alliance, which
 * source answers, and the estimate and source columns every country-year row ends with.
 */
public final class BurdenParams {

  /** The year of a one-year table. */
  static final Param<Integer> YEAR = Param.optional("year", ParamTypes.year(),
      "The year (default: the latest year with figures).", "2024");
  /** The alliance whose members on each year are compared. */
  public static final Param<String> ALLIANCE = Param.of("alliance", ParamTypes.of("ID", "string",
      "an alliance id (NATO)", BurdenParams::alliance), "NATO",
      "The alliance whose members on each year are compared.", "NATO");
  /** Which source answers; auto is empty. */
  public static final Param<Optional<SpendingSource>> SOURCE = Param.of("source",
      ParamTypes.of("auto|nato|sipri", "string", "auto, nato or sipri", BurdenParams::source),
      "auto", "Which source answers: auto (NATO's tables where they cover the year, else SIPRI "
          + "with World Bank GDP), nato or sipri. Sources are never mixed within a year.", "sipri");
  /** The first year of a span. */
  static final Param<Integer> FROM = Param.optional("from", ParamTypes.year(),
      "The first year.", "2014");
  /** The last year of a span. */
  static final Param<Integer> TO = Param.optional("to", ParamTypes.year(), "The last year.",
      "2024");

  /** Whether a row's figures are estimates. */
  static final Column ESTIMATE = Column.text("estimate",
      "whether any figure of the row is an estimate (NATO's 'e' years, SIPRI's estimates)");
  /** The editions a row's figures come from. */
  static final Column SOURCE_COLUMN = Column.text("source",
      "the editions the row's figures come from");
  /** What a row's share and verdicts count. */
  static final Column DEFINITION = Column.text("definition", "what the share and the verdicts"
      + " count: nato_total (NATO's total defence expenditure, its tables to 2025), hague_core"
      + " (core defence expenditure in the sense of The Hague 2025, NATO's tables from 2026) or"
      + " sipri_milex (SIPRI's military expenditure)");
  static final Column YEAR_COLUMN = Column.count("year", "", "the year");
  static final Column ISO3 = Column.text("iso3", "ISO 3166-1 alpha-3 code of the state,"
      + " or SIPRI_... for one of SIPRI's regions");
  static final Column COUNTRY = Column.text("country", "the state's short name");

  private BurdenParams() {
  }

  /** Returns "nato", "sipri" or "auto" as a request echoes it. */
  static String sourceId(Optional<SpendingSource> source) {
    return source.map(s -> s.name().toLowerCase(Locale.ROOT)).orElse("auto");
  }

  /** Returns the alliance a request names. */
  static Alliance alliance(AnswerContext context, String id) {
    return context.ledger().alliance(id);
  }

  /** Returns the state's short name. */
  static String name(AnswerContext context, String iso3) {
    return context.ledger().countries().byIso3(iso3).name();
  }

  /** Records the year, alliance and source as resolved, and the editions in use. */
  static Table describe(Table table, AnswerContext context, int year, String alliance,
      Optional<SpendingSource> source) {
    return table.query("year", year).query("alliance", alliance)
        .query("source", sourceId(source)).sources(editions(context));
  }

  /** Returns the citations of the editions the ledger answers from ({@code "NATO 2024"}). */
  static List<String> editions(AnswerContext context) {
    return context.ledger().panel().editions().stream().map(Edition::citation).toList();
  }

  /**
   * Says why an ally meets a target by its published share but not at current prices, or the
   * other way round: NATO computes its share at constant prices (Table 3), while spending and GDP
   * in current US$ (Tables 2 and 5) price the gap.
   */
  static String sharesDisagree(String iso3, double published, double current, double target,
      int year, SpendingSource source) {
    boolean meets = published >= target;
    String why = source == SpendingSource.NATO
        ? "NATO computes its share of GDP at constant prices (Table 3), while the US$ figures use"
            + " spending and GDP at current prices (Tables 2 and 5)"
        : "SIPRI computes its share from its own GDP figures, while the US$ figures divide its"
            + " spending by the World Bank's GDP";
    return String.format(Locale.ROOT, "%s %s %s%% by its published share (%.2f%%) but spends "
        + "%.2f%% of GDP at current prices in %d: %s; the verdict follows the published share, "
        + "the cost current prices", iso3, meets ? "meets" : "misses", percent(target), published,
        current, year, why);
  }

  /**
   * Says what the shares a gap or path starts from count, and, for the Hague targets, what
   * measuring the target on them means: total spending against 3.5% core understates the gap to
   * core spending; core spending against 5% overstates the gap to the whole.
   */
  static List<String> definitionNotes(Roster roster, double target) {
    SpendingDefinition definition = roster.definition();
    List<String> notes = new ArrayList<>(List.of("the shares count " + definition.words()
        + ", as " + roster.source() + "'s edition reports it"));
    if (target == Targets.HAGUE_3_5_PERCENT_CORE.threshold().points()
        && definition != SpendingDefinition.HAGUE_CORE) {
      notes.add("3.5% is the Hague target for core defence expenditure, which this edition does"
          + " not separate: measured on total spending, an upper bound on core, the gap is a"
          + " lower bound on the gap in core spending");
    }
    if (target == Targets.HAGUE_5_PERCENT_TOTAL.threshold().points()
        && definition == SpendingDefinition.HAGUE_CORE) {
      notes.add("5% is the Hague target for core plus 1.5% of defence- and security-related"
          + " spending, which this edition does not give: measured on core spending alone, the"
          + " gap is an upper bound");
    }
    return notes;
  }

  /** Returns a target as written: 2, 3.5. */
  static String percent(double target) {
    return target == Math.rint(target) ? String.valueOf((long) target) : String.valueOf(target);
  }

  /** Refuses from after to. */
  static void requireOrder(int from, int to) {
    if (from > to) {
      throw AnswersException.badInput("from", String.valueOf(from), "from must not be after to,"
          + " was " + from + " > " + to);
    }
  }

  private static String alliance(String field, String text, AnswerContext context) {
    List<Alliance> known = context.ledger().alliances();
    return known.stream().filter(a -> a.hasId(text)).findFirst().map(Alliance::id)
        .orElseThrow(() -> AnswersException.badInput(field, text, "unknown alliance '" + text
            + "': expected one of " + known.stream().map(Alliance::id).toList(),
            known.stream().map(Alliance::id).toList(), null));
  }

  private static Optional<SpendingSource> source(String field, String text,
      AnswerContext context) {
    String wanted = text.toUpperCase(Locale.ROOT);
    if (wanted.equals("AUTO")) {
      return Optional.empty();
    }
    for (SpendingSource s : SpendingSource.values()) {
      if (s.name().equals(wanted)) {
        return Optional.of(s);
      }
    }
    throw AnswersException.badInput(field, text, field + " must be auto, nato or sipri, was '"
        + text + "'", List.of("auto", "nato", "sipri"), null);
  }
}
