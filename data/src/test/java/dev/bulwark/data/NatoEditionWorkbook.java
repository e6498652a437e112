package dev.bulwark.data;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes, with Apache POI, a small workbook in the layout of NATO's tables from the August 2025
 * edition on: sheets {@code Table 1} to {@code Table 8b}, each with a title row ("Table 1: Defence
 * expenditure", or "Table 1: Core defence expenditure" from July 2026), a heading row whose first
 * cell is empty and whose years read {@code 2024}, {@code 2025e}, ... (plain years as numbers,
 * estimates as text), blocks under lower-case subtitles ("current prices", "constant 2021
 * prices", "share of real GDP", "equipment", ...), the allies with {@code *} after those with a
 * national 2% commitment, the aggregates, and a "Notes" row. Iceland has no expenditure rows, only
 * GDP (Table 5).
 *
 * <p>{@link #edition2025()} and {@link #edition2026()} carry the figures NATO published for the
 * allies they list, each cited where it is set; a figure NATO did not publish for one of those
 * allies (Germany's 2025e in the 2025 edition) is an empty cell. Every other cell is filler,
 * chosen so the tables agree with each other as NATO's do: spending at constant prices
 * {@code 10,000 × share}, at current prices 1.1 times that, GDP such that spending ÷ GDP is the
 * share at constant and at current prices, 25% on equipment. The sheets are laid out alike:
 * title on row 1, headings on row 4 (years from column B), the first subtitle on row 6 and its
 * allies from row 7 in the order listed, then the aggregates; the next block after a blank row.
 */
public final class NatoEditionWorkbook {

  /** A table's sheet, its title (after "Table N: ") and its block subtitles. */
  private record Sheet(String name, String title, List<String> blocks) {}

  private static final List<String> AGGREGATES = List.of("NATO Europe and Canada", "NATO Total");

  private final String definitionTitle;
  private final List<String> years;
  private final LocalDate published;
  private final List<String> allies;
  private final Set<String> committed;
  private final Map<String, Double> figures = new HashMap<>();
  private final Map<String, String> texts = new LinkedHashMap<>();

  private NatoEditionWorkbook(String definitionTitle, List<String> years, LocalDate published,
      List<String> allies, Set<String> committed) {
    this.definitionTitle = definitionTitle;
    this.years = years;
    this.published = published;
    this.allies = allies;
    this.committed = committed;
  }

  /**
   * NATO, Defence Expenditure of NATO Countries (2014–2025), 28 August 2025, at constant 2021
   * prices: Table 3's shares of real GDP for 2025e. Germany has no 2025e figure (its budget was
   * pending).
   */
  public static NatoEditionWorkbook edition2025() {
    NatoEditionWorkbook book = new NatoEditionWorkbook("Defence expenditure",
        List.of("2023", "2024e", "2025e"), LocalDate.of(2025, 8, 28),
        List.of("Belgium", "Czechia", "Estonia", "Germany", "Latvia", "Lithuania", "Luxembourg",
            "North Macedonia", "Norway", "Poland", "Portugal", "Spain", "United States"),
        Set.of("Czechia", "Estonia", "Latvia", "Lithuania", "Poland"));
    Map<String, Double> shares = Map.ofEntries(Map.entry("Poland", 4.48),
        Map.entry("Lithuania", 4.00), Map.entry("Latvia", 3.73), Map.entry("Estonia", 3.38),
        Map.entry("Norway", 3.35), Map.entry("United States", 3.22), Map.entry("Belgium", 2.00),
        Map.entry("Czechia", 2.00), Map.entry("Luxembourg", 2.00),
        Map.entry("North Macedonia", 2.00), Map.entry("Portugal", 2.00), Map.entry("Spain", 2.00));
    shares.forEach((ally, share) -> book.share(ally, "2025e", share));
    book.figures.put(key("Germany", "2025e"), Double.NaN);
    return book;
  }

  /**
   * NATO, Defence Investment of NATO Countries (2014–2026), July 2026: core defence expenditure in
   * the sense of the Hague commitment. Sweden: Table 1, SEK 140,549 million in 2024; Table 2,
   * US$ 24,186 million at current and 21,538 million at 2021 prices in 2026e; Table 3, 3.22% of
   * real GDP; Table 8a, 25.41% on equipment. United States: Table 2, US$ 1,032,849 million in
   * 2026e. Table 3: Poland 4.25% in 2025e (4.48% in the 2025 edition) and 4.68% in 2026e; Germany
   * 2.22% in 2025e and 2.69% in 2026e.
   */
  public static NatoEditionWorkbook edition2026() {
    NatoEditionWorkbook book = new NatoEditionWorkbook("Core defence expenditure",
        List.of("2024", "2025e", "2026e"), LocalDate.of(2026, 7, 2),
        List.of("Germany", "Poland", "Sweden", "United States"), Set.of("Poland"));
    book.share("Poland", "2025e", 4.25);
    book.share("Poland", "2026e", 4.68);
    book.share("Germany", "2025e", 2.22);
    book.share("Germany", "2026e", 2.69);
    book.share("Sweden", "2026e", 3.22);
    book.figures.put(key("Table 1", 0, "Sweden", "2024"), 140_549.0);
    book.figures.put(key("Table 2", 0, "Sweden", "2026e"), 24_186.0);
    book.figures.put(key("Table 2", 1, "Sweden", "2026e"), 21_538.0);
    book.figures.put(key("Table 8a", 0, "Sweden", "2026e"), 25.41);
    book.figures.put(key("Table 2", 0, "United States", "2026e"), 1_032_849.0);
    return book;
  }

  /** Puts a text in a cell of a sheet ({@code text("Table 3", "C7", "n/a")}), replacing it. */
  public NatoEditionWorkbook text(String sheet, String ref, String text) {
    texts.put(sheet + "!" + ref, text);
    return this;
  }

  /** Writes the workbook, saved on the edition's publication day. */
  public Path write(Path file) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      for (Sheet sheet : sheets()) {
        writeSheet(book.createSheet(sheet.name()), sheet);
      }
      Date day = Date.from(published.atTime(9, 0).toInstant(ZoneOffset.UTC));
      book.getProperties().getCoreProperties().setCreated(Optional.of(day));
      book.getProperties().getCoreProperties().setModified(Optional.of(day));
      book.write(out);
    }
    return file;
  }

  private List<Sheet> sheets() {
    String spending = definitionTitle;
    String lower = spending.toLowerCase(Locale.ROOT);
    String perCapita = (lower.startsWith("core") ? "core " : "")
        + "defence expenditure per capita (US dollars)";
    return List.of(
        new Sheet("Table 1", spending, List.of("current prices", "constant 2021 prices")),
        new Sheet("Table 2", spending, List.of("current prices and exchange rates",
            "constant 2021 prices and exchange rates")),
        new Sheet("Table 3", spending + " as a share of GDP and annual real change",
            List.of("share of real GDP", "annual real change")),
        new Sheet("Table 5", "GDP", List.of("current prices and exchange rates",
            "constant 2021 prices and exchange rates")),
        new Sheet("Table 6", "GDP per capita and " + lower + " per capita",
            List.of("GDP per capita (thousand US dollars)", perCapita)),
        new Sheet("Table 7", "Military personnel", List.of("")),
        new Sheet("Table 8a", "Distribution of " + lower + " by main category",
            List.of("equipment", "personnel")),
        new Sheet("Table 8b", "Distribution of " + lower + " by main category",
            List.of("infrastructure", "other")));
  }

  private void writeSheet(XSSFSheet ws, Sheet sheet) {
    ws.createRow(0).createCell(0).setCellValue(sheet.name() + ": " + sheet.title());
    XSSFRow heading = ws.createRow(3);
    for (int c = 0; c < years.size(); c++) {
      String year = years.get(c);
      if (year.endsWith("e")) {
        heading.createCell(1 + c).setCellValue(year);
      } else {
        heading.createCell(1 + c).setCellValue(Integer.parseInt(year));
      }
    }
    int row = 5;
    for (int b = 0; b < sheet.blocks().size(); b++) {
      if (!sheet.blocks().get(b).isEmpty()) {
        ws.createRow(row++).createCell(0).setCellValue(sheet.blocks().get(b));
      }
      List<String> rows = new ArrayList<>(allies);
      if (sheet.name().equals("Table 5")) {
        rows.add("Iceland");
      }
      rows.addAll(AGGREGATES);
      for (String ally : rows) {
        XSSFRow r = ws.createRow(row++);
        r.createCell(0).setCellValue(ally + (committed.contains(ally) ? "*" : ""));
        for (int c = 0; c < years.size(); c++) {
          double value = figure(sheet.name(), b, ally, years.get(c));
          if (!Double.isNaN(value)) {
            r.createCell(1 + c).setCellValue(value);
          }
        }
      }
      row++;
    }
    ws.createRow(row++).createCell(0).setCellValue("Notes");
    ws.createRow(row).createCell(0).setCellValue("Figures for " + years.get(years.size() - 2)
        + " and " + years.get(years.size() - 1) + " are estimates.");
    texts.forEach((where, text) -> {
      if (where.startsWith(sheet.name() + "!")) {
        String ref = where.substring(sheet.name().length() + 1);
        int r = Integer.parseInt(ref.substring(1)) - 1;
        XSSFRow target = ws.getRow(r) == null ? ws.createRow(r) : ws.getRow(r);
        target.createCell(ref.charAt(0) - 'A').setCellValue(text);
      }
    });
  }

  /** Returns a cell's figure: pinned, absent (NaN), or filler derived from the share. */
  private double figure(String sheet, int block, String ally, String year) {
    boolean absent = figures.containsKey(key(ally, year)) && !sheet.equals("Table 5");
    Double pinned = figures.get(key(sheet, block, ally, year));
    if (absent) {
      return Double.NaN;
    }
    if (pinned != null) {
      return pinned;
    }
    double share = figures.getOrDefault(key("Table 3", 0, ally, year), 2.5);
    double constant = figures.getOrDefault(key("Table 2", 1, ally, year), 10_000 * share);
    double current = figures.getOrDefault(key("Table 2", 0, ally, year), 1.1 * constant);
    return switch (sheet + "|" + block) {
      case "Table 1|0" -> 10 * current;
      case "Table 1|1" -> 10 * constant;
      case "Table 6|1" -> 1000;
      case "Table 2|0" -> current;
      case "Table 2|1" -> constant;
      case "Table 3|0" -> share;
      case "Table 5|0" -> ally.equals("Iceland") ? 30_000 : 100 * current / share;
      case "Table 5|1" -> ally.equals("Iceland") ? 25_000 : 100 * constant / share;
      case "Table 6|0" -> 50;
      case "Table 7|0" -> 20;
      case "Table 8a|0" -> 25;
      case "Table 8a|1" -> 40;
      case "Table 8b|0" -> 5;
      default -> 3;
    };
  }

  private void share(String ally, String year, double share) {
    figures.put(key("Table 3", 0, ally, year), share);
  }

  private static String key(String sheet, int block, String ally, String year) {
    return sheet + "|" + block + "|" + ally + "|" + year;
  }

  /** The key of a country-year NATO gives no figure for. */
  private static String key(String ally, String year) {
    return "absent|" + ally + "|" + year;
  }
}
