package dev.bulwark.cli.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/** The three output formats every data command offers. */
public enum Format {
  /** An aligned text table with footnotes, for reading. */
  TABLE {
    @Override
    public void print(Tabular result, PrintWriter out) {
      TextTable.print(result, out);
    }
  },
  /** RFC 4180 CSV with a header row; missing values are empty; full precision. */
  CSV {
    @Override
    public void print(Tabular result, PrintWriter out) {
      out.println(String.join(",", result.columns().stream().map(c -> quote(c.name())).toList()));
      for (List<Object> row : result.rows()) {
        out.println(String.join(",", row.stream().map(Format::csvCell).toList()));
      }
      out.flush();
    }
  },
  /** A JSON array of objects keyed by column name; missing and undefined values are null. */
  JSON {
    @Override
    public void print(Tabular result, PrintWriter out) {
      try {
        JsonGenerator json = MAPPER.getFactory().createGenerator(out);
        json.useDefaultPrettyPrinter();
        json.writeStartArray();
        for (List<Object> row : result.rows()) {
          json.writeStartObject();
          for (int i = 0; i < row.size(); i++) {
            json.writeFieldName(result.columns().get(i).name());
            Object cell = row.get(i);
            MAPPER.writeValue(json, cell instanceof Double d && !Double.isFinite(d) ? null : cell);
          }
          json.writeEndObject();
        }
        json.writeEndArray();
        json.flush();
        out.println();
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  };

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .configure(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);

  /** Writes the result in this format. */
  public abstract void print(Tabular result, PrintWriter out);

  /** Returns the name used on the command line. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }

  static String csvCell(Object cell) {
    if (cell == null) {
      return "";
    }
    if (cell instanceof Double d) {
      return d.isNaN() ? "" : Double.toString(d);
    }
    return quote(cell.toString());
  }

  private static String quote(String text) {
    if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0
        && text.indexOf('\r') < 0) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }
}
