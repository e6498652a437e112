package dev.bulwark.cli;

import dev.bulwark.burden.path.AllyPath;
import dev.bulwark.burden.path.GdpGrowth;
import dev.bulwark.burden.path.PathReport;
import dev.bulwark.burden.path.PathYear;
import dev.bulwark.burden.path.TargetPath;
import dev.bulwark.cli.output.Column;
import dev.bulwark.cli.output.Tabular;
import dev.bulwark.core.BadInputException;
import dev.bulwark.core.unit.Percent;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Each ally's year-by-year path from today's share of GDP to a target share by a target year. */
@Command(name = "path", mixinStandardHelpOptions = true,
    description = {
        "Each ally's spending path from the latest year to a target share of GDP by a target",
        "year: the share rises in equal steps from today's published share to the target",
        "(allies already above it stay where they are), nominal GDP grows at a stated rate,",
        "and spending = share x GDP. One row per ally and year, with the extra spending versus",
        "staying at today's share; the footnotes give each ally's required annual growth of",
        "defence spending, (S_T / S_0)^(1/(T - t0)) - 1, and the cumulative extra spending.",
    },
    footer = {"", "Examples:", "  bulwark path --target 3.5 --by 2035 --country POL",
        "  bulwark path --target 5 --by 2035 --growth own:2014-2024 --format csv > paths.csv"})
final class PathCommand implements Runnable {

  @Mixin
  private OutputOptions output;

  @Mixin
  private AllianceOptions options;

  @Option(names = "--target", defaultValue = "3.5", paramLabel = "PERCENT",
      description = "Target share of GDP in percent (default: ${DEFAULT-VALUE}).")
  private double target;

  @Option(names = "--by", defaultValue = "2035", paramLabel = "YEAR",
      description = "The year the target is to be reached (default: ${DEFAULT-VALUE}).")
  private int by;

  @Option(names = "--growth", defaultValue = "3", paramLabel = "PERCENT|own:FROM-TO",
      description = "Nominal GDP growth: a flat rate in percent a year (default: ${DEFAULT-VALUE}),"
          + " or own:FROM-TO for each ally's own compound average over those years.")
  private String growth;

  @Option(names = "--country", paramLabel = "CODE", split = ",",
      description = "Only these allies (any name or code), e.g. --country POL,DEU.")
  private List<String> countries = List.of();

  @Override
  public void run() {
    TargetPath path = TargetPath.withDefaults().withTarget(Percent.of(target), by)
        .withGrowth(growth(growth));
    path = options.source().map(path::withSource).orElse(path);
    PathReport report = path.project(options.panel(), options.alliance());
    List<String> wanted = countries.stream()
        .map(c -> report.ally(options.ledger().countries().resolve(c).iso3()).iso3()).toList();
    Tabular out = new Tabular(Column.text("iso3"), Column.text("country"), Column.text("year"),
        Column.number("share_gdp_pct", 2), Column.number("gdp_usd_current_m", 0),
        Column.number("spending_usd_current_m", 0), Column.number("extra_usd_current_m", 0),
        Column.text("basis"));
    out.note("");
    for (AllyPath ally : report.allies()) {
      if (!wanted.isEmpty() && !wanted.contains(ally.iso3())) {
        continue;
      }
      for (PathYear y : ally.years()) {
        out.row(ally.iso3(), options.name(ally.iso3()), y.year(), y.sharePct(),
            y.gdpUsdMillion(), y.spendingUsdMillion(), y.extraUsdMillion(),
            y.year() == report.baseYear() ? String.join("; ", ally.provenance())
                : "projection (" + report.growth().describe() + ")");
      }
      out.note(String.format(Locale.ROOT, "%s: from %.2f%% in %d, spending must grow %.2f%% a "
          + "year; cumulative extra US$ %,.1f bn to %d (%s)", ally.iso3(), ally.startSharePct(),
          report.baseYear(), 100 * ally.requiredSpendingGrowth(),
          ally.cumulativeExtraUsdMillion() / 1000, by, String.join("; ", ally.provenance())));
    }
    if (wanted.isEmpty()) {
      out.note(String.format(Locale.ROOT, "all allies: cumulative extra US$ %,.1f bn to %d",
          report.totalExtraUsdMillion() / 1000, by));
    }
    report.assumptions().forEach(out::note);
    output.print(out);
  }

  /** Parses "3" (flat 3% a year) or "own:2014-2024". */
  static GdpGrowth growth(String text) {
    String t = text.strip();
    if (t.startsWith("own:")) {
      String[] years = t.substring(4).split("-");
      BadInputException.require(years.length == 2 && years[0].matches("\\d{4}")
          && years[1].matches("\\d{4}"), "--growth own: needs FROM-TO years, e.g. own:2014-2024, "
          + "was '" + text + "'");
      return GdpGrowth.ownHistory(Integer.parseInt(years[0]), Integer.parseInt(years[1]));
    }
    try {
      return GdpGrowth.flat(Double.parseDouble(t) / 100.0);
    } catch (NumberFormatException e) {
      throw new BadInputException("--growth must be a percent a year (e.g. 3) or own:FROM-TO, "
          + "was '" + text + "'");
    }
  }
}
