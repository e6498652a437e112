package dev.bulwark.report.brief;

import dev.bulwark.answers.table.Table;
import dev.bulwark.report.ReportException;
import java.util.List;

/**
 * A table in a brief: one of Bulwark's answer {@link Table}s (typed columns with a machine name,
 * unit, decimals, description and short heading; rows of typed cells; notes printed under it)
 * and the caption the brief sets above it. The renderer formats each number with its column's
 * decimals, so a figure's digits are the table's concern and its words the brief's.
 *
 * <p>The block holds the table itself, not a copy: finish the table before wrapping it.
 *
 * <pre>{@code
 * Table shares = Table.of(Column.text("ally", "the ally").withHeading("Ally"),
 *         Column.number("share_gdp_pct", "% of GDP", 2, "defence expenditure as a share of GDP")
 *             .withHeading("Defence expenditure"))
 *     .row("Poland", 4.12)
 *     .notes("NATO estimate for 2024.");
 * TableBlock block = TableBlock.of(shares, "Defence expenditure as a share of GDP, 2024");
 * }</pre>
 *
 * @param table the table, with at least one column; each cell text ({@code String}), a number,
 *     a yes/no flag ({@code Boolean}) or null for missing; notes are non-blank
 * @param caption the caption, or empty
 */
public record TableBlock(Table table, String caption) implements Block {

  public TableBlock {
    Checks.given(table, "table");
    ReportException.require(!table.columns().isEmpty(), "table must hold at least one column");
    List<List<Object>> rows = table.rows();
    for (int i = 0; i < rows.size(); i++) {
      for (int j = 0; j < rows.get(i).size(); j++) {
        Object cell = rows.get(i).get(j);
        if (cell != null && !(cell instanceof String || cell instanceof Number
            || cell instanceof Boolean)) {
          throw ReportException.badInput("table row " + (i + 1) + ", column '"
              + table.columns().get(j).name() + "' holds a " + cell.getClass().getSimpleName()
              + "; expected text, a number, a yes/no flag or null for missing");
        }
      }
    }
    Checks.lines(table.notes(), "table notes");
    caption = Checks.optional(caption);
  }

  /** Returns {@code table} with {@code caption} above it. */
  public static TableBlock of(Table table, String caption) {
    return new TableBlock(table, caption);
  }
}
