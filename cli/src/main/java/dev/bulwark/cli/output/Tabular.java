package dev.bulwark.cli.output;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A tidy result: one row per country-year or per answer, and footnotes that say where the
 * figures come from. Cells are {@code String}, {@code Number}, {@code Boolean} or {@code null}
 * (missing).
 */
public final class Tabular {

  private final List<Column> columns;
  private final List<List<Object>> rows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  public Tabular(Column... columns) {
    this.columns = List.of(columns);
  }

  /** Appends a row; the number of cells must match the columns. */
  public Tabular row(Object... cells) {
    if (cells.length != columns.size()) {
      throw new IllegalArgumentException("row has " + cells.length + " cells for "
          + columns.size() + " columns");
    }
    rows.add(Arrays.asList(cells.clone()));
    return this;
  }

  /** Appends a footnote (provenance, caveats), printed under the table format only. */
  public Tabular note(String note) {
    notes.add(note);
    return this;
  }

  public List<Column> columns() {
    return columns;
  }

  public List<List<Object>> rows() {
    return List.copyOf(rows);
  }

  public List<String> notes() {
    return List.copyOf(notes);
  }
}
