package dev.bulwark.data.workbook;

import dev.bulwark.data.ImportException;
import java.util.Collections;
import java.util.HashSet;
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
}
