package dev.bulwark.answers.burden;

import static dev.bulwark.answers.burden.BurdenParams.ALLIANCE;
import static dev.bulwark.answers.burden.BurdenParams.SOURCE;

import dev.bulwark.answers.AnswerContext;
import dev.bulwark.answers.AnswersException;
import dev.bulwark.answers.question.Arguments;
import dev.bulwark.answers.question.Param;
import dev.bulwark.answers.question.ParamTypes;
import dev.bulwark.answers.question.Question;
import dev.bulwark.answers.question.Spec;
import dev.bulwark.answers.table.Column;
import dev.bulwark.answers.table.Table;
import dev.bulwark.burden.figures.SpendingSource;
import dev.bulwark.burden.path.AllyPath;
import dev.bulwark.burden.path.GdpGrowth;
import dev.bulwark.burden.path.PathReport;
import dev.bulwark.burden.path.PathYear;
import dev.bulwark.burden.path.TargetPath;
import dev.bulwark.core.unit.Percent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Each ally's year-by-year path from today's share of GDP to a target share by a target year, as
 * {@link TargetPath} projects it: the share rises in equal steps, GDP grows at a stated rate, and
 * the required annual growth of spending is {@code (S_T / S_0)^(1/(T − t0)) − 1}.
 */
public final class PathQuestion implements Question<PathQuestion.Request> {

  /**
   * The request.
   *
   * @param targetPct the target share of GDP, percent
   * @param by the year the target is to be reached
   * @param growth the GDP growth assumed
   * @param growthText the growth as given ("3", "own:2014-2024")
   * @param countries the allies shown (ISO3), empty for all
   * @param alliance the alliance id
   * @param source the forced source, or empty for auto
   */
  public record Request(double targetPct, int by, GdpGrowth growth, String growthText,
      List<String> countries, String alliance, Optional<SpendingSource> source) {}

  /** The lowest and highest flat growth a path accepts, percent a year (the model's range). */
  static final double MIN_GROWTH_PCT = -50;
  static final double MAX_GROWTH_PCT = 100;

  static final Param<Double> TARGET = Param.of("target", ParamTypes.above("PERCENT", 0, 100),
      "3.5", "Target share of GDP in percent.", "5");
  static final Param<Integer> BY = Param.of("by", ParamTypes.year(), "2035",
      "The year the target is to be reached.", "2030");
  /**
   * The growth a request gives, read once, with its text as given ("3", "own:2014-2024").
   *
   * @param text the text
   * @param growth the growth it reads as
   */
  record Growth(String text, GdpGrowth growth) {}

  static final Param<Growth> GROWTH = Param.of("growth", ParamTypes.of("PERCENT|own:FROM-TO",
      "string", "a flat rate from -50 to 100 percent a year, or own:FROM-TO",
      (field, text, context) -> new Growth(text, growth(field, text))), "3",
      "Nominal GDP growth: a flat rate in percent a year, or own:FROM-TO for each ally's own "
          + "compound average over those years.", "own:2014-2024");
  static final Param<List<String>> COUNTRY = Param.optional("country", ParamTypes.countries(),
      "Only these allies (any name or code), e.g. POL,DEU.", "POL");

  private static final Spec SPEC = new Spec("path", "/api/path",
      "Year-by-year paths to a target share by a year",
      List.of(
          "Each ally's spending path from the latest year to a target share of GDP by a target",
          "year, starting from today's published spending in current US$: the share rises in",
          "equal steps to the target (allies whose published share is already above it stay",
          "where they are), nominal GDP grows at a stated rate, and spending = share at current",
          "prices x GDP. Both shares are shown: the published one (NATO's, at constant prices)",
          "and spending / GDP at current prices. One row per ally and year, with the extra",
          "spending versus",
          "staying at today's share; the footnotes give each ally's required annual growth of",
          "defence spending, (S_T / S_0)^(1/(T - t0)) - 1, and the cumulative extra spending,",
          "and say what the shares count (total or, from NATO's 2026 tables, core spending)."),
      List.of("bulwark path --target 3.5 --by 2035 --country POL",
          "bulwark path --target 5 --by 2035 --growth own:2014-2024 --format csv > paths.csv"),
      List.of(TARGET, BY, GROWTH, COUNTRY, ALLIANCE, SOURCE));

  @Override
  public Spec spec() {
    return SPEC;
  }

  @Override
  public Request request(Arguments arguments) {
    Growth growth = arguments.value(GROWTH);
    return new Request(arguments.value(TARGET), arguments.value(BY), growth.growth(),
        growth.text(), arguments.optional(COUNTRY).orElse(List.of()),
        arguments.value(ALLIANCE), arguments.value(SOURCE));
  }

  @Override
  public Table answer(Request request, AnswerContext context) {
    TargetPath path = TargetPath.withDefaults().withTarget(Percent.of(request.targetPct()),
        request.by()).withGrowth(request.growth());
    PathReport report = request.source().map(path::withSource).orElse(path)
        .project(context.ledger().panel(), BurdenParams.alliance(context, request.alliance()));
    List<String> wanted = request.countries().stream().map(c -> report.ally(c).iso3()).toList();
    Table out = Table.of(BurdenParams.ISO3, BurdenParams.COUNTRY, BurdenParams.YEAR_COLUMN,
        Column.number("share_gdp_pct", "% of GDP", 2, "the share of GDP on the path in the "
            + "published basis (NATO: of real GDP, at constant prices)"),
        Column.number("share_gdp_current_pct", "% of GDP", 2, "the share of GDP at current "
            + "prices on the path (spending / GDP), from which spending is computed"),
        Column.number("gdp_usd_current_m", "million current US$", 0,
            "GDP at current prices, projected after the base year"),
        Column.number("spending_usd_current_m", "million current US$", 0,
            "defence expenditure on the path: the published figure in the base year, then"
                + " share_gdp_current_pct / 100 x GDP"),
        Column.number("extra_usd_current_m", "million current US$", 0,
            "spending on the path minus spending at the base year's share"),
        Column.text("basis", "the editions of the base year, or the projection's assumption"));
    List<Map<String, Object>> allies = new ArrayList<>();
    for (AllyPath ally : report.allies()) {
      if (!wanted.isEmpty() && !wanted.contains(ally.iso3())) {
        continue;
      }
      for (PathYear y : ally.years()) {
        out.row(ally.iso3(), BurdenParams.name(context, ally.iso3()), y.year(), y.sharePct(),
            y.shareCurrentPct(), y.gdpUsdMillion(), y.spendingUsdMillion(), y.extraUsdMillion(),
            y.year() == report.baseYear() ? String.join("; ", ally.provenance())
                : "projection (" + report.growth().describe() + ")");
      }
      out.notes(String.format(Locale.ROOT, "%s: from %.2f%% in %d, spending must grow %.2f%% a "
          + "year; cumulative extra US$ %,.1f bn to %d (%s)", ally.iso3(), ally.startSharePct(),
          report.baseYear(), 100 * ally.requiredSpendingGrowth(),
          ally.cumulativeExtraUsdMillion() / 1000, request.by(),
          String.join("; ", ally.provenance())));
      if ((ally.startSharePct() >= request.targetPct())
          != (ally.startShareCurrentPct() >= request.targetPct())) {
        out.notes(BurdenParams.sharesDisagree(ally.iso3(), ally.startSharePct(),
            ally.startShareCurrentPct(), request.targetPct(), report.baseYear(),
            report.roster().source()));
      }
      allies.add(summary(ally));
    }
    if (wanted.isEmpty()) {
      out.notes(String.format(Locale.ROOT, "all allies: cumulative extra US$ %,.1f bn to %d",
          report.totalExtraUsdMillion() / 1000, request.by()));
    }
    out.notes(report.assumptions());
    out.notes(BurdenParams.definitionNotes(report.roster(), request.targetPct()));
    return out.query("target", request.targetPct()).query("by", request.by())
        .query("growth", request.growthText()).query("country", wanted)
        .query("alliance", request.alliance()).query("source",
            BurdenParams.sourceId(request.source())).query("base_year", report.baseYear())
        .attach("allies", allies).sources(BurdenParams.editions(context));
  }

  private static Map<String, Object> summary(AllyPath ally) {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("iso3", ally.iso3());
    summary.put("start_share_pct", ally.startSharePct());
    summary.put("start_share_current_pct", ally.startShareCurrentPct());
    summary.put("required_growth_pct", 100 * ally.requiredSpendingGrowth());
    summary.put("cumulative_extra_usd_current_m", ally.cumulativeExtraUsdMillion());
    return summary;
  }

  /**
   * Reads "3" (a flat 3% a year, from -50 to 100) or "own:2014-2024" (each ally's own average).
   *
   * @throws AnswersException naming the field otherwise
   */
  public static GdpGrowth growth(String field, String text) {
    if (text.startsWith("own:")) {
      String[] years = text.substring(4).split("-");
      if (years.length == 2 && years[0].matches("\\d{4}") && years[1].matches("\\d{4}")) {
        return ParamTypes.guarded(field, text, t -> GdpGrowth.ownHistory(
            Integer.parseInt(years[0]), Integer.parseInt(years[1])));
      }
    } else {
      try {
        double pct = Double.parseDouble(text);
        if (Double.isFinite(pct) && pct >= MIN_GROWTH_PCT && pct <= MAX_GROWTH_PCT) {
          return GdpGrowth.flat(pct / 100.0);
        }
      } catch (NumberFormatException e) {
        // fall through to the message naming what is expected
      }
    }
    throw AnswersException.badInput(field, text, field + " must be a percent a year from -50 "
        + "to 100 (e.g. 3) or own:FROM-TO (e.g. own:2014-2024), was '" + text + "'");
  }
}
