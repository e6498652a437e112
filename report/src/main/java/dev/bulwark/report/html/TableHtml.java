package dev.bulwark.report.html;

import dev.bulwark.answers.table.Column;
import dev.bulwark.answers.table.Table;
import java.util.List;
import java.util.Locale;

/**
 * Writes an answer {@link Table} as HTML: the caption above; each column's heading
 * ({@link Column#label()}) with its unit under it and its description as the heading's
 * {@code title}; numbers with the column's decimals ({@code %,.Nf} in {@link Locale#ROOT}), flags
 * as yes or no, "–" for missing; columns of figures (a unit, decimals or a number in a cell)
 * right-aligned in tabular digits; the notes below.
 */
final class TableHtml {

  /** What a missing cell shows. */
  private static final String MISSING = "–";

  private TableHtml() {}

  /**
   * Appends {@code table} under {@code caption} (none when empty), wrapped so that a wide table
   * scrolls instead of widening the page.
   */
  static void append(StringBuilder html, Table table, String caption) {
    html.append("<div class=\"table-block\">\n<div class=\"table-scroll\">\n<table>\n");
    if (!caption.isEmpty()) {
      html.append("<caption>").append(Html.escape(caption)).append("</caption>\n");
    }
    List<Column> columns = table.columns();
    String[] alignment = new String[columns.size()];
    html.append("<thead>\n<tr>");
    for (int i = 0; i < columns.size(); i++) {
      Column column = columns.get(i);
      alignment[i] = figures(table, i) ? " class=\"num\"" : "";
      html.append("<th scope=\"col\"").append(alignment[i]).append(" title=\"")
          .append(Html.escape(column.description())).append("\">")
          .append(Html.escape(column.label()));
      if (!column.unit().isEmpty()) {
        html.append("<span class=\"unit\">").append(Html.escape(column.unit())).append("</span>");
      }
      html.append("</th>");
    }
    html.append("</tr>\n</thead>\n<tbody>\n");
    for (List<Object> row : table.rows()) {
      html.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        html.append("<td").append(alignment[i]).append('>')
            .append(Html.escape(cell(row.get(i), columns.get(i)))).append("</td>");
      }
      html.append("</tr>\n");
    }
    html.append("</tbody>\n</table>\n</div>\n");
    if (!table.notes().isEmpty()) {
      html.append("<ul class=\"table-notes\">\n");
      table.notes().forEach(note ->
          html.append("<li>").append(Html.escape(note)).append("</li>\n"));
      html.append("</ul>\n");
    }
    html.append("</div>\n");
  }

  /** Returns the text of one cell: a number with its column's decimals, yes/no, or "–". */
  private static String cell(Object value, Column column) {
    if (value == null) {
      return MISSING;
    }
    if (value instanceof Boolean flag) {
      return flag ? "yes" : "no";
    }
    if (value instanceof Number number && column.decimals() >= 0) {
      return String.format(Locale.ROOT, "%,." + column.decimals() + "f", number.doubleValue());
    }
    return value.toString();
  }

  private static boolean figures(Table table, int index) {
    Column column = table.columns().get(index);
    return !column.unit().isEmpty() || column.decimals() >= 0
        || table.rows().stream().anyMatch(row -> row.get(index) instanceof Number);
  }
}
