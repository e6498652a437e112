package dev.bulwark.cli;

import dev.bulwark.burden.fairshare.AllyFairShare;
import dev.bulwark.burden.fairshare.FairShare;
import dev.bulwark.burden.fairshare.FairShareReport;
import dev.bulwark.burden.fairshare.SplitYear;
import dev.bulwark.burden.fairshare.TransatlanticSplit;
import dev.bulwark.burden.figures.Figures;
import dev.bulwark.burden.figures.SpendingSource;
import dev.bulwark.burden.figures.YearRange;
import dev.bulwark.cli.output.Column;
import dev.bulwark.cli.output.Tabular;
import dev.bulwark.core.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Share of alliance spending over share of alliance GDP; or the US versus the rest over time. */
@Command(name = "fairshare", mixinStandardHelpOptions = true,
    description = {
        "For one year, each ally's share of alliance defence spending divided by its share of",
        "alliance GDP (both current US$): above 1 it carries more than its economic weight.",
        "With --split, the United States versus the other allies (for NATO: Europe and Canada)",
        "year by year instead.",
    },
    footer = {"", "Examples:", "  bulwark fairshare --year 2024",
        "  bulwark fairshare --split --from 2014 --to 2024 --format csv > split.csv"})
final class FairShareCommand implements Runnable {

  @Mixin
  private OutputOptions output;

  @Mixin
  private AllianceOptions options;

  @Mixin
  private YearOption year;

  @Option(names = "--split", description = "Show the US versus the other allies over time.")
  private boolean split;

  @Option(names = "--from", paramLabel = "YEAR", description = "With --split: the first year "
      + "(default: the first year of NATO's tables).")
  private Integer from;

  @Option(names = "--to", paramLabel = "YEAR", description = "With --split: the last year "
      + "(default: the last year of NATO's tables).")
  private Integer to;

  @Override
  public void run() {
    BadInputException.require(!split || !year.given(),
        "--year gives the ratio table of one year; with --split use --from and --to");
    BadInputException.require(split || (from == null && to == null),
        "--from and --to apply to --split; for the ratio table of one year use --year");
    output.print(split ? split() : ratios());
  }

  private Tabular ratios() {
    FairShare fair = options.source().map(FairShare.withDefaults()::withSource)
        .orElse(FairShare.withDefaults());
    int chosen = year.resolve(() -> fair.latestYear(options.panel(), options.alliance()));
    FairShareReport report = fair.measure(options.panel(), options.alliance(), chosen);
    Tabular out = new Tabular(Column.text("year"), Column.text("iso3"), Column.text("country"),
        Column.number("spending_usd_current_m", 0), Column.number("gdp_usd_current_m", 0),
        Column.number("spending_share_pct", 2), Column.number("gdp_share_pct", 2),
        Column.number("fair_share_ratio", 3), Column.text("estimate"), Column.text("source"));
    for (AllyFairShare ally : report.allies()) {
      out.row(chosen, ally.iso3(), options.name(ally.iso3()), ally.spendingUsdMillion(),
          ally.gdpUsdMillion(), ally.spendingSharePct(), ally.gdpSharePct(), ally.ratio(),
          ally.estimate(), String.join("; ", ally.provenance()));
    }
    out.note("");
    out.note(report.roster().summary());
    out.note("fair_share_ratio = (spending / total spending) / (GDP / total GDP); above 1 the ally "
        + "carries more than its economic weight");
    return out;
  }

  private Tabular split() {
    TransatlanticSplit analysis = TransatlanticSplit.withDefaults();
    if (from != null || to != null) {
      YearRange nato = Figures.coverage(options.panel(), SpendingSource.NATO);
      analysis = analysis.withYears(from != null ? from : nato.first(), to != null ? to : nato.last());
    }
    analysis = options.source().map(analysis::withSource).orElse(analysis);
    Tabular out = new Tabular(Column.text("year"), Column.text("allies_counted"),
        Column.number("us_usd_current_m", 0), Column.number("others_usd_current_m", 0),
        Column.number("total_usd_current_m", 0), Column.number("us_share_pct", 2),
        Column.number("others_share_pct", 2), Column.text("estimate"), Column.text("source"));
    for (SplitYear y : analysis.split(options.panel(), options.alliance())) {
      out.row(y.year(), y.alliesCounted(), y.usUsdMillion(), y.othersUsdMillion(),
          y.totalUsdMillion(), y.usSharePct(), y.othersSharePct(), y.estimate(),
          String.join("; ", y.provenance()));
    }
    out.note("");
    out.note("others = every other member with spending figures that year (for NATO: Europe and "
        + "Canada); members counted from their accession year");
    return out;
  }
}
