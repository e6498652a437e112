package dev.bulwark.data.workbook;

import dev.bulwark.core.country.Countries;
import dev.bulwark.core.country.Country;
import dev.bulwark.core.country.CountryKind;
import dev.bulwark.core.panel.Edition;
import dev.bulwark.core.panel.Flag;
import dev.bulwark.core.panel.Indicator;
import dev.bulwark.core.panel.Source;
import dev.bulwark.data.ImportException;
import dev.bulwark.data.format.LedgerEdition;
import dev.bulwark.data.format.LedgerValue;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the World Bank's GDP (current US$, {@code NY.GDP.MKTP.CD}) and population
 * ({@code SP.POP.TOTL}) series as republished in long form, with the columns {@code Country Name,
 * Country Code, Year, Value}. GDP stays in US$ (not millions), population in persons.
 *
 * <p>Only countries and territories are kept, plus the World total ({@code WLD}); the World Bank's
 * other aggregates (income groups, regions, "Euro area") and codes unknown to the country table
 * are left out. Empty values are absent, never zeros.
 */
public final class WorldBankCsv {

  private static final String WORLD = "WLD";

  private final Countries countries;

  /** Creates an importer resolving codes with the given country table. */
  public WorldBankCsv(Countries countries) {
    this.countries = countries;
  }

  /**
   * Reads both series into one edition.
   *
   * @param edition the snapshot's edition (its id names the data snapshot, such as
   *     {@code 2026-03})
   * @throws ImportException naming the file and line when a row does not read
   */
  public LedgerEdition read(Path gdp, Path population, Edition edition) {
    if (edition.source() != Source.WORLD_BANK) {
      throw new ImportException("", "", "edition " + edition.citation()
          + " is not a World Bank edition: expected source WORLD_BANK");
    }
    List<LedgerValue> values = new ArrayList<>();
    readSeries(gdp, Indicator.WB_GDP_USD_CURRENT, values);
    readSeries(population, Indicator.WB_POPULATION, values);
    return new LedgerEdition(edition, WorldBankCsv.class.getName(), values, List.of());
  }

  private void readSeries(Path file, Indicator indicator, List<LedgerValue> values) {
    String name = String.valueOf(file.getFileName());
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
          .get().parse(reader)) {
        String code = row.get("Country Code");
        String value = row.get("Value");
        Optional<Country> country = countries.find(code)
            .filter(c -> c.iso3().equals(code))
            .filter(c -> c.kind() != CountryKind.AGGREGATE || WORLD.equals(code));
        if (country.isEmpty() || value.isBlank()) {
          continue;
        }
        try {
          values.add(new LedgerValue(code, Integer.parseInt(row.get("Year")), indicator,
              Double.parseDouble(value), Flag.REPORTED));
        } catch (NumberFormatException e) {
          throw new ImportException(name, "line " + row.getRecordNumber(), "year '"
              + row.get("Year") + "' or value '" + value + "' of " + code + " in " + name
              + " line " + (row.getRecordNumber() + 1) + " is not a number: expected numbers", e);
        }
      }
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      throw new ImportException(name, "", "cannot read " + name + " (" + e.getMessage()
          + "): expected the columns Country Name, Country Code, Year, Value", e);
    }
  }
}
