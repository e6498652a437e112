package dev.bulwark.data;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a small workbook in the layout of NATO's 2024 tables: sheets TABLE1 to TABLE8b, a title
 * row, a row of year headings in columns D onwards, block headings in column B (the constant-price
 * ones naming {@link #priceBase}), allies in column C and aggregates in column B. Values follow {@link #value}, so every figure is
 * known and the tables agree with each other as NATO's do.
 *
 * <p>Rows (1-based, as Excel shows them): headings on row 8, the first block's heading on row 10
 * and its allies from row 11 in the order given; the second block follows after one blank row.
 */
final class NatoFixture {

  static final List<String> SHEETS =
      List.of("TABLE1", "TABLE2", "TABLE3", "TABLE5", "TABLE6", "TABLE7", "TABLE8a", "TABLE8b");
  private static final Map<String, List<String>> BLOCKS = Map.of(
      "TABLE1", List.of("Current prices", "Constant YYYY prices "),
      "TABLE2", List.of("Current prices and exchange rates", "Constant YYYY prices and exchange rates"),
      "TABLE3", List.of("Share of real GDP (%)", "Annual real change (%)"),
      "TABLE5", List.of("Current prices and exchange rates", "Constant YYYY prices and exchange rates"),
      "TABLE6", List.of("GDP per capita (thousand US dollars)", "Defence expenditure per capita (US dollars)"),
      "TABLE7", List.of(""),
      "TABLE8a", List.of("Equipment (a)", "Personnel (b)"),
      "TABLE8b", List.of("Infrastructure (c)", "Other (d)"));

  List<String> years = List.of("2022", "2023e", "2024e");
  Map<String, Double> allies = new LinkedHashMap<>(Map.of());
  Map<String, String> texts = new LinkedHashMap<>();
  Map<String, String> renamed = new LinkedHashMap<>();
  private final Map<String, Object> cells = new LinkedHashMap<>();
  int firstRow = 7;
  /** The price base year the constant-price headings name (NATO: 2015 to 2024, 2021 from 2025). */
  int priceBase = 2015;
  /** The day recorded as the last save in the document properties; {@code null} keeps today. */
  LocalDate savedOn;

  NatoFixture() {
    allies.put("Germany", 1.5);
    allies.put("Poland*", 4.0);
    allies.put("United States", 3.3);
    allies.put("NATO Total", 2.7);
  }

  /**
   * Puts a text or number in a cell, e.g. {@code cell("TABLE3!G8", "2025e")}, whether or not the
   * fixture writes that cell otherwise (columns A to Z).
   */
  NatoFixture cell(String where, Object value) {
    cells.put(where, value);
    return this;
  }

  /** Puts a text in a cell, e.g. {@code text("TABLE3!D12", "n/a")}, replacing the generated one. */
  NatoFixture text(String where, String text) {
    texts.put(where, text);
    return this;
  }

  Path write(Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook book = new Workbook(out, "Bulwark test", "1.0");
      for (String sheet : SHEETS) {
        Worksheet ws = book.newWorksheet(renamed.getOrDefault(sheet, sheet));
        ws.value(firstRow - 4, 1, "Table " + sheet.substring(5) + " : test");
        for (int c = 0; c < years.size(); c++) {
          ws.value(firstRow, 3 + c, years.get(c));
        }
        int row = firstRow + 2;
        List<String> blocks = BLOCKS.get(sheet);
        for (int b = 0; b < blocks.size(); b++) {
          if (!blocks.get(b).isEmpty()) {
            put(ws, sheet, row, 1, blocks.get(b).replace("YYYY", String.valueOf(priceBase)));
          }
          row++;
          for (Map.Entry<String, Double> ally : allies.entrySet()) {
            boolean aggregate = ally.getKey().startsWith("NATO");
            put(ws, sheet, row, aggregate ? 1 : 2, ally.getKey());
            for (int c = 0; c < years.size(); c++) {
              put(ws, sheet, row, 3 + c, value(sheet, ally.getValue(), b));
            }
            row++;
          }
          row++;
        }
        ws.value(row + 1, 2, "Notes: Figures for the last two years are estimates.");
        for (Map.Entry<String, Object> cell : cells.entrySet()) {
          if (cell.getKey().startsWith(sheet + "!")) {
            String ref = cell.getKey().substring(sheet.length() + 1);
            int r = Integer.parseInt(ref.substring(1)) - 1;
            int c = ref.charAt(0) - 'A';
            if (cell.getValue() instanceof Double d) {
              ws.value(r, c, d);
            } else {
              ws.value(r, c, (String) cell.getValue());
            }
          }
        }
      }
      book.finish();
    }
    if (savedOn != null) {
      saveDate(file, savedOn);
    }
    return file;
  }

  /**
   * Sets the save date in a written workbook's document properties, as a workbook saved again on
   * that day records it (the writer stamps only the creation time, with the current time).
   */
  static void saveDate(Path file, LocalDate day) throws IOException {
    try (FileSystem zip = FileSystems.newFileSystem(file)) {
      Path core = zip.getPath("docProps/core.xml");
      String xml = Files.readString(core);
      String dated = xml.replaceAll("(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
          "$1" + day + "T09:00:00.000Z$2");
      if (dated.equals(xml)) {
        throw new IllegalStateException("no creation date in " + file + "'s core.xml");
      }
      Files.writeString(core, dated);
    }
  }

  /**
   * Returns a figure: {@code base + block index}, except in TABLE5, whose GDP makes Table 3's
   * share ({@code base}) equal 100 × Table 2's constant-price spending ({@code base + 1}) ÷ GDP,
   * as in NATO's own tables.
   */
  static double value(String sheet, double base, int block) {
    return sheet.equals("TABLE5") ? 100 * (base + block) / base : base + block;
  }

  private void put(Worksheet ws, String sheet, int row, int col, Object value) {
    String ref = sheet + "!" + (char) ('A' + col) + (row + 1);
    if (cells.containsKey(ref)) {
      return;
    }
    if (texts.containsKey(ref)) {
      ws.value(row, col, texts.get(ref));
    } else if (value instanceof Double d) {
      ws.value(row, col, d);
    } else {
      ws.value(row, col, (String) value);
    }
  }
}
