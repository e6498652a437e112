package dev.bulwark.data.workbook;

import dev.bulwark.data.ImportException;
import java.util.Collections;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The row of year headings that starts a table ({@code 2014 ... 2023e 2024e}), found by content.
 * A heading is a four-digit year, optionally followed by {@code e} for an estimate.
 *
 * @param row the heading row's index
 * @param years the year of each heading column, by column
 * @param estimates the columns whose heading carries {@code e}
 */
record YearColumns(int row, NavigableMap<Integer, Integer> years,
    Set<Integer> estimates) {

  private static final Pattern YEAR = Pattern.compile("(1[89]\\d\\d|2\\d\\d\\d)(\\.0)?\\s*(e?)");
  private static final int MIN_YEARS = 3;

  YearColumns {
    years = Collections.unmodifiableNavigableMap(new TreeMap<>(years));
    estimates = Set.copyOf(estimates);
  }

  /** Returns the first row at or after {@code fromRow} with at least three year headings. */
  static Optional<YearColumns> find(Grid grid, int fromRow) {
    for (int row : grid.rowIndexes()) {
      if (row < fromRow) {
        continue;
      }
      NavigableMap<Integer, Integer> years = new TreeMap<>();
      Set<Integer> estimates = new HashSet<>();
      for (Cell cell : grid.row(row).values()) {
        Matcher m = YEAR.matcher(cell.text().strip());
        if (cell.kind() != Cell.Kind.ERROR && m.matches()) {
          years.put(cell.col(), Integer.parseInt(m.group(1)));
          if (!m.group(3).isEmpty()) {
            estimates.add(cell.col());
          }
        }
      }
      if (years.size() >= MIN_YEARS) {
        return Optional.of(new YearColumns(row, years, estimates));
      }
    }
    return Optional.empty();
  }

  /** Like {@link #find} but fails with a message naming the sheet when there is no such row. */
  static YearColumns require(Grid grid, int fromRow, String layout) {
    return find(grid, fromRow).orElseThrow(() -> new ImportException(grid.name(), "",
        "no row of year headings (such as 2014 2015 ... 2024e) in sheet '" + grid.name()
            + "': expected " + layout));
  }

  /** Returns the leftmost year column. */
  int firstCol() {
    return years.firstKey();
  }

  /** Returns the earliest year. */
  int firstYear() {
    return years.values().stream().mapToInt(Integer::intValue).min().orElseThrow();
  }

  /** Returns the latest year. */
  int lastYear() {
    return years.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
  }

  /** Returns whether the heading of a column marks estimates. */
  boolean isEstimate(int col) {
    return estimates.contains(col);
  }

  /** Returns the headings in column order as NATO prints them ({@code 2014 ... 2024e}). */
  List<String> headings() {
    List<String> out = new ArrayList<>();
    years.forEach((col, year) -> out.add(year + (isEstimate(col) ? "e" : "")));
    return out;
  }

  /**
   * Checks that a table has the same year headings as the workbook's first table, so a stray,
   * duplicated or re-dated heading in one table cannot re-date its figures.
   *
   * @throws ImportException naming the first heading cell that differs and the first table's
   *     headings
   */
  void requireSameAs(YearColumns first, String firstSheet, Grid grid) {
    List<String> mine = headings();
    List<String> theirs = first.headings();
    if (mine.equals(theirs)) {
      return;
    }
    int i = 0;
    while (i < mine.size() && i < theirs.size() && mine.get(i).equals(theirs.get(i))) {
      i++;
    }
    List<Integer> cols = List.copyOf(years.keySet());
    int col = i < cols.size() ? cols.get(i) : cols.get(cols.size() - 1) + 1;
    String shown = i < mine.size() ? "'" + mine.get(i) + "'" : "no heading";
    String ref = Cell.ref(row, col);
    throw new ImportException(grid.name(), ref, "year heading " + shown + " at " + grid.name()
        + "!" + ref + " differs from " + firstSheet + "'s headings " + theirs + " (" + grid.name()
        + " has " + mine + "): expected the same year headings in every table");
  }

  /**
   * Checks that a heading column holds at least one figure below the headings, so a stray
   * heading (a lone {@code 2999e}) or headings shifted by one column are refused.
   *
   * @throws ImportException naming the heading cell
   */
  void requireFigures(Grid grid, int col) {
    for (int r : grid.rowIndexes()) {
      if (r > row && !grid.cellsIn(r, List.of(col)).isEmpty()) {
        return;
      }
    }
    String ref = Cell.ref(row, col);
    throw new ImportException(grid.name(), ref, "year heading '" + headings().get(
        List.copyOf(years.keySet()).indexOf(col)) + "' at " + grid.name() + "!" + ref
        + " heads no figures: expected a figure under every year heading (a stray heading, or"
        + " headings shifted by a column?)");
  }

  /**
   * Checks that the headings run one year after another, without a gap or a repeat (a heading
   * {@code 3000} in place of {@code 2024} leaves a gap; a second {@code 2024e} a repeat).
   *
   * @throws ImportException naming the first heading out of sequence
   */
  void requireConsecutive(Grid grid) {
    Integer before = null;
    for (var entry : years.entrySet()) {
      int year = entry.getValue();
      if (before != null && year != before + 1) {
        String ref = Cell.ref(row, entry.getKey());
        throw new ImportException(grid.name(), ref, "year heading " + year + " at " + grid.name()
            + "!" + ref + " follows " + before + ": expected " + (before + 1)
            + ", one column per year without gaps or repeats");
      }
      before = year;
    }
  }

  /**
   * Checks that a sheet's headings end in the same year as the workbook's first sheet's.
   *
   * @throws ImportException naming this sheet's last heading cell
   */
  void requireSameLastYear(YearColumns first, String firstSheet, Grid grid) {
    if (lastYear() != first.lastYear()) {
      String ref = Cell.ref(row, lastCol());
      throw new ImportException(grid.name(), ref, "the year headings of '" + grid.name()
          + "' end with " + lastYear() + " at " + grid.name() + "!" + ref + ", those of '"
          + firstSheet + "' with " + first.lastYear()
          + ": expected every sheet to end in the same year");
    }
  }

  /**
   * Checks that no figure stands right of the last year heading, where no heading dates it (the
   * figures of a table whose headings moved one column left).
   *
   * @throws ImportException naming the first such figure
   */
  void requireNoFigureRightOfHeadings(Grid grid) {
    for (int r : grid.rowIndexes()) {
      if (r <= row) {
        continue;
      }
      for (Cell cell : grid.row(r).tailMap(lastCol(), false).values()) {
        if (cell.kind() == Cell.Kind.NUMBER) {
          throw cell.problem("figure " + cell.text() + " at " + cell.where()
              + " stands right of the last year heading " + headings().get(years.size() - 1)
              + " at " + grid.name() + "!" + Cell.ref(row, lastCol())
              + ": expected every figure under a year heading (headings shifted by a column?)");
        }
      }
    }
  }

  /** Returns the rightmost year column. */
  int lastCol() {
    return years.lastKey();
  }
}
