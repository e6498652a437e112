package dev.bulwark.report.html;

import dev.bulwark.report.brief.Column;
import dev.bulwark.report.brief.Table;
import java.util.List;

/**
 * Writes a {@link Table} as HTML: units printed under each heading, figures right-aligned in
 * tabular digits, the caption above and the notes below.
 */
final class TableHtml {

  private TableHtml() {}

  /** Appends {@code table}, wrapped so that a wide table scrolls instead of widening the page. */
  static void append(StringBuilder html, Table table) {
    html.append("<div class=\"table-block\">\n<div class=\"table-scroll\">\n<table>\n");
    if (!table.caption().isEmpty()) {
      html.append("<caption>").append(Html.escape(table.caption())).append("</caption>\n");
    }
    html.append("<thead>\n<tr>");
    for (Column column : table.columns()) {
      html.append("<th scope=\"col\"").append(alignment(column)).append('>')
          .append(Html.escape(column.heading()));
      if (!column.unit().isEmpty()) {
        html.append("<span class=\"unit\">").append(Html.escape(column.unit())).append("</span>");
      }
      html.append("</th>");
    }
    html.append("</tr>\n</thead>\n<tbody>\n");
    for (List<String> row : table.rows()) {
      html.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        html.append("<td").append(alignment(table.columns().get(i))).append('>')
            .append(Html.escape(row.get(i))).append("</td>");
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

  private static String alignment(Column column) {
    return column.numeric() ? " class=\"num\"" : "";
  }
}
