package dev.bulwark.data;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a small workbook in the layout of SIPRI's April 2025 release: "Regional totals" with a
 * World row, and the five country sheets with a "Country, Notes, 2023, 2024" heading row, a region
 * row, and three countries. Russia's 2024 figure is blue (an estimate), Ukraine's red (highly
 * uncertain), the United States' black; Ukraine 2023 is ". ." (no data).
 */
final class SipriFixture {

  static final List<String> COUNTRY_SHEETS = List.of("Constant (2023) US$", "Current US$",
      "Share of GDP", "Per capita", "Share of Govt. spending");

  Path write(Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook book = new Workbook(out, "Bulwark test", "1.0");
      Worksheet totals = book.newWorksheet("Regional totals");
      totals.value(0, 0, "Military expenditure by region in constant US dollars");
      totals.value(13, 0, "Region");
      totals.value(13, 1, "2022");
      totals.value(13, 2, "2023");
      totals.value(13, 3, "2024");
      totals.value(13, 4, "2024 (current prices)");
      totals.value(14, 0, "World");
      totals.value(14, 1, 2294.5);
      totals.value(14, 2, 2447.4);
      totals.value(14, 3, 2676.5);
      totals.value(14, 4, 2718.2);
      totals.style(14, 1).fontColor("FF0000").set();
      for (String name : COUNTRY_SHEETS) {
        Worksheet ws = book.newWorksheet(name);
        double factor = name.startsWith("Share") ? 0.01 : 1.0;
        ws.value(0, 0, "Military expenditure by country: " + name);
        ws.value(5, 0, "Country");
        ws.value(5, 1, "Notes");
        ws.value(5, 2, "2022");
        ws.value(5, 3, "2023");
        ws.value(5, 4, "2024");
        ws.value(7, 0, "Europe");
        row(ws, 8, "Russia", factor, 7.1);
        ws.style(8, 4).fontColor("0000FF").set();
        row(ws, 9, "Ukraine", factor, 34.5);
        ws.value(9, 3, ". .");
        ws.style(9, 4).fontColor("FF0000").set();
        row(ws, 10, "United States of America", factor, 3.4);
      }
      book.finish();
    }
    return file;
  }

  private static void row(Worksheet ws, int row, String country, double factor, double base) {
    ws.value(row, 0, country);
    ws.value(row, 1, "§1");
    for (int c = 2; c <= 4; c++) {
      ws.value(row, c, (base + c - 4) * factor);
    }
  }
}
