package dev.bulwark.cli;

import dev.bulwark.core.country.Countries;
import dev.bulwark.guarantees.weight.Tally;
import dev.bulwark.guarantees.weight.Umbrella;
import dev.bulwark.cli.output.Column;
import dev.bulwark.cli.output.Tabular;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Who is bound to defend each protected state on a date, and with what capacity. */
@Command(name = "umbrella", mixinStandardHelpOptions = true,
    description = {
        "For each state some instrument protects on the date: the states bound to defend it against",
        "an armed attack on its metropolitan territory, one row per instrument and article and a",
        "row 'all' counting each guarantor once at its strongest obligation, with their military",
        "expenditure (NATO's tables for allies, else SIPRI, current US$) and personnel (NATO",
        "allies only), in total and without the United States.",
    },
    footer = {"", "Examples:", "  bulwark umbrella --date 2025-02-12",
        "  bulwark umbrella --date 2025-02-12 --country UKR --attacker RUS",
        "  bulwark umbrella --date 2025-02-12 --country EST --country JPN --country TWN --format csv"})
final class UmbrellaCommand implements Runnable {

  @Mixin
  private OutputOptions output;

  @Mixin
  private LedgerOptions ledgerOptions;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The day (default: today).")
  private String date;

  @Option(names = "--country", paramLabel = "STATE",
      description = "Only this protected state (code or name). Repeatable.")
  private List<String> countries = List.of();

  @Option(names = "--attacker", paramLabel = "STATE",
      description = "The attacking state (code or name); it is never counted as a guarantor "
          + "(default: an unnamed outside state).")
  private String attacker;

  @Override
  public void run() {
    Umbrella umbrella = Umbrella.withDefaults();
    if (attacker != null) {
      umbrella = umbrella.withAttacker(Countries.bundled().resolve(attacker).iso3());
    }
    if (!countries.isEmpty()) {
      umbrella = umbrella.withCountries(
          countries.stream().map(c -> Countries.bundled().resolve(c).iso3()).toList());
    }
    LocalDate day = GuaranteeCommand.day(date);
    Tabular out = new Tabular(Column.text("date"), Column.text("iso3"), Column.text("instrument"),
        Column.text("article"), Column.text("strength_level"), Column.text("strength"),
        Column.text("guarantors_n"), Column.number("milex_usd_current_m", 0),
        Column.number("milex_non_us_usd_current_m", 0), Column.number("us_share_pct", 1),
        Column.number("personnel_thousand", 1), Column.number("personnel_non_us_thousand", 1),
        Column.text("guarantors"));
    for (Umbrella.Cover cover : umbrella.cover(day, ledgerOptions.ledger().panel())) {
      Tally t = cover.tally();
      out.row(day.toString(), cover.iso3(), cover.instrument(), cover.article(),
          cover.strength().level(), cover.strength().id(), t.states().size(), t.milexUsdMillion(),
          t.milexNonUsUsdMillion(), Double.isNaN(t.usSharePct()) ? null : t.usSharePct(),
          personnel(t, t.personnelThousand()), personnel(t, t.personnelNonUsThousand()),
          String.join(" ", t.states()));
    }
    out.note("");
    out.note("Military expenditure: NATO's tables (Table 2) for allies, else SIPRI, current US$,"
        + " latest year at or before " + day.getYear() + "; personnel: NATO Table 7 only.");
    out.note("Strength levels: 5 automatic, 4a all means, 4b as each deems necessary, 3"
        + " constitutional processes, 2 consultation and support, 1 consultation, 0 assurances.");
    output.print(out);
  }

  /** Personnel is known for NATO allies only: missing, not zero, when no guarantor has it. */
  private static Double personnel(Tally t, double sum) {
    return t.personnelKnown() ? sum : null;
  }
}
