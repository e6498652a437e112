package dev.bulwark.cli.output;

import dev.bulwark.answers.table.Column;
import dev.bulwark.answers.table.Table;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints a {@link Table} as aligned columns: text left, numbers right with each column's
 * decimals, "-" for missing, yes/no for flags; then the footnotes after a blank line.
 */
final class TextTable {

  private TextTable() {
  }

  static void print(Table table, PrintWriter out) {
    List<Column> columns = table.columns();
    List<String[]> cells = new ArrayList<>();
    cells.add(columns.stream().map(Column::name).toArray(String[]::new));
    for (List<Object> row : table.rows()) {
      String[] line = new String[columns.size()];
      for (int i = 0; i < line.length; i++) {
        line[i] = show(row.get(i), columns.get(i));
      }
      cells.add(line);
    }
    int[] width = new int[columns.size()];
    for (String[] line : cells) {
      for (int i = 0; i < line.length; i++) {
        width[i] = Math.max(width[i], line[i].length());
      }
    }
    boolean[] right = new boolean[columns.size()];
    for (List<Object> row : table.rows()) {
      for (int i = 0; i < right.length; i++) {
        right[i] |= row.get(i) instanceof Number;
      }
    }
    for (String[] line : cells) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < line.length; i++) {
        String pad = " ".repeat(width[i] - line[i].length());
        text.append(i == 0 ? "" : "  ").append(right[i] ? pad + line[i] : line[i] + pad);
      }
      out.println(text.toString().stripTrailing());
    }
    if (!table.notes().isEmpty()) {
      out.println();
      table.notes().forEach(out::println);
    }
    out.flush();
  }

  private static String show(Object cell, Column column) {
    if (cell == null) {
      return "-";
    }
    if (cell instanceof Boolean b) {
      return b ? "yes" : "no";
    }
    if (cell instanceof Double d && column.decimals() >= 0) {
      return String.format(Locale.ROOT, "%,." + column.decimals() + "f", d);
    }
    return cell.toString();
  }
}
