package dev.bulwark.cli;

import dev.bulwark.burden.gap.AllyGap;
import dev.bulwark.burden.gap.GapReport;
import dev.bulwark.burden.gap.TargetGap;
import dev.bulwark.cli.output.Column;
import dev.bulwark.cli.output.Tabular;
import dev.bulwark.core.unit.Percent;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Each ally's gap to a target share of GDP, in points and in current US dollars. */
@Command(name = "gap", mixinStandardHelpOptions = true,
    description = {
        "For one year and a target share of GDP, each ally's gap in percentage points and what",
        "closing it would have cost that year: gap_pp / 100 x GDP (current US$). Allies at or",
        "above the target have a gap of zero and a surplus instead.",
    },
    footer = {"", "Examples:", "  bulwark gap --target 3.5 --year 2024",
        "  bulwark gap --target 2 --year 2024 --format json"})
final class GapCommand implements Runnable {

  @Mixin
  private OutputOptions output;

  @Mixin
  private AllianceOptions options;

  @Option(names = "--target", defaultValue = "2", paramLabel = "PERCENT",
      description = "Target share of GDP in percent (default: ${DEFAULT-VALUE}; 3.5 is the Hague "
          + "core target, 5 the Hague total).")
  private double target;

  @Mixin
  private YearOption year;

  @Override
  public void run() {
    TargetGap gap = TargetGap.withDefaults().withTarget(Percent.of(target));
    TargetGap analysis = options.source().map(gap::withSource).orElse(gap);
    int chosen = year.resolve(() -> analysis.latestYear(options.panel(), options.alliance()));
    GapReport report = analysis.measure(options.panel(), options.alliance(), chosen);
    Tabular out = new Tabular(Column.text("year"), Column.text("iso3"), Column.text("country"),
        Column.number("target_pct", 1), Column.number("share_gdp_pct", 2),
        Column.number("gap_pp", 2), Column.number("gap_usd_current_m", 0),
        Column.number("surplus_pp", 2), Column.number("surplus_usd_current_m", 0),
        Column.number("gdp_usd_current_m", 0), Column.text("estimate"), Column.text("source"));
    for (AllyGap ally : report.allies()) {
      out.row(chosen, ally.iso3(), options.name(ally.iso3()), target, ally.shareOfGdpPct(),
          ally.gapPoints(), ally.gapUsdMillion(), ally.surplusPoints(), ally.surplusUsdMillion(),
          ally.gdpUsdMillion(), ally.estimate(), String.join("; ", ally.provenance()));
    }
    out.note("");
    out.note(report.roster().summary());
    out.note(String.format(Locale.ROOT,
        "%d allies below %s%% of GDP; total gap US$ %,.1f bn, total surplus US$ %,.1f bn "
            + "(current prices, %d)", report.alliesBelow(), fmt(target),
        report.totalGapUsdMillion() / 1000, report.totalSurplusUsdMillion() / 1000, chosen));
    output.print(out);
  }

  private static String fmt(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }
}
