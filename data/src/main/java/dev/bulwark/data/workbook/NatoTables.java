package dev.bulwark.data.workbook;

import dev.bulwark.core.country.Countries;
import dev.bulwark.core.country.Country;
import dev.bulwark.core.panel.Edition;
import dev.bulwark.core.panel.Flag;
import dev.bulwark.core.panel.Indicator;
import dev.bulwark.core.panel.Source;
import dev.bulwark.core.panel.SpendingDefinition;
import dev.bulwark.data.ImportException;
import dev.bulwark.data.format.LedgerEdition;
import dev.bulwark.data.format.LedgerNote;
import dev.bulwark.data.format.LedgerValue;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads NATO's tables workbook into the ledger's tidy form: "Defence Expenditure of NATO
 * Countries" (the June 2024 edition, sheets {@code TABLE1} to {@code TABLE8b}; the August 2025
 * edition, sheets {@code Table 1} to {@code Table 8b}) and "Defence Investment of NATO Countries"
 * (the July 2026 edition, same sheets). Sheets are found by name ignoring case and blanks.
 *
 * <p>In each sheet the importer finds the row of year headings ({@code 2014 ... 2025e}; an
 * {@code e} marks NATO's estimates), then walks down: a row whose label is a block heading
 * ("Current prices", "Share of real GDP (%)", "Equipment (a)", ...; compared ignoring case, a
 * trailing note mark in brackets and a leading "core") starts that block, and a row with a label
 * and figures under the year headings is a country (or the aggregates "NATO Europe and Canada"
 * and "NATO Total"). Labels lose NATO's currency suffix ({@code "Türkiye   (Liras)"}) and the
 * {@code *} that marks an ally with a national law or agreement on 2% of GDP; those allies
 * become {@link LedgerNote#NATIONAL_2PCT_COMMITMENT} notes. Rows without a label (NATO's
 * {@code #REF!} artefacts) and rows without figures (titles, notes, page numbers) are skipped. An
 * empty cell under a year is a figure NATO does not give (Germany's 2025e in the 2025 edition,
 * its budget pending) and stays absent, never zero. Table 4 repeats Tables 2 and 3 and is not
 * read.
 *
 * <p>The constant-price headings name NATO's price base year ("Constant 2015 prices" up to the
 * 2024 edition, "Constant 2021 prices" from 2025); they are matched with any year, every one of
 * them must name the same year, and that year becomes the edition's
 * {@linkplain Edition#priceBase() price base}, which also applies to the per-capita figures of
 * Table 6.
 *
 * <p>The title above Table 1's year headings names the edition's
 * {@linkplain SpendingDefinition definition}: "Table 1: Core defence expenditure" (2026) makes
 * every spending figure {@link SpendingDefinition#HAGUE_CORE}; any other title ("Table 1 : Defence
 * expenditure", 2024 and 2025) {@link SpendingDefinition#NATO_TOTAL}.
 *
 * <p>The edition id is the last year of the headings ("2014-2025e" gives {@code 2025}), the title
 * "Defence Expenditure of NATO Countries (2014-2025)" ("Defence Investment of NATO Countries
 * (2014-2026)" for core figures), the publication date the day the workbook was last saved (17
 * June 2024 for the 2024 edition), the origin the file's name.
 */
public final class NatoTables {

  private static final String WHAT = "NATO's Defence Expenditure tables workbook with sheets "
      + "TABLE1, TABLE2, TABLE3, TABLE5, TABLE6, TABLE7, TABLE8a and TABLE8b (or Table 1, ...,"
      + " Table 8b)";

  /** The words of Table 1's title that mark core defence expenditure (the 2026 edition on). */
  private static final String CORE_TITLE = "core defence expenditure";
  /** What a block heading may carry beyond its words: note marks or units in brackets. */
  private static final Pattern TRAILING_BRACKETS = Pattern.compile("(\\s*\\([^)]*\\))+$");
  private static final Pattern LEADING_CORE = Pattern.compile("^core\\s+");

  /**
   * A block heading and the indicator its rows hold. {@code YYYY} in a heading stands for the
   * price base year, which NATO moves with its editions (2015 up to 2024, 2021 from 2025).
   */
  private record Block(String heading, Pattern pattern, Indicator indicator) {

    static Block of(String heading, Indicator indicator) {
      String quoted = Pattern.quote(words(heading));
      return new Block(heading, Pattern.compile(quoted.replace("yyyy", "\\E(\\d{4})\\Q")),
          indicator);
    }
  }

  /** The blocks of each sheet, in the order NATO prints them. */
  private static final Map<String, List<Block>> TABLES = new LinkedHashMap<>();

  static {
    TABLES.put("TABLE1", List.of(
        Block.of("Current prices", Indicator.NATO_DEFEXP_NCU_CURRENT),
        Block.of("Constant YYYY prices", Indicator.NATO_DEFEXP_NCU_CONSTANT)));
    TABLES.put("TABLE2", List.of(
        Block.of("Current prices and exchange rates", Indicator.NATO_DEFEXP_USD_CURRENT),
        Block.of("Constant YYYY prices and exchange rates", Indicator.NATO_DEFEXP_USD_CONSTANT)));
    TABLES.put("TABLE3", List.of(
        Block.of("Share of real GDP (%)", Indicator.NATO_DEFEXP_SHARE_GDP),
        Block.of("Annual real change (%)", Indicator.NATO_DEFEXP_REAL_CHANGE)));
    TABLES.put("TABLE5", List.of(
        Block.of("Current prices and exchange rates", Indicator.NATO_GDP_USD_CURRENT),
        Block.of("Constant YYYY prices and exchange rates", Indicator.NATO_GDP_USD_CONSTANT)));
    TABLES.put("TABLE6", List.of(
        Block.of("GDP per capita (thousand US dollars)", Indicator.NATO_GDP_PER_CAPITA_CONSTANT),
        Block.of("Defence expenditure per capita (US dollars)",
            Indicator.NATO_DEFEXP_PER_CAPITA_CONSTANT)));
    TABLES.put("TABLE7", List.of(Block.of("", Indicator.NATO_MILITARY_PERSONNEL)));
    TABLES.put("TABLE8a", List.of(
        Block.of("Equipment (a)", Indicator.NATO_EQUIPMENT_SHARE),
        Block.of("Personnel (b)", Indicator.NATO_PERSONNEL_SHARE)));
    TABLES.put("TABLE8b", List.of(
        Block.of("Infrastructure (c)", Indicator.NATO_INFRASTRUCTURE_SHARE),
        Block.of("Other (d)", Indicator.NATO_OTHER_SHARE)));
  }

  /**
   * What the sheets yield: the values with their cells, the allies marked with {@code *}, and each price base
   * year a constant-price heading names with the first heading that names it.
   */
  private record Harvest(Figures figures, Set<String> committed, Map<Integer, Cell> priceBases) {

    Harvest() {
      this(new Figures(), new TreeSet<>(), new LinkedHashMap<>());
    }

    /** Returns the one price base year of the workbook, failing when headings disagree. */
    int priceBase() {
      List<Map.Entry<Integer, Cell>> bases = List.copyOf(priceBases.entrySet());
      if (bases.size() > 1) {
        Cell first = bases.get(0).getValue();
        Cell other = bases.get(1).getValue();
        throw other.problem("block heading '" + other.text().strip() + "' at " + other.where()
            + " names price base " + bases.get(1).getKey() + ", but '" + first.text().strip()
            + "' at " + first.where() + " names " + bases.get(0).getKey()
            + ": expected one price base year in the whole workbook");
      }
      return bases.get(0).getKey();
    }
  }

  private final Countries countries;

  /** Creates an importer resolving names with the given country table. */
  public NatoTables(Countries countries) {
    this.countries = countries;
  }

  /**
   * Reads the workbook.
   *
   * @throws ImportException naming the sheet, cell and problem when the workbook is not NATO's
   *     tables or a figure does not read
   */
  public LedgerEdition read(Path file) {
    return readWithPlaces(file).edition();
  }

  /**
   * Reads the workbook and the cell of each value. Every table must carry the same year headings,
   * one column per year, each heading over figures.
   *
   * @throws ImportException naming the sheet, cell and problem when the workbook is not NATO's
   *     tables, a heading is out of place or a figure does not read
   */
  public Imported readWithPlaces(Path file) {
    return Workbook.reading(file, this::read);
  }

  private Imported read(Workbook book) {
    Map<String, String> sheets = new LinkedHashMap<>();
    TABLES.keySet().forEach(table -> sheets.put(table, book.sheetCalled(table, WHAT)));
    Harvest harvest = new Harvest();
    YearColumns first = null;
    String firstSheet = null;
    SpendingDefinition definition = null;
    for (Map.Entry<String, List<Block>> table : TABLES.entrySet()) {
      Grid grid = book.grid(sheets.get(table.getKey()), WHAT);
      YearColumns years = YearColumns.require(grid, 0, "NATO's table layout with one column per year");
      if (first == null) {
        years.requireConsecutive(grid);
        first = years;
        firstSheet = grid.name();
        definition = definition(grid, years);
      } else {
        years.requireSameAs(first, firstSheet, grid);
      }
      years.requireFigures(grid, years.firstCol());
      years.requireFigures(grid, years.lastCol());
      years.requireNoFigureRightOfHeadings(grid);
      readTable(grid, years, table.getValue(), harvest);
    }
    LocalDate published = book.lastSaved().orElseThrow(() -> new ImportException("", "",
        "'" + book.fileName() + "' records no save date in its document properties:"
            + " expected the workbook as NATO published it"));
    String publication = definition == SpendingDefinition.HAGUE_CORE
        ? "Defence Investment of NATO Countries" : "Defence Expenditure of NATO Countries";
    Edition edition = new Edition(Source.NATO, String.valueOf(first.lastYear()),
        publication + " (" + first.firstYear() + "-" + first.lastYear() + ")", published,
        book.fileName(), OptionalInt.of(harvest.priceBase()), Optional.of(definition));
    List<LedgerNote> notes = harvest.committed().stream()
        .map(iso3 -> new LedgerNote(iso3, LedgerNote.NATIONAL_2PCT_COMMITMENT)).toList();
    return new Imported(new LedgerEdition(edition, NatoTables.class.getName(),
        harvest.figures().values(), notes), harvest.figures().places());
  }

  /**
   * Returns the definition Table 1's title names: core defence expenditure when a text above its
   * year headings says so, else NATO's total defence expenditure.
   */
  private static SpendingDefinition definition(Grid grid, YearColumns years) {
    boolean core = grid.rowIndexes().stream().filter(row -> row < years.row())
        .flatMap(row -> grid.row(row).values().stream())
        .anyMatch(cell -> cell.isText()
            && cell.folded().replaceAll("\\s+", " ").contains(CORE_TITLE));
    return core ? SpendingDefinition.HAGUE_CORE : SpendingDefinition.NATO_TOTAL;
  }

  private void readTable(Grid grid, YearColumns years, List<Block> blocks, Harvest harvest) {
    Block current = blocks.size() == 1 ? blocks.get(0) : null;
    Set<Block> found = new HashSet<>();
    CountryNames names = new CountryNames(countries);
    for (int row : grid.rowIndexes()) {
      if (row <= years.row()) {
        continue;
      }
      var label = grid.label(row, years.firstCol());
      List<Cell> figures = grid.cellsIn(row, years.years().keySet());
      Optional<Block> heading = figures.isEmpty()
          ? label.flatMap(l -> heading(blocks, l, harvest)) : Optional.empty();
      if (heading.isPresent()) {
        current = heading.get();
        found.add(current);
        names.newBlock();
        continue;
      }
      if (label.isEmpty() || figures.isEmpty()) {
        continue;
      }
      Cell labelCell = label.get();
      if (current == null) {
        throw labelCell.problem("row '" + labelCell.text().strip() + "' at " + labelCell.where()
            + " comes before any block heading: expected one of " + headings(blocks));
      }
      found.add(current);
      String name = labelCell.text().replaceAll("\\(.*\\)\\s*$", "").strip();
      boolean marked = name.endsWith("*");
      name = name.replace("*", "").strip();
      Country country = names.resolve(name, labelCell);
      if (marked) {
        harvest.committed().add(country.iso3());
      }
      for (Cell cell : figures) {
        harvest.figures().add(new LedgerValue(country.iso3(), years.years().get(cell.col()),
            current.indicator(), cell.requireNumber(),
            years.isEstimate(cell.col()) ? Flag.ESTIMATE : Flag.REPORTED), cell);
      }
    }
    for (Block block : blocks) {
      if (!found.contains(block)) {
        throw new ImportException(grid.name(), "", "block '" + block.heading() + "' not found in "
            + grid.name() + ": expected its heading above its rows, as NATO prints it");
      }
    }
  }

  /**
   * Returns the block whose heading a label is, if any, and notes the price base year a
   * constant-price heading names.
   */
  private static Optional<Block> heading(List<Block> blocks, Cell label, Harvest harvest) {
    for (Block block : blocks) {
      Matcher match = block.pattern().matcher(words(label.text()));
      if (!block.heading().isEmpty() && match.matches()) {
        if (match.groupCount() > 0) {
          harvest.priceBases().putIfAbsent(Integer.parseInt(match.group(1)), label);
        }
        return Optional.of(block);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns a block heading's words as compared: lower case, blanks collapsed, without note marks
   * or units in trailing brackets ("Equipment (a)" is "equipment") and without a leading "core".
   */
  private static String words(String heading) {
    String folded = heading.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    return LEADING_CORE.matcher(TRAILING_BRACKETS.matcher(folded).replaceAll("")).replaceAll("")
        .strip();
  }

  private static List<String> headings(List<Block> blocks) {
    return blocks.stream().map(Block::heading).toList();
  }
}
