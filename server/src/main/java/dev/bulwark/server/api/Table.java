package dev.bulwark.server.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tidy table as the API answers it: rows keyed by the command line's column names (one row per
 * country-year or answer), the query as resolved, and footnotes. Non-finite numbers become null.
 */
public final class Table {

  private final List<String> columns;
  private final List<Map<String, Object>> rows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final Map<String, Object> query = new LinkedHashMap<>();
  private final Map<String, Object> extra = new LinkedHashMap<>();

  /** Returns an empty table with these columns. */
  public Table(String... columns) {
    this.columns = List.of(columns);
  }

  /** Returns a table whose columns are given as a list. */
  public static Table of(List<String> columns) {
    return new Table(columns.toArray(String[]::new));
  }

  /** Appends a row; the number of cells must match the columns. */
  public Table row(Object... cells) {
    if (cells.length != columns.size()) {
      throw new IllegalArgumentException("row has " + cells.length + " cells for "
          + columns.size() + " columns");
    }
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < cells.length; i++) {
      row.put(columns.get(i), cells[i] instanceof Double d && !Double.isFinite(d) ? null
          : cells[i]);
    }
    rows.add(row);
    return this;
  }

  /** Records a resolved query parameter. */
  public Table query(String name, Object value) {
    query.put(name, value);
    return this;
  }

  /** Appends footnotes. */
  public Table notes(String... more) {
    notes.addAll(Arrays.asList(more));
    return this;
  }

  /** Appends footnotes. */
  public Table notes(List<String> more) {
    notes.addAll(more);
    return this;
  }

  /** Adds a member beside query, rows and notes (the path explorer's per-ally summary). */
  public Table extra(String name, Object value) {
    extra.put(name, value);
    return this;
  }

  /** Returns the column names. */
  public List<String> columns() {
    return columns;
  }

  /** Returns the rows. */
  public List<Map<String, Object>> rows() {
    return List.copyOf(rows);
  }

  /** Returns the footnotes. */
  public List<String> notes() {
    return List.copyOf(notes);
  }

  /** Returns the JSON body: query, rows, the extra members and notes. */
  public Map<String, Object> body() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("query", query);
    body.put("rows", rows);
    body.putAll(extra);
    body.put("notes", notes);
    return body;
  }
}
