package dev.bulwark.cli.output;

import dev.bulwark.server.api.Table;
import java.util.List;
import java.util.Map;

/**
 * Prints the API's tables: the command line and the JSON API answer from the same
 * {@link Table}, so a command's rows are the endpoint's rows. Digits shown in the aligned table
 * follow the unit in the column name: {@code _m} (millions) none, {@code _thousand} one,
 * {@code _pct_of_...} one, {@code _pct} and {@code _pp} two, one-tailed p-values four, other
 * numbers three. CSV and JSON keep full precision.
 */
public final class Tables {

  private Tables() {
  }

  /** Returns the table as a tidy result with its footnotes after a blank line. */
  public static Tabular tidy(Table table) {
    Tabular out = new Tabular(table.columns().stream()
        .map(name -> Column.number(name, decimals(name))).toArray(Column[]::new));
    for (Map<String, Object> row : table.rows()) {
      out.row(table.columns().stream().map(row::get).toArray());
    }
    List<String> notes = table.notes();
    if (!notes.isEmpty()) {
      out.note("");
      notes.forEach(out::note);
    }
    return out;
  }

  static int decimals(String column) {
    if (column.endsWith("_m") || column.startsWith("per_capita")) {
      return 0;
    }
    if (column.endsWith("_thousand") || column.contains("_pct_of_") || column.equals("target_pct")) {
      return 1;
    }
    if (column.endsWith("_pct") || column.endsWith("_pp")) {
      return 2;
    }
    return column.endsWith("_p_one_tailed") ? 4 : 3;
  }
}
