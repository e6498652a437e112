package dev.bulwark.answers.burden;

import static dev.bulwark.answers.burden.BurdenParams.ALLIANCE;
import static dev.bulwark.answers.burden.BurdenParams.SOURCE;
import static dev.bulwark.answers.burden.BurdenParams.YEAR;

import dev.bulwark.answers.AnswerContext;
import dev.bulwark.answers.question.Arguments;
import dev.bulwark.answers.question.Param;
import dev.bulwark.answers.question.ParamTypes;
import dev.bulwark.answers.question.Question;
import dev.bulwark.answers.question.Spec;
import dev.bulwark.answers.table.Column;
import dev.bulwark.answers.table.Table;
import dev.bulwark.burden.figures.SpendingSource;
import dev.bulwark.burden.gap.AllyGap;
import dev.bulwark.burden.gap.GapReport;
import dev.bulwark.burden.gap.TargetGap;
import dev.bulwark.core.alliance.Alliance;
import dev.bulwark.core.unit.Percent;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Each ally's gap to a target share of GDP in one year, in points of the published share and in
 * current US$: {@code gap_usd = max(0, target / 100 × GDP − spending)}, both at current prices, as
 * {@link TargetGap} computes it.
 */
public final class GapQuestion implements Question<GapQuestion.Request> {

  /**
   * The request.
   *
   * @param targetPct the target share of GDP, percent
   * @param year the year, or empty for the latest with figures
   * @param alliance the alliance id
   * @param source the forced source, or empty for auto
   */
  public record Request(double targetPct, Optional<Integer> year, String alliance,
      Optional<SpendingSource> source) {}

  static final Param<Double> TARGET = Param.of("target", ParamTypes.above("PERCENT", 0, 100),
      "2", "Target share of GDP in percent.", "3.5");

  private static final Spec SPEC = new Spec("gap", "/api/gap",
      "Each ally's gap to a target share of GDP",
      List.of(
          "For one year and a target share of GDP, each ally's gap in percentage points of the",
          "published share (NATO's, at constant prices: the verdict) and what closing it would",
          "have cost that year: target x GDP - spending, both in current US$. Allies at or above",
          "the target have a gap of zero and a surplus instead. Where the published share and",
          "spending / GDP at current prices fall on either side of the target, a note says so.",
          "A note says what the shares count (NATO's total defence expenditure, or core defence",
          "expenditure from NATO's 2026 tables) and what that means for the Hague targets."),
      List.of("bulwark gap --target 3.5 --year 2024",
          "bulwark gap --target 2 --year 2024 --format json"),
      List.of(TARGET, YEAR, ALLIANCE, SOURCE));

  @Override
  public Spec spec() {
    return SPEC;
  }

  @Override
  public Request request(Arguments arguments) {
    return new Request(arguments.value(TARGET), arguments.optional(YEAR),
        arguments.value(ALLIANCE), arguments.value(SOURCE));
  }

  @Override
  public Table answer(Request request, AnswerContext context) {
    Alliance alliance = BurdenParams.alliance(context, request.alliance());
    double target = request.targetPct();
    TargetGap gap = TargetGap.withDefaults().withTarget(Percent.of(target));
    TargetGap analysis = request.source().map(gap::withSource).orElse(gap);
    var panel = context.ledger().panel();
    int year = request.year().orElseGet(() -> analysis.latestYear(panel, alliance));
    GapReport report = analysis.measure(panel, alliance, year);
    Table out = Table.of(BurdenParams.YEAR_COLUMN, BurdenParams.ISO3, BurdenParams.COUNTRY,
        Column.number("target_pct", "% of GDP", 1, "the target share of GDP"),
        Column.number("share_gdp_pct", "% of GDP", 2, "defence expenditure as a share of GDP as "
            + "published (NATO: of real GDP, at constant prices), the figure the verdict uses"),
        Column.number("share_gdp_current_pct", "% of GDP", 2,
            "spending / GDP x 100, both at current prices, the basis of the US$ columns"),
        Column.number("gap_pp", "percentage points", 2,
            "target minus the published share, 0 at or above it"),
        Column.number("gap_usd_current_m", "million current US$", 0,
            "max(0, target / 100 x GDP - spending): what reaching the target would have cost"
                + " that year"),
        Column.number("surplus_pp", "percentage points", 2,
            "the published share minus target, 0 below it"),
        Column.number("surplus_usd_current_m", "million current US$", 0,
            "max(0, spending - target / 100 x GDP)"),
        Column.number("spending_usd_current_m", "million current US$", 0,
            "defence expenditure at current prices and exchange rates"),
        Column.number("gdp_usd_current_m", "million current US$", 0, "GDP at current prices"),
        BurdenParams.ESTIMATE, BurdenParams.SOURCE_COLUMN);
    for (AllyGap ally : report.allies()) {
      out.row(year, ally.iso3(), BurdenParams.name(context, ally.iso3()), target,
          ally.shareOfGdpPct(), ally.shareCurrentPct(), ally.gapPoints(), ally.gapUsdMillion(),
          ally.surplusPoints(), ally.surplusUsdMillion(), ally.spendingUsdMillion(),
          ally.gdpUsdMillion(), ally.estimate(), String.join("; ", ally.provenance()));
    }
    out.notes(report.roster().summary(), String.format(Locale.ROOT, "%d allies below %s%% of "
        + "GDP; total gap US$ %,.1f bn, total surplus US$ %,.1f bn (current prices, %d)",
        report.alliesBelow(), BurdenParams.percent(target), report.totalGapUsdMillion() / 1000,
        report.totalSurplusUsdMillion() / 1000, year));
    out.notes(BurdenParams.definitionNotes(report.roster(), target));
    for (AllyGap ally : report.allies()) {
      if (ally.sharesDisagree()) {
        out.notes(BurdenParams.sharesDisagree(ally.iso3(), ally.shareOfGdpPct(),
            ally.shareCurrentPct(), target, year, report.roster().source()));
      }
    }
    out.query("target", target);
    return BurdenParams.describe(out, context, year, alliance.id(), request.source());
  }
}
