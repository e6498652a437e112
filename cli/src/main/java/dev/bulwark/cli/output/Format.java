package dev.bulwark.cli.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.answers.table.Column;
import dev.bulwark.answers.table.Table;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The three formats every answer prints in. */
public enum Format {
  /** An aligned text table with footnotes, for reading. */
  TABLE {
    @Override
    public void print(Table table, PrintWriter out) {
      TextTable.print(table, out);
    }
  },
  /** RFC 4180 CSV with a header row; missing values are empty; full precision. */
  CSV {
    @Override
    public void print(Table table, PrintWriter out) {
      try {
        CSVPrinter csv = new CSVPrinter(out, CSV_FORMAT);
        csv.printRecord(table.columns().stream().map(Column::name).toList());
        for (List<Object> row : table.rows()) {
          csv.printRecord(row);
        }
        csv.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  },
  /** A JSON array of objects keyed by column name; missing and undefined values are null. */
  JSON {
    @Override
    public void print(Table table, PrintWriter out) {
      try {
        JsonGenerator json = Mapper.JSON.getFactory().createGenerator(out);
        json.useDefaultPrettyPrinter();
        Mapper.JSON.writeValue(json, table.records());
        out.println();
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  };

  private static final CSVFormat CSV_FORMAT = CSVFormat.RFC4180.builder()
      .setRecordSeparator('\n').get();

  /** The JSON mapper, made on first use: the other formats start without it. */
  private static final class Mapper {
    static final ObjectMapper JSON = new ObjectMapper()
        .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);

    private Mapper() {
    }
  }

  /** Writes the table in this format. */
  public abstract void print(Table table, PrintWriter out);

  /** Returns the name used on the command line. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the format a name gives, without regard to case.
   *
   * @throws IllegalArgumentException naming the formats otherwise
   */
  public static Format of(String name) {
    for (Format format : values()) {
      if (format.toString().equalsIgnoreCase(name.strip())) {
        return format;
      }
    }
    throw new IllegalArgumentException("expected table, csv or json, was '" + name + "'");
  }
}
