package dev.bulwark.report.compose;

import dev.bulwark.answers.table.Column;
import dev.bulwark.answers.table.Table;
import dev.bulwark.burden.fairshare.AllyFairShare;
import dev.bulwark.burden.fairshare.FairShareReport;
import dev.bulwark.burden.fairshare.SplitYear;
import dev.bulwark.burden.figures.Quantity;
import dev.bulwark.burden.figures.SpendingSource;
import dev.bulwark.report.brief.LineChart;
import dev.bulwark.report.brief.Paragraph;
import dev.bulwark.report.brief.Section;
import dev.bulwark.report.brief.Series;
import dev.bulwark.report.brief.TableBlock;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Section 4, the United States against the other allies (for NATO, Europe and Canada): each side's
 * share of the alliance's defence spending in current US$, {@code 100 × S_USA / Σ S}, year by
 * year ({@code TransatlanticSplit}, NATO Table 2), and each ally's fair-share ratio in the brief's
 * year, {@code (S_i / Σ S) / (Y_i / Σ Y)} ({@code FairShare}, Tables 2 and 5).
 */
final class SplitSection {

  static final String ID = "transatlantic";
  static final String CHART_ID = "us-and-others";

  private SplitSection() {}

  /** Returns the section. */
  static Section of(BurdenFigures figures) {
    SplitYear first = figures.split().get(0);
    SplitYear last = figures.splitInYear();
    return Section.of(ID, "The United States and " + others(figures) + ", "
            + first.year() + "–" + figures.split().get(figures.split().size() - 1).year(),
        Paragraph.of("In " + first.year() + " the United States spent "
            + Wording.fixed(first.usSharePct(), 1) + "% of the " + figures.alliance().id()
            + " allies' combined defence spending; in " + last.year() + ", "
            + Wording.fixed(last.usSharePct(), 1) + "% (" + Wording.dollars(last.usUsdMillion())
            + " of " + Wording.dollars(last.totalUsdMillion()) + "). The fair-share ratio divides"
            + " an ally's share of the spending by its share of the allies' GDP: above 1, it"
            + " carries more than its economic weight."),
        chart(figures), table(figures));
  }

  /** Returns the US share in one line: "US share of NATO spending 2024: 65.6% (...)". */
  static String summary(BurdenFigures figures) {
    SplitYear year = figures.splitInYear();
    return "US share of " + figures.alliance().id() + " spending " + year.year() + ": "
        + Wording.fixed(year.usSharePct(), 1) + "%; " + others(figures) + ": "
        + Wording.fixed(year.othersSharePct(), 1) + "% (" + Wording.cite(year.provenance())
        + ")";
  }

  private static LineChart chart(BurdenFigures figures) {
    List<SplitYear> split = figures.split();
    List<Integer> estimated = split.stream().filter(SplitYear::estimate).map(SplitYear::year)
        .toList();
    return LineChart.builder(CHART_ID, "Shares of " + figures.alliance().id()
            + " defence spending, current US$")
        .years(split.stream().map(SplitYear::year).toList())
        .valueAxis("Share of alliance defence spending", "%")
        .series(series("United States", split, SplitYear::usSharePct))
        .series(series(others(figures), split, SplitYear::othersSharePct))
        .caption(Wording.source(split.stream().flatMap(s -> s.provenance().stream()).toList(),
            split.stream().map(s -> SpendingSource.valueOf(s.source())).distinct().toList(),
            Quantity.SPENDING_USD_CURRENT) + " Members of each year." + (estimated.isEmpty() ? ""
                : " Figures for " + Wording.years(estimated) + " are estimates."))
        .build();
  }

  private static Series series(String name, List<SplitYear> split,
      ToDoubleFunction<SplitYear> share) {
    return new Series(name, split.stream()
        .map(year -> Wording.rounded(share.applyAsDouble(year), 1)).toList());
  }

  private static TableBlock table(BurdenFigures figures) {
    FairShareReport shares = figures.fairShare();
    Table table = Table.of(Columns.ALLY,
            Column.number("spending_share_pct", "% of alliance total", 2, "the ally's share of"
                + " the allies' defence spending in current US$").withHeading("Share of spending"),
            Column.number("gdp_share_pct", "% of alliance total", 2, "the ally's share of the"
                + " allies' GDP in current US$").withHeading("Share of GDP"),
            Column.number("fair_share_ratio", "spending share ÷ GDP share", 2, "the share of"
                + " spending divided by the share of GDP; above 1, more than its economic"
                + " weight").withHeading("Fair-share ratio"),
            Columns.ESTIMATE)
        .notes(Wording.source(shares.allies().stream().flatMap(a -> a.provenance().stream())
                .toList(), shares.roster().source(), Quantity.SPENDING_USD_CURRENT,
                Quantity.GDP_USD_CURRENT),
            Columns.ESTIMATE_NOTE);
    for (AllyFairShare ally : shares.allies()) {
      table.row(figures.wording().ally(ally.iso3()), ally.spendingSharePct(),
          ally.gdpSharePct(), ally.ratio(), ally.estimate());
    }
    return TableBlock.of(table, "Fair shares in " + shares.roster().year()
        + ", highest ratio first");
  }

  private static String others(BurdenFigures figures) {
    return figures.alliance().id().equals("NATO") ? "Europe and Canada" : "the other allies";
  }
}
