package dev.bulwark.report.brief;

import dev.bulwark.report.ReportException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table of figures with units in its column headings, an optional caption and notes under it
 * (such as "e = NATO estimate"). Cells are text formatted by the caller, so a figure reads exactly
 * as its source publishes it.
 *
 * <pre>{@code
 * Table shares = Table.of(Column.text("Ally"), Column.number("Defence expenditure", "% of GDP"))
 *     .withCaption("Defence expenditure as a share of GDP, 2024")
 *     .withRow("Poland", "4.12 e")
 *     .withNote("e = NATO estimate");
 * }</pre>
 *
 * @param columns the columns, at least one
 * @param rows the rows, each with one cell per column
 * @param caption the caption, or empty
 * @param notes the notes printed under the table
 */
public record Table(List<Column> columns, List<List<String>> rows, String caption,
    List<String> notes) implements Block {

  public Table {
    columns = Checks.list(columns, "table columns");
    ReportException.require(!columns.isEmpty(), "table columns must hold at least one column");
    rows = Checks.list(rows, "table rows");
    List<List<String>> copied = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      List<String> row = Checks.list(rows.get(i), "table row " + (i + 1));
      ReportException.require(row.size() == columns.size(), "table row " + (i + 1) + " has "
          + row.size() + " cells, expected one per column (" + columns.size() + ")");
      copied.add(row);
    }
    rows = List.copyOf(copied);
    caption = Checks.optional(caption);
    notes = Checks.lines(notes, "table notes");
  }

  /** Returns an empty table with these columns, to be filled with {@link #withRow}. */
  public static Table of(Column... columns) {
    return new Table(Arrays.asList(columns), List.of(), "", List.of());
  }

  /** Returns this table with one more row. */
  public Table withRow(String... cells) {
    return withRow(Arrays.asList(cells));
  }

  /** Returns this table with one more row. */
  public Table withRow(List<String> cells) {
    return new Table(columns, append(rows, cells), caption, notes);
  }

  /** Returns this table with {@code caption} above it. */
  public Table withCaption(String caption) {
    return new Table(columns, rows, Checks.text(caption, "table caption"), notes);
  }

  /** Returns this table with one more note under it. */
  public Table withNote(String note) {
    return new Table(columns, rows, caption, append(notes, note));
  }

  private static <T> List<T> append(List<T> list, T element) {
    List<T> longer = new ArrayList<>(list);
    longer.add(element);
    return longer;
  }
}
