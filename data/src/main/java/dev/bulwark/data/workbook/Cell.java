package dev.bulwark.data.workbook;

import dev.bulwark.data.ImportException;
import java.util.Locale;

/**
 * One non-empty cell of a sheet, read once from the workbook.
 *
 * @param sheet the sheet's name
 * @param row zero-based row index
 * @param col zero-based column index
 * @param kind number, text or spreadsheet error
 * @param number the value when {@code kind} is {@link Kind#NUMBER}, else NaN
 * @param text the text as shown (the number's shortest decimal form for numbers)
 * @param tint the font colour's meaning
 */
record Cell(String sheet, int row, int col, Kind kind, double number, String text, Tint tint) {

  /** What a cell holds. */
  enum Kind { NUMBER, TEXT, ERROR }

  /** Returns the A1-style reference ({@code D12}). */
  String ref() {
    return ref(row, col);
  }

  /** Returns the A1-style reference of a zero-based row and column ({@code D12}). */
  static String ref(int row, int col) {
    StringBuilder letters = new StringBuilder();
    for (int c = col + 1; c > 0; c = (c - 1) / 26) {
      letters.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return letters.append(row + 1).toString();
  }

  /** Returns the reference with its sheet ({@code TABLE3!D12}). */
  String where() {
    return sheet + "!" + ref();
  }

  /** Returns whether the cell holds text (after trimming) that is not empty. */
  boolean isText() {
    return kind == Kind.TEXT && !text.isBlank();
  }

  /** Returns the trimmed text, lower-cased, for matching headings. */
  String folded() {
    return text.strip().toLowerCase(Locale.ROOT);
  }

  /** Builds the exception for a problem with this cell; {@code message} names {@link #where()}. */
  ImportException problem(String message) {
    return new ImportException(sheet, ref(), message);
  }

  /**
   * Returns the number, failing with the cell's place when it holds text or an error.
   *
   * @throws ImportException "text 'n/a' in a number cell TABLE3!D12: expected a number"
   */
  double requireNumber() {
    if (kind == Kind.NUMBER) {
      return number;
    }
    String what = kind == Kind.ERROR ? "error" : "text";
    throw problem(what + " '" + text.strip() + "' in a number cell " + where() + ": expected a number");
  }
}
