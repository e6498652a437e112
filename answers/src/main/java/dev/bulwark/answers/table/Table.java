package dev.bulwark.answers.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The one table type of Bulwark's answers: typed columns, rows (one per country-year or per
 * answer), the request as resolved, footnotes, the editions the figures come from, and named
 * attachments a dashboard draws from (a per-ally summary, a tally). The brief renders it, the
 * server serialises it, the command line prints it as an aligned table, CSV or JSON.
 *
 * <p>Cells are {@code String}, {@code Number}, {@code Boolean} or {@code null} (missing);
 * non-finite numbers are stored as missing, so every format shows them alike.
 */
public final class Table {

  private final List<Column> columns;
  private final List<List<Object>> rows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final List<String> sources = new ArrayList<>();
  private final Map<String, Object> query = new LinkedHashMap<>();
  private final Map<String, Object> attachments = new LinkedHashMap<>();

  private Table(List<Column> columns) {
    this.columns = List.copyOf(columns);
    long distinct = this.columns.stream().map(Column::name).distinct().count();
    if (distinct != this.columns.size()) {
      throw new IllegalArgumentException("column names must be distinct: " + this.columns);
    }
  }

  /** Returns an empty table with these columns. */
  public static Table of(Column... columns) {
    return new Table(Arrays.asList(columns));
  }

  /** Returns an empty table with these columns. */
  public static Table of(List<Column> columns) {
    return new Table(columns);
  }

  /** Appends a row; the number of cells must match the columns. */
  public Table row(Object... cells) {
    if (cells.length != columns.size()) {
      throw new IllegalArgumentException("row has " + cells.length + " cells for "
          + columns.size() + " columns");
    }
    List<Object> row = new ArrayList<>(cells.length);
    for (Object cell : cells) {
      row.add(cell instanceof Double d && !Double.isFinite(d) ? null : cell);
    }
    rows.add(Collections.unmodifiableList(row));
    return this;
  }

  /** Records a parameter of the request as resolved (defaults filled in). */
  public Table query(String name, Object value) {
    query.put(Objects.requireNonNull(name), value);
    return this;
  }

  /** Appends footnotes. */
  public Table notes(String... more) {
    return notes(Arrays.asList(more));
  }

  /** Appends footnotes. */
  public Table notes(List<String> more) {
    notes.addAll(more);
    return this;
  }

  /** Appends the editions or models the figures come from ({@code "NATO 2024"}), once each. */
  public Table sources(List<String> more) {
    more.stream().filter(s -> !sources.contains(s)).forEach(sources::add);
    return this;
  }

  /**
   * Attaches a named value beside the rows (a list of maps or a map), for the API's JSON only:
   * a per-ally summary, a tally.
   */
  public Table attach(String name, Object value) {
    attachments.put(Objects.requireNonNull(name), value);
    return this;
  }

  /** Returns the columns. */
  public List<Column> columns() {
    return columns;
  }

  /** Returns the column names. */
  public List<String> columnNames() {
    return columns.stream().map(Column::name).toList();
  }

  /** Returns the rows, each a list of cells in column order. */
  public List<List<Object>> rows() {
    return Collections.unmodifiableList(rows);
  }

  /** Returns the rows as maps keyed by column name, in column order. */
  public List<Map<String, Object>> records() {
    List<Map<String, Object>> out = new ArrayList<>(rows.size());
    for (List<Object> row : rows) {
      Map<String, Object> record = new LinkedHashMap<>();
      for (int i = 0; i < columns.size(); i++) {
        record.put(columns.get(i).name(), row.get(i));
      }
      out.add(record);
    }
    return out;
  }

  /** Returns the footnotes. */
  public List<String> notes() {
    return Collections.unmodifiableList(notes);
  }

  /** Returns the editions and models the figures come from. */
  public List<String> sources() {
    return Collections.unmodifiableList(sources);
  }

  /** Returns the request as resolved. */
  public Map<String, Object> query() {
    return Collections.unmodifiableMap(query);
  }

  /** Returns the attachments. */
  public Map<String, Object> attachments() {
    return Collections.unmodifiableMap(attachments);
  }
}
