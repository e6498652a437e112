package dev.bulwark.data.workbook;

import dev.bulwark.core.country.Countries;
import dev.bulwark.core.country.Country;
import dev.bulwark.core.panel.Edition;
import dev.bulwark.core.panel.Flag;
import dev.bulwark.core.panel.Indicator;
import dev.bulwark.core.panel.Source;
import dev.bulwark.data.ImportException;
import dev.bulwark.data.format.LedgerEdition;
import dev.bulwark.data.format.LedgerNote;
import dev.bulwark.data.format.LedgerValue;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads NATO's "Defence Expenditure of NATO Countries" tables workbook (the layout of the June
 * 2024 edition, sheets {@code TABLE1} to {@code TABLE8b}) into the ledger's tidy form.
 *
 * <p>In each sheet the importer finds the row of year headings ({@code 2014 ... 2024e}; an
 * {@code e} marks NATO's estimates), then walks down: a row whose label matches a block heading
 * ("Current prices", "Share of real GDP (%)", "Equipment (a)", ...) starts that block, and a row
 * with a label and figures under the year headings is a country (or the aggregates "NATO Europe
 * and Canada" and "NATO Total"). Labels lose NATO's currency suffix ({@code "Türkiye   (Liras)"})
 * and the {@code *} that marks an ally with a national law or agreement on 2% of GDP; those allies
 * become {@link LedgerNote#NATIONAL_2PCT_COMMITMENT} notes. Rows without a label (NATO's
 * {@code #REF!} artefacts) and rows without figures (notes, page numbers) are skipped. Table 4
 * repeats Tables 2 and 3 and is not read.
 *
 * <p>The edition id is the last year of the headings ("2014-2024" gives {@code 2024}), the title
 * "Defence Expenditure of NATO Countries (2014-2024)", the publication date the day the workbook
 * was last saved (17 June 2024 for the 2024 edition), the origin the file's name.
 */
public final class NatoTables {

  private static final String WHAT = "NATO's Defence Expenditure tables workbook with sheets "
      + "TABLE1, TABLE2, TABLE3, TABLE5, TABLE6, TABLE7, TABLE8a and TABLE8b";

  /** A block heading and the indicator its rows hold. */
  private record Block(String heading, Indicator indicator) {
  }

  /** The blocks of each sheet, in the order NATO prints them. */
  private static final Map<String, List<Block>> TABLES = new LinkedHashMap<>();

  static {
    TABLES.put("TABLE1", List.of(
        new Block("Current prices", Indicator.NATO_DEFEXP_NCU_CURRENT),
        new Block("Constant 2015 prices", Indicator.NATO_DEFEXP_NCU_CONST2015)));
    TABLES.put("TABLE2", List.of(
        new Block("Current prices and exchange rates", Indicator.NATO_DEFEXP_USD_CURRENT),
        new Block("Constant 2015 prices and exchange rates", Indicator.NATO_DEFEXP_USD_CONST2015)));
    TABLES.put("TABLE3", List.of(
        new Block("Share of real GDP (%)", Indicator.NATO_DEFEXP_SHARE_GDP),
        new Block("Annual real change (%)", Indicator.NATO_DEFEXP_REAL_CHANGE)));
    TABLES.put("TABLE5", List.of(
        new Block("Current prices and exchange rates", Indicator.NATO_GDP_USD_CURRENT),
        new Block("Constant 2015 prices and exchange rates", Indicator.NATO_GDP_USD_CONST2015)));
    TABLES.put("TABLE6", List.of(
        new Block("GDP per capita (thousand US dollars)", Indicator.NATO_GDP_PER_CAPITA_CONST2015),
        new Block("Defence expenditure per capita (US dollars)",
            Indicator.NATO_DEFEXP_PER_CAPITA_CONST2015)));
    TABLES.put("TABLE7", List.of(new Block("", Indicator.NATO_MILITARY_PERSONNEL)));
    TABLES.put("TABLE8a", List.of(
        new Block("Equipment (a)", Indicator.NATO_EQUIPMENT_SHARE),
        new Block("Personnel (b)", Indicator.NATO_PERSONNEL_SHARE)));
    TABLES.put("TABLE8b", List.of(
        new Block("Infrastructure (c)", Indicator.NATO_INFRASTRUCTURE_SHARE),
        new Block("Other (d)", Indicator.NATO_OTHER_SHARE)));
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
    try (Workbook book = Workbook.open(file)) {
      book.requireSheets(TABLES.keySet(), WHAT);
      List<LedgerValue> values = new ArrayList<>();
      Set<String> committed = new TreeSet<>();
      int firstYear = Integer.MAX_VALUE;
      int lastYear = Integer.MIN_VALUE;
      for (Map.Entry<String, List<Block>> table : TABLES.entrySet()) {
        Grid grid = book.grid(table.getKey(), WHAT);
        YearColumns years = YearColumns.require(grid, 0, "NATO's table layout with one column per year");
        readTable(grid, years, table.getValue(), values, committed);
        firstYear = Math.min(firstYear, years.firstYear());
        lastYear = Math.max(lastYear, years.lastYear());
      }
      LocalDate published = book.lastSaved().orElseThrow(() -> new ImportException("", "",
          "'" + book.fileName() + "' records no save date in its document properties:"
              + " expected the workbook as NATO published it"));
      Edition edition = new Edition(Source.NATO, String.valueOf(lastYear),
          "Defence Expenditure of NATO Countries (" + firstYear + "-" + lastYear + ")",
          published, book.fileName());
      List<LedgerNote> notes = committed.stream()
          .map(iso3 -> new LedgerNote(iso3, LedgerNote.NATIONAL_2PCT_COMMITMENT)).toList();
      return new LedgerEdition(edition, NatoTables.class.getName(), values, notes);
    }
  }

  private void readTable(Grid grid, YearColumns years, List<Block> blocks,
      List<LedgerValue> values, Set<String> committed) {
    Block current = blocks.size() == 1 ? blocks.get(0) : null;
    Set<Block> found = new HashSet<>();
    CountryNames names = new CountryNames(countries);
    for (int row : grid.rowIndexes()) {
      if (row <= years.row()) {
        continue;
      }
      var label = grid.label(row, years.firstCol());
      List<Cell> figures = grid.cellsIn(row, years.years().keySet());
      Block heading = label.map(l -> heading(blocks, l)).orElse(null);
      if (heading != null && figures.isEmpty()) {
        current = heading;
        found.add(heading);
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
        committed.add(country.iso3());
      }
      for (Cell cell : figures) {
        values.add(new LedgerValue(country.iso3(), years.years().get(cell.col()),
            current.indicator(), cell.requireNumber(),
            years.isEstimate(cell.col()) ? Flag.ESTIMATE : Flag.REPORTED));
      }
    }
    for (Block block : blocks) {
      if (!found.contains(block)) {
        throw new ImportException(grid.name(), "", "block '" + block.heading() + "' not found in "
            + grid.name() + ": expected its heading above its rows, as NATO prints it");
      }
    }
  }

  private static Block heading(List<Block> blocks, Cell label) {
    String text = label.folded();
    return blocks.stream()
        .filter(b -> !b.heading().isEmpty()
            && text.equals(b.heading().toLowerCase(Locale.ROOT).strip()))
        .findFirst().orElse(null);
  }

  private static List<String> headings(List<Block> blocks) {
    return blocks.stream().map(Block::heading).toList();
  }
}
