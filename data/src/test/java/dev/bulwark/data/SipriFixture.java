package dev.bulwark.data;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a small workbook in the layout of SIPRI's April 2025 release: "Regional totals" with a
 * World row, and the five country sheets (the constant-price one named after {@link #priceBase})
 * with a "Country, Notes, 2022, 2023, 2024" heading row, a region row, and three countries.
 * Russia's newest figure is blue (an estimate), Ukraine's red (highly uncertain), the United
 * States' black; Ukraine's year before the newest is ". ." (no data).
 */
final class SipriFixture {

  static final List<String> SHEETS_AT_CURRENT_PRICES = List.of("Current US$", "Share of GDP",
      "Per capita", "Share of Govt. spending");

  /** The World's total in US$ b. at constant prices, by year (2021-2024 as SIPRI's 2025 release). */
  static final Map<Integer, Double> WORLD_CONSTANT =
      Map.of(2021, 2230.0, 2022, 2294.5, 2023, 2447.4, 2024, 2676.5, 2025, 2810.0);
  /** The World's total in US$ b. at current prices of the newest year. */
  static final Map<Integer, Double> WORLD_CURRENT = Map.of(2024, 2718.2, 2025, 2890.0);

  /** The price base year the constant-price sheet is named after (2023 in the 2025 release). */
  int priceBase = 2023;
  /** The year headings; the last is the newest data year. */
  List<Integer> years = List.of(2022, 2023, 2024);
  /**
   * Published figures that replace the generated ones, by {@code sheet|country|year}; the
   * World's newest current-price total is {@code Regional totals|World|current}.
   */
  final Map<String, Double> published = new HashMap<>();

  Path write(Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook book = new Workbook(out, "Bulwark test", "1.0");
      Worksheet totals = book.newWorksheet("Regional totals");
      totals.value(0, 0, "Military expenditure by region in constant US dollars");
      totals.value(13, 0, "Region");
      totals.value(14, 0, "World");
      for (int c = 0; c < years.size(); c++) {
        totals.value(13, 1 + c, String.valueOf(years.get(c)));
        totals.value(14, 1 + c, WORLD_CONSTANT.get(years.get(c)));
      }
      int newestYear = years.get(years.size() - 1);
      totals.value(13, 1 + years.size(), newestYear + " (current prices)");
      totals.value(14, 1 + years.size(), published.getOrDefault("Regional totals|World|current",
          WORLD_CURRENT.get(newestYear)));
      totals.style(14, 1).fontColor("FF0000").set();
      List<String> sheets = new ArrayList<>();
      sheets.add("Constant (" + priceBase + ") US$");
      sheets.addAll(SHEETS_AT_CURRENT_PRICES);
      for (String name : sheets) {
        Worksheet ws = book.newWorksheet(name);
        double factor = name.startsWith("Share") ? 0.01 : 1.0;
        ws.value(0, 0, "Military expenditure by country: " + name);
        ws.value(5, 0, "Country");
        ws.value(5, 1, "Notes");
        for (int c = 0; c < years.size(); c++) {
          ws.value(5, 2 + c, String.valueOf(years.get(c)));
        }
        ws.value(7, 0, "Europe");
        int newest = 1 + years.size();
        row(ws, name, 8, "Russia", factor, 7.1);
        ws.style(8, newest).fontColor("0000FF").set();
        row(ws, name, 9, "Ukraine", factor, 34.5);
        ws.value(9, newest - 1, ". .");
        ws.style(9, newest).fontColor("FF0000").set();
        row(ws, name, 10, "United States of America", factor, 3.4);
      }
      book.finish();
    }
    return file;
  }

  /**
   * Writes a country's row: {@code base} in the newest year, one less for each year before, or
   * the published figure where one is given.
   */
  private void row(Worksheet ws, String sheet, int row, String country, double factor,
      double base) {
    ws.value(row, 0, country);
    ws.value(row, 1, "§1");
    for (int c = 0; c < years.size(); c++) {
      ws.value(row, 2 + c, published.getOrDefault(sheet + "|" + country + "|" + years.get(c),
          (base + c - (years.size() - 1)) * factor));
    }
  }
}
