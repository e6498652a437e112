package dev.bulwark.data.aid;

import dev.bulwark.data.ImportException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One CSV file of a Data Hub release, read by its header: the columns Bulwark needs must be
 * there, in any order and beside any others; each value is read by its column's name, and a value
 * that does not read is refused naming the file, the line and the column.
 */
final class HubTable {

  private final String file;
  private final List<CSVRecord> rows;

  private HubTable(String file, List<CSVRecord> rows) {
    this.file = file;
    this.rows = rows;
  }

  /**
   * Reads a file of the release directory.
   *
   * @throws ImportException when the file is missing, is not CSV, or lacks a needed column
   */
  static HubTable read(Path dir, String file, List<String> needed) {
    Path path = dir.resolve(file);
    if (!Files.isRegularFile(path)) {
      throw new ImportException(file, "", "no file " + file + " in " + dir
          + ": expected the Data Hub files of a Ukraine Support Tracker release");
    }
    try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8);
        CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .get().parse(in)) {
      List<String> missing = needed.stream().filter(c -> !parser.getHeaderMap().containsKey(c))
          .toList();
      if (!missing.isEmpty()) {
        throw new ImportException(file, "line 1", file + " line 1: no column " + missing
            + "; the header has " + parser.getHeaderNames() + ", expected " + needed);
      }
      List<CSVRecord> rows = new ArrayList<>();
      for (CSVRecord row : parser) {
        if (!row.isConsistent()) {
          throw new ImportException(file, "line " + line(row), file + " line " + line(row)
              + ": " + row.size() + " fields, expected " + parser.getHeaderNames().size());
        }
        rows.add(row);
      }
      return new HubTable(file, rows);
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      throw new ImportException(file, "", "cannot read " + file + " as CSV: " + e.getMessage(), e);
    }
  }

  /** Returns the rows, in file order. */
  List<CSVRecord> rows() {
    return rows;
  }

  /** Returns a column's text, stripped. */
  String text(CSVRecord row, String column) {
    return row.get(column).strip();
  }

  /**
   * Returns a column's number; an empty cell reads as 0 when {@code emptyIsZero}.
   *
   * @throws ImportException naming file, line and column when it is not a finite number
   */
  double number(CSVRecord row, String column, boolean emptyIsZero) {
    String text = text(row, column);
    if (text.isEmpty() && emptyIsZero) {
      return 0;
    }
    try {
      double value = Double.parseDouble(text);
      if (Double.isFinite(value)) {
        return value;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw problem(row, column, "'" + text + "' is not a number");
  }

  /** Returns a column's number, refusing a negative one. */
  double amount(CSVRecord row, String column) {
    double value = number(row, column, true);
    if (value < 0) {
      throw problem(row, column, value + " is negative: expected an amount of 0 or more");
    }
    return value;
  }

  /**
   * Returns a column's whole number within bounds.
   *
   * @throws ImportException naming file, line and column otherwise
   */
  int integer(CSVRecord row, String column, int min, int max) {
    String text = text(row, column);
    try {
      int value = Integer.parseInt(text);
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw problem(row, column, "'" + text + "' is not a whole number from " + min + " to " + max);
  }

  /** Returns an exception naming the file, the row's line and the column. */
  ImportException problem(CSVRecord row, String column, String what) {
    String place = "line " + line(row) + ", column '" + column + "'";
    return new ImportException(file, place, file + " " + place + ": " + what);
  }

  /** Returns an exception naming the file and the row's line. */
  ImportException problem(CSVRecord row, String what) {
    return new ImportException(file, "line " + line(row), file + " line " + line(row) + ": "
        + what);
  }

  /** The line a record starts on, the header being line 1. */
  private static long line(CSVRecord row) {
    return row.getRecordNumber() + 1;
  }
}
