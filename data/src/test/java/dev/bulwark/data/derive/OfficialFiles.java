package dev.bulwark.data.derive;

import dev.bulwark.core.aid.AidRelease;
import dev.bulwark.core.country.Countries;
import dev.bulwark.core.panel.Edition;
import dev.bulwark.core.panel.Source;
import dev.bulwark.data.aid.KielDataHub;
import dev.bulwark.data.format.LedgerEdition;
import dev.bulwark.data.workbook.NatoTables;
import dev.bulwark.data.workbook.SipriWorkbook;
import dev.bulwark.data.workbook.WorldBankCsv;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The official files the bundled ledger is derived from, found in {@code ../shared/data} beside
 * the checkout, and the editions the project's importers read from them.
 */
final class OfficialFiles {

  static final String NATO = "nato/240617-def-exp-2024-TABLES-en.xlsx";
  static final String SIPRI = "sipri/SIPRI-Milex-data-1949-2024_2.xlsx";
  static final String WB_GDP = "worldbank/gdp_current_usd.csv";
  static final String WB_POPULATION = "worldbank/population_total.csv";
  /** The Data Hub files of the Ukraine Support Tracker's Release 29. */
  static final String KIEL = "kiel_ukraine_support_tracker";

  /**
   * The World Bank snapshot: datahub's GDP package updated 2026-03-20 and population package
   * updated 2026-03-06, both republishing WDI series; the edition is named after the later update.
   */
  static final Edition WORLD_BANK = new Edition(Source.WORLD_BANK, "2026-03",
      "World Development Indicators: GDP (current US$) and population, snapshot of March 2026",
      LocalDate.of(2026, 3, 20), "gdp_current_usd.csv, population_total.csv (WDI via datahub)");

  private OfficialFiles() {
  }

  /** Finds {@code shared/data} by walking up from the working directory, if it is there. */
  static Optional<Path> find() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("../shared/data").normalize();
      if (Files.isRegularFile(candidate.resolve(NATO))) {
        return Optional.of(candidate);
      }
      Path inside = dir.resolve("shared/data");
      if (Files.isRegularFile(inside.resolve(NATO))) {
        return Optional.of(inside);
      }
    }
    return Optional.empty();
  }

  /** Reads the bundled release of Kiel's tracker with the project's importer. */
  static AidRelease readAid(Path data) {
    return new KielDataHub(Countries.bundled()).read(data.resolve(KIEL));
  }

  /** Reads the three editions with the project's importers, in the ledger's order. */
  static List<LedgerEdition> read(Path data) {
    Countries countries = Countries.bundled();
    return List.of(
        new NatoTables(countries).read(data.resolve(NATO)),
        new SipriWorkbook(countries).read(data.resolve(SIPRI)),
        new WorldBankCsv(countries).read(data.resolve(WB_GDP), data.resolve(WB_POPULATION),
            WORLD_BANK));
  }
}
