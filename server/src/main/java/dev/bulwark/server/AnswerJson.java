package dev.bulwark.server;

import dev.bulwark.answers.table.Column;
import dev.bulwark.answers.table.Table;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An answer as the API's JSON: the request as resolved, the columns (name, unit, decimals,
 * description), the rows as objects keyed by column name (exactly what {@code bulwark ...
 * --format json} prints), the attachments, the footnotes and the sources.
 */
public final class AnswerJson {

  private AnswerJson() {
  }

  /** Returns the JSON-ready body of an answer. */
  public static Map<String, Object> body(Table table) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("query", table.query());
    body.put("columns", columns(table.columns()));
    body.put("rows", table.records());
    body.putAll(table.attachments());
    body.put("notes", table.notes());
    body.put("sources", table.sources());
    return body;
  }

  private static List<Map<String, Object>> columns(List<Column> columns) {
    return columns.stream().map(c -> {
      Map<String, Object> column = new LinkedHashMap<>();
      column.put("name", c.name());
      column.put("unit", c.unit());
      column.put("decimals", c.decimals() < 0 ? null : c.decimals());
      column.put("description", c.description());
      return column;
    }).toList();
  }
}
