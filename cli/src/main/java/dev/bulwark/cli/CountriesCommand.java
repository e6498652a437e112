package dev.bulwark.cli;

import dev.bulwark.cli.output.Column;
import dev.bulwark.cli.output.Tabular;
import dev.bulwark.core.country.Countries;
import dev.bulwark.core.country.Country;
import java.util.Collection;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Lists the country table, or resolves the names and codes given. */
@Command(name = "countries", mixinStandardHelpOptions = true,
    description = {
        "Lists every country, territory, former state and aggregate Bulwark knows, with ISO",
        "3166 alpha-3/alpha-2/numeric and Correlates of War codes and the spellings the sources",
        "use; or resolves the names and codes you give (any spelling, any code).",
    },
    footer = {"", "Examples:", "  bulwark countries", "  bulwark countries Turkey 'Korea, Rep.' DE cow:365",
        "  bulwark countries --format csv > countries.csv"})
final class CountriesCommand implements Runnable {

  @Mixin
  private OutputOptions output;

  @Parameters(paramLabel = "NAME", arity = "0..*",
      description = "Names or codes to resolve (an unknown one fails with the closest matches).")
  private List<String> names = List.of();

  @Override
  public void run() {
    Countries countries = Countries.bundled();
    Collection<Country> rows = names.isEmpty() ? countries.all()
        : names.stream().map(countries::resolve).toList();
    Tabular table = new Tabular(Column.text("iso3"), Column.text("iso2"),
        Column.text("iso_numeric"), Column.text("cow_code"), Column.text("name"),
        Column.text("kind"), Column.text("aliases"));
    for (Country c : rows) {
      table.row(c.iso3(), c.iso2().isEmpty() ? null : c.iso2(),
          c.isoNumeric() < 0 ? null : c.isoNumeric(), c.cowCode() < 0 ? null : c.cowCode(),
          c.name(), c.kind().name().toLowerCase(java.util.Locale.ROOT),
          String.join("|", c.aliases()));
    }
    output.print(table);
  }
}
