package dev.bulwark.cli;

import dev.bulwark.burden.figures.SpendingSource;
import dev.bulwark.burden.spending.AllySpending;
import dev.bulwark.burden.spending.SpendingReport;
import dev.bulwark.burden.spending.SpendingTable;
import dev.bulwark.burden.spending.Target;
import dev.bulwark.burden.spending.TargetTally;
import dev.bulwark.burden.spending.Verdict;
import dev.bulwark.cli.output.Column;
import dev.bulwark.cli.output.Tabular;
import dev.bulwark.core.panel.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The spending table: each ally's share of GDP and whether it meets each NATO target. */
@Command(name = "spending", mixinStandardHelpOptions = true,
    description = {
        "For one year, every member of the alliance that year: defence expenditure as %% of GDP",
        "(NATO's published %% of real GDP), per capita, equipment share, personnel, rank, and",
        "whether it meets 2%% of GDP and 20%% on equipment (Wales 2014), 3.5%% core and 5%% total",
        "(The Hague 2025). NATO's tables give total spending only, so 3.5%% and 5%% are tested",
        "against total spending. Years NATO's tables do not cover are answered from SIPRI.",
    },
    footer = {"", "Examples:", "  bulwark spending --year 2024 --alliance NATO",
        "  bulwark spending --year 1995 --format csv > nato-1995.csv"})
final class SpendingCommand implements Runnable {

  @Mixin
  private OutputOptions output;

  @Mixin
  private AllianceOptions options;

  @Mixin
  private YearOption year;

  @Override
  public void run() {
    SpendingTable table = options.source().map(SpendingTable.withDefaults()::withSource)
        .orElse(SpendingTable.withDefaults());
    int chosen = year.resolve(() -> table.latestYear(options.panel(), options.alliance()));
    SpendingReport report = table.tabulate(options.panel(), options.alliance(), chosen);
    output.print(tabulate(report));
  }

  private Tabular tabulate(SpendingReport report) {
    List<Column> columns = new ArrayList<>(List.of(Column.text("year"), Column.text("iso3"),
        Column.text("country"), Column.text("rank"), Column.number("share_gdp_pct", 2),
        Column.number("spending_usd_current_m", 0),
        Column.number("per_capita_usd_" + perCapitaSuffix(report), 0),
        Column.number("equipment_pct_of_spending", 1),
        Column.number("military_personnel_thousand", 1)));
    report.targets().targets().forEach(t -> columns.add(Column.text("meets_" + t.id())));
    columns.add(Column.text("estimate"));
    columns.add(Column.text("source"));
    Tabular out = new Tabular(columns.toArray(Column[]::new));
    for (AllySpending ally : report.allies()) {
      List<Object> row = new ArrayList<>(List.of(report.year(), ally.iso3(),
          options.name(ally.iso3()), ally.rank(), ally.shareOfGdpPct()));
      row.add(Cells.of(ally.spendingUsdMillion()));
      row.add(Cells.of(ally.perCapitaUsd()));
      row.add(Cells.of(ally.equipmentSharePct()));
      row.add(Cells.of(ally.militaryPersonnelThousand()));
      for (Target target : report.targets().targets()) {
        Verdict verdict = ally.verdict(target.id());
        row.add(verdict == Verdict.NO_DATA ? null : verdict == Verdict.MET);
      }
      row.add(ally.estimate());
      row.add(String.join("; ", ally.provenance()));
      out.row(row.toArray());
    }
    out.note("");
    out.note(report.roster().summary());
    for (TargetTally tally : report.tallies()) {
      out.note(tally.summary() + " (" + tally.target().pledge() + ")");
    }
    report.notes().forEach(out::note);
    return out;
  }

  /** Returns "const2015" for NATO's per-capita figures at the edition's prices, else "current". */
  private String perCapitaSuffix(SpendingReport report) {
    OptionalInt base = options.ledger().priceBase(report.source() == SpendingSource.NATO
        ? Source.NATO : Source.SIPRI);
    return report.perCapitaUnit().contains("constant prices") && base.isPresent()
        ? "const" + base.getAsInt() : "current";
  }
}
