package dev.bulwark.data.workbook;

import dev.bulwark.core.country.Countries;
import dev.bulwark.core.country.Country;
import dev.bulwark.core.country.CountryKind;
import dev.bulwark.core.panel.Edition;
import dev.bulwark.core.panel.Flag;
import dev.bulwark.core.panel.Indicator;
import dev.bulwark.core.panel.Source;
import dev.bulwark.core.unit.Percent;
import dev.bulwark.data.ImportException;
import dev.bulwark.data.format.LedgerEdition;
import dev.bulwark.data.format.LedgerValue;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads SIPRI's Military Expenditure Database workbook (the layout of the April 2025 release,
 * data 1949–2024) into the ledger's tidy form.
 *
 * <p>Five country sheets are read: constant US$ m., current US$ m., share of GDP, per capita
 * (current US$) and share of government spending. The constant-price sheet is found by its name,
 * {@code Constant (YYYY) US$}: SIPRI moves the price base year with every release (2023 in the
 * April 2025 release, 2024 in 2026), and the year becomes the edition's
 * {@linkplain Edition#priceBase() price base}. In each the importer finds the heading
 * row ("Country", then one column per year) and reads every row with a name and cells under the
 * years; region and sub-region headings have none and are skipped. SIPRI's shares are fractions
 * (0.0342) and are stored as percent ({@link Percent#ofFraction}). The font colour carries the flag: blue is a SIPRI
 * estimate, red a highly uncertain figure. {@code ". ."} and {@code "xxx"} (no data, not
 * independent) are absent values, never zeros.
 *
 * <p>From "Regional totals" the World row and every regional and sub-regional row are read, in
 * US$ b. (stored × 1000 in US$ m. under {@code WLD} and the country table's {@code SIPRI_...}
 * aggregate rows, {@code SIPRI_EUROPE}, {@code SIPRI_MIDDLE_EAST}, ...; a row the table does not
 * know as one of SIPRI's regions is refused): the constant US$ years (at the same price base) and the "2024 (current prices)"
 * column as current US$. There red marks a total of which more than 10% is SIPRI's estimate for missing countries,
 * stored as an estimate.
 *
 * <p>The edition id is the April after the last data year ({@code 2025-04} for data to 2024),
 * SIPRI's yearly release month; the publication date is the day the workbook was last saved.
 */
public final class SipriWorkbook {

  private static final String REGIONAL = "Regional totals";
  private static final String WORLD = "WLD";
  private static final String REGION_PREFIX = "SIPRI_";
  private static final Pattern CURRENT_YEAR = Pattern.compile("(\\d{4}) \\(current prices\\)");
  private static final Set<String> NO_DATA = Set.of("...", ". .", "..", "xxx");
  private static final Pattern CONSTANT_SHEET = Pattern.compile("Constant \\((\\d{4})\\) US\\$");
  private static final String CONSTANT_SHOWN = "Constant (YYYY) US$";

  /**
   * A country sheet, its indicator and whether SIPRI publishes it as a fraction, stored as
   * percent.
   */
  private record CountrySheet(String name, Indicator indicator, boolean fraction) {

    double value(double published) {
      return fraction ? Percent.ofFraction(published).points() : published;
    }
  }

  private static final List<CountrySheet> SHEETS_AT_CURRENT_PRICES = List.of(
      new CountrySheet("Current US$", Indicator.SIPRI_MILEX_CURRENT, false),
      new CountrySheet("Share of GDP", Indicator.SIPRI_MILEX_SHARE_GDP, true),
      new CountrySheet("Per capita", Indicator.SIPRI_MILEX_PER_CAPITA, false),
      new CountrySheet("Share of Govt. spending", Indicator.SIPRI_MILEX_SHARE_GOVT, true));

  private static final String WHAT = "SIPRI's Military Expenditure Database workbook with sheets "
      + "Regional totals, " + CONSTANT_SHOWN + ", Current US$, Share of GDP, Per capita and"
      + " Share of Govt. spending";

  private final Countries countries;

  /** Creates an importer resolving names with the given country table. */
  public SipriWorkbook(Countries countries) {
    this.countries = countries;
  }

  /**
   * Reads the workbook.
   *
   * @throws ImportException naming the sheet, cell and problem when the workbook is not SIPRI's or
   *     a figure does not read
   */
  public LedgerEdition read(Path file) {
    return readWithPlaces(file).edition();
  }

  /**
   * Reads the workbook and the cell of each value. Each country sheet's year headings must run
   * one year after another and end in the same year as the constant-price sheet's, and the last
   * heading must head figures.
   *
   * @throws ImportException naming the sheet, cell and problem when the workbook is not SIPRI's,
   *     a heading is out of place or a figure does not read
   */
  public Imported readWithPlaces(Path file) {
    return Workbook.reading(file, this::read);
  }

  private Imported read(Workbook book) {
    MatchResult constant = book.sheetMatching(CONSTANT_SHEET, CONSTANT_SHOWN, WHAT);
    int priceBase = Integer.parseInt(constant.group(1));
    List<CountrySheet> sheets = new ArrayList<>();
    sheets.add(new CountrySheet(constant.group(), Indicator.SIPRI_MILEX_CONSTANT, false));
    sheets.addAll(SHEETS_AT_CURRENT_PRICES);
    List<String> required = new ArrayList<>(List.of(REGIONAL));
    sheets.forEach(s -> required.add(s.name()));
    book.requireSheets(required, WHAT);
    Figures figures = new Figures();
    YearColumns first = null;
    int firstYear = Integer.MAX_VALUE;
    for (CountrySheet sheet : sheets) {
      Grid grid = book.grid(sheet.name(), WHAT);
      YearColumns years = YearColumns.require(grid, 0, "SIPRI's layout: 'Country', then one column per year");
      years.requireConsecutive(grid);
      if (first == null) {
        first = years;
      } else {
        years.requireSameLastYear(first, constant.group(), grid);
      }
      years.requireFigures(grid, years.lastCol());
      years.requireNoFigureRightOfHeadings(grid);
      readCountries(grid, years, sheet, figures);
      firstYear = Math.min(firstYear, years.firstYear());
    }
    readRegions(book.grid(REGIONAL, WHAT), figures);
    LocalDate published = book.lastSaved().orElseThrow(() -> new ImportException("", "",
        "'" + book.fileName() + "' records no save date in its document properties:"
            + " expected the workbook as SIPRI published it"));
    int lastYear = first.lastYear();
    int release = lastYear + 1;
    Edition edition = new Edition(Source.SIPRI, release + "-04",
        "SIPRI Military Expenditure Database " + release + " (data " + firstYear + "-" + lastYear
            + ")", published, book.fileName(), OptionalInt.of(priceBase));
    return new Imported(new LedgerEdition(edition, SipriWorkbook.class.getName(),
        figures.values(), List.of()), figures.places());
  }

  private void readCountries(Grid grid, YearColumns years, CountrySheet sheet,
      Figures figures) {
    CountryNames names = new CountryNames(countries);
    for (int row : grid.rowIndexes()) {
      if (row <= years.row()) {
        continue;
      }
      Optional<Cell> label = grid.label(row, years.firstCol());
      List<Cell> cells = grid.cellsIn(row, years.years().keySet());
      if (label.isEmpty() || cells.isEmpty()) {
        continue;
      }
      Country country = names.resolve(label.get().text().strip(), label.get());
      for (Cell cell : cells) {
        figure(cell).ifPresent(v -> figures.add(new LedgerValue(country.iso3(),
            years.years().get(cell.col()), sheet.indicator(), sheet.value(v), flag(cell)), cell));
      }
    }
  }

  private void readRegions(Grid grid, Figures figures) {
    YearColumns years = YearColumns.require(grid, 0, "SIPRI's layout: 'Region', then one column per year");
    CountryNames names = new CountryNames(countries);
    boolean world = false;
    for (int row : grid.rowIndexes()) {
      Optional<Cell> label = grid.label(row, years.firstCol());
      if (row <= years.row() || label.isEmpty()
          || grid.cellsIn(row, years.years().keySet()).isEmpty()) {
        continue;
      }
      Country region = names.resolve(label.get().text().strip(), label.get());
      if (!isRegion(region)) {
        throw label.get().problem("'" + label.get().text().strip() + "' in "
            + label.get().where() + " is " + region.label() + ", not one of SIPRI's regions:"
            + " expected World or a region of Bulwark's country table (SIPRI_...)");
      }
      world |= region.iso3().equals(WORLD);
      readTotals(grid, years, row, region.iso3(), figures);
    }
    if (!world) {
      throw new ImportException(grid.name(), "", "no 'World' row in " + grid.name()
          + ": expected SIPRI's world total under the year headings");
    }
  }

  /** World, or one of SIPRI's regional totals ({@code SIPRI_...} aggregate rows). */
  private static boolean isRegion(Country country) {
    return country.kind() == CountryKind.AGGREGATE
        && (country.iso3().equals(WORLD) || country.iso3().startsWith(REGION_PREFIX));
  }

  private static void readTotals(Grid grid, YearColumns years, int row, String iso3,
      Figures figures) {
    for (Map.Entry<Integer, Cell> entry : grid.row(row).entrySet()) {
      Cell cell = entry.getValue();
      Integer year = years.years().get(entry.getKey());
      Matcher current = CURRENT_YEAR.matcher(
          grid.cell(years.row(), entry.getKey()).map(c -> c.text().strip()).orElse(""));
      Indicator indicator = year != null ? Indicator.SIPRI_MILEX_CONSTANT
          : current.matches() ? Indicator.SIPRI_MILEX_CURRENT : null;
      if (indicator == null) {
        continue;
      }
      int y = year != null ? year : Integer.parseInt(current.group(1));
      Flag flag = cell.tint() == Tint.PLAIN ? Flag.REPORTED : Flag.ESTIMATE;
      figure(cell).ifPresent(v -> figures.add(new LedgerValue(iso3, y, indicator, v * 1000, flag),
          cell));
    }
  }

  private static Optional<Double> figure(Cell cell) {
    if (cell.kind() == Cell.Kind.TEXT && NO_DATA.contains(cell.text().strip())) {
      return Optional.empty();
    }
    return Optional.of(cell.requireNumber());
  }

  private static Flag flag(Cell cell) {
    switch (cell.tint()) {
      case BLUE:
        return Flag.ESTIMATE;
      case RED:
        return Flag.HIGHLY_UNCERTAIN;
      default:
        return Flag.REPORTED;
    }
  }
}
