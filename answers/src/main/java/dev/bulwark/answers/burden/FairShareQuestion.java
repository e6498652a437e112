package dev.bulwark.answers.burden;

import static dev.bulwark.answers.burden.BurdenParams.ALLIANCE;
import static dev.bulwark.answers.burden.BurdenParams.FROM;
import static dev.bulwark.answers.burden.BurdenParams.SOURCE;
import static dev.bulwark.answers.burden.BurdenParams.TO;
import static dev.bulwark.answers.burden.BurdenParams.YEAR;

import dev.bulwark.answers.AnswerContext;
import dev.bulwark.answers.AnswersException;
import dev.bulwark.answers.question.Arguments;
import dev.bulwark.answers.question.Param;
import dev.bulwark.answers.question.ParamTypes;
import dev.bulwark.answers.question.Question;
import dev.bulwark.answers.question.Spec;
import dev.bulwark.answers.table.Column;
import dev.bulwark.answers.table.Table;
import dev.bulwark.burden.fairshare.AllyFairShare;
import dev.bulwark.burden.fairshare.FairShare;
import dev.bulwark.burden.fairshare.FairShareReport;
import dev.bulwark.burden.fairshare.SplitYear;
import dev.bulwark.burden.fairshare.TransatlanticSplit;
import dev.bulwark.burden.figures.Figures;
import dev.bulwark.burden.figures.SpendingSource;
import dev.bulwark.burden.figures.YearRange;
import dev.bulwark.core.alliance.Alliance;
import java.util.List;
import java.util.Optional;

/**
 * Each ally's fair-share ratio, {@code (spending / Σ spending) / (GDP / Σ GDP)}, in one year; or,
 * split, the United States against the other allies year by year ({@link TransatlanticSplit}).
 */
public final class FairShareQuestion implements Question<FairShareQuestion.Request> {

  /**
   * The request.
   *
   * @param year the year of the ratio table, or empty for the latest
   * @param split whether to answer the US against the rest over years instead
   * @param from the split's first year, or empty for the first of NATO's tables
   * @param to the split's last year, or empty for the last of NATO's tables
   * @param alliance the alliance id
   * @param source the forced source, or empty for auto
   */
  public record Request(Optional<Integer> year, boolean split, Optional<Integer> from,
      Optional<Integer> to, String alliance, Optional<SpendingSource> source) {}

  static final Param<Boolean> SPLIT = Param.of("split", ParamTypes.flag(), "false",
      "Show the US versus the other allies over time.", "true");

  private static final Spec SPEC = new Spec("fairshare", "/api/fairshare",
      "Share of spending over share of GDP, or the US against the rest",
      List.of(
          "For one year, each ally's share of alliance defence spending divided by its share of",
          "alliance GDP (both current US$): above 1 it carries more than its economic weight.",
          "With --split, the United States versus the other allies (for NATO: Europe and Canada)",
          "year by year instead; --from or --to (default: the years of NATO's tables) ask for it."),
      List.of("bulwark fairshare --year 2024",
          "bulwark fairshare --split --from 2014 --to 2024 --format csv > split.csv"),
      List.of(YEAR, SPLIT, FROM, TO, ALLIANCE, SOURCE));

  @Override
  public Spec spec() {
    return SPEC;
  }

  @Override
  public Request request(Arguments arguments) {
    boolean split = arguments.value(SPLIT) || arguments.given(FROM) || arguments.given(TO);
    if (split && arguments.given(YEAR)) {
      throw AnswersException.badInput("year", null, "year gives the ratio table of one year; "
          + "the split over years takes from and to");
    }
    return new Request(arguments.optional(YEAR), split, arguments.optional(FROM),
        arguments.optional(TO), arguments.value(ALLIANCE), arguments.value(SOURCE));
  }

  @Override
  public Table answer(Request request, AnswerContext context) {
    return request.split() ? split(request, context) : ratios(request, context);
  }

  private static Table ratios(Request request, AnswerContext context) {
    Alliance alliance = BurdenParams.alliance(context, request.alliance());
    FairShare fair = request.source().map(FairShare.withDefaults()::withSource)
        .orElse(FairShare.withDefaults());
    var panel = context.ledger().panel();
    int year = request.year().orElseGet(() -> fair.latestYear(panel, alliance));
    FairShareReport report = fair.measure(panel, alliance, year);
    Table out = Table.of(BurdenParams.YEAR_COLUMN, BurdenParams.ISO3, BurdenParams.COUNTRY,
        Column.number("spending_usd_current_m", "million current US$", 0,
            "defence expenditure at current prices"),
        Column.number("gdp_usd_current_m", "million current US$", 0, "GDP at current prices"),
        Column.number("spending_share_pct", "% of alliance spending", 2,
            "the ally's share of the alliance's defence expenditure"),
        Column.number("gdp_share_pct", "% of alliance GDP", 2,
            "the ally's share of the alliance's GDP"),
        Column.number("fair_share_ratio", "ratio", 3, "spending share over GDP share"),
        BurdenParams.ESTIMATE, BurdenParams.SOURCE_COLUMN);
    for (AllyFairShare ally : report.allies()) {
      out.row(year, ally.iso3(), BurdenParams.name(context, ally.iso3()),
          ally.spendingUsdMillion(), ally.gdpUsdMillion(), ally.spendingSharePct(),
          ally.gdpSharePct(), ally.ratio(), ally.estimate(), String.join("; ", ally.provenance()));
    }
    out.notes(report.roster().summary(), "fair_share_ratio = (spending / total spending) / "
        + "(GDP / total GDP); above 1 the ally carries more than its economic weight");
    return BurdenParams.describe(out, context, year, alliance.id(), request.source());
  }

  private static Table split(Request request, AnswerContext context) {
    Alliance alliance = BurdenParams.alliance(context, request.alliance());
    YearRange nato = Figures.coverage(context.ledger().panel(), SpendingSource.NATO);
    int from = request.from().orElse(nato.first());
    int to = request.to().orElse(nato.last());
    BurdenParams.requireOrder(from, to);
    TransatlanticSplit analysis = TransatlanticSplit.withDefaults().withYears(from, to);
    analysis = request.source().map(analysis::withSource).orElse(analysis);
    Table out = Table.of(BurdenParams.YEAR_COLUMN,
        Column.count("allies_counted", "", "members with spending figures that year"),
        Column.number("us_usd_current_m", "million current US$", 0,
            "US defence expenditure"),
        Column.number("others_usd_current_m", "million current US$", 0,
            "the other members' defence expenditure"),
        Column.number("total_usd_current_m", "million current US$", 0, "the alliance's total"),
        Column.number("us_share_pct", "% of alliance spending", 2, "the US share of the total"),
        Column.number("others_share_pct", "% of alliance spending", 2,
            "the other members' share of the total"),
        BurdenParams.ESTIMATE, BurdenParams.SOURCE_COLUMN);
    for (SplitYear y : analysis.split(context.ledger().panel(), alliance)) {
      out.row(y.year(), y.alliesCounted(), y.usUsdMillion(), y.othersUsdMillion(),
          y.totalUsdMillion(), y.usSharePct(), y.othersSharePct(), y.estimate(),
          String.join("; ", y.provenance()));
    }
    out.notes("others = every other member with spending figures that year (for NATO: Europe "
        + "and Canada); members counted from their accession year");
    return out.query("split", true).query("from", from).query("to", to)
        .query("alliance", alliance.id()).query("source", BurdenParams.sourceId(request.source()))
        .sources(BurdenParams.editions(context));
  }
}
