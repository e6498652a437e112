package dev.bulwark.data.format;

import dev.bulwark.core.BadInputException;
import dev.bulwark.core.panel.Edition;
import dev.bulwark.core.panel.Flag;
import dev.bulwark.core.panel.Indicator;
import dev.bulwark.core.panel.Source;
import dev.bulwark.core.panel.SpendingDefinition;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads and writes one edition in the ledger's tidy format (see the package description).
 *
 * <p>Values are written with {@link Double#toString(double)}, which {@link Double#parseDouble}
 * reads back to the same bits, so a write followed by a read is exact. Files are written in a fixed
 * order with no timestamps, so deriving the same edition twice yields the same bytes.
 */
public final class TidyFormat {

  /** The edition's metadata file. */
  public static final String PROPERTIES = "edition.properties";
  /** The values file, uncompressed. */
  public static final String VALUES = "values.csv";
  /** The values file, gzipped (used when the uncompressed file would exceed {@link #GZIP_ABOVE}). */
  public static final String VALUES_GZ = "values.csv.gz";
  /** The notes file. */
  public static final String NOTES = "notes.csv";
  /** Size in bytes above which the values file is gzipped. */
  public static final int GZIP_ABOVE = 4 * 1024 * 1024;

  private static final List<String> VALUES_HEADER =
      List.of("iso3", "year", "indicator", "value", "flag");
  private static final List<String> NOTES_HEADER = List.of("iso3", "note");
  private static final Map<String, Indicator> INDICATORS = new HashMap<>();
  private static final Map<String, Flag> FLAGS = new HashMap<>();

  static {
    for (Indicator indicator : Indicator.values()) {
      INDICATORS.put(indicator.id(), indicator);
    }
    for (Flag flag : Flag.values()) {
      FLAGS.put(flag.word(), flag);
    }
  }

  /** Opens one file of an edition directory, wherever the directory lives. */
  @FunctionalInterface
  public interface FileOpener {
    /** Returns the file's bytes, or {@code null} when the directory has no such file. */
    InputStream open(String fileName) throws IOException;
  }

  private TidyFormat() {
  }

  /** Returns an opener for an edition directory on disk. */
  public static FileOpener directory(Path dir) {
    return name -> {
      Path file = dir.resolve(name);
      return Files.isRegularFile(file) ? Files.newInputStream(file) : null;
    };
  }

  /** Returns an opener for an edition bundled as class-path resources beside {@code anchor}. */
  public static FileOpener resources(Class<?> anchor, String dirName) {
    return name -> anchor.getResourceAsStream(dirName + "/" + name);
  }

  /**
   * Reads an edition's metadata only.
   *
   * @param where the directory's description for messages
   * @throws IOException when the file cannot be read
   * @throws BadInputException naming the file and field when the metadata is malformed
   */
  public static Edition readEdition(FileOpener dir, String where) throws IOException {
    return edition(properties(dir, where), where);
  }

  /**
   * Reads a whole edition.
   *
   * @param where the directory's description for messages
   * @throws IOException when a file cannot be read
   * @throws BadInputException naming the file, line and field when a row is malformed
   */
  public static LedgerEdition read(FileOpener dir, String where) throws IOException {
    Properties props = properties(dir, where);
    Edition edition = edition(props, where);
    List<LedgerValue> values;
    try (InputStream plain = dir.open(VALUES)) {
      if (plain != null) {
        values = values(plain, where + "/" + VALUES);
      } else {
        try (InputStream gz = dir.open(VALUES_GZ)) {
          BadInputException.require(gz != null, where + " has neither " + VALUES + " nor " + VALUES_GZ);
          values = values(new GZIPInputStream(gz, 1 << 16), where + "/" + VALUES_GZ);
        }
      }
    }
    List<LedgerNote> notes = new ArrayList<>();
    try (InputStream in = dir.open(NOTES)) {
      if (in != null) {
        for (CSVRecord row : rows(in, NOTES_HEADER, where + "/" + NOTES)) {
          notes.add(new LedgerNote(row.get("iso3"), row.get("note")));
        }
      }
    }
    return new LedgerEdition(edition, required(props, "derived_by", where), values, notes);
  }

  /**
   * Writes an edition into an existing, empty directory.
   *
   * @throws IOException when a file cannot be written
   */
  public static void write(LedgerEdition ledger, Path dir) throws IOException {
    Files.writeString(dir.resolve(PROPERTIES), editionProperties(ledger.edition(),
        ledger.derivedBy()), StandardCharsets.UTF_8);

    StringBuilder values = new StringBuilder(ledger.values().size() * 48);
    try (CSVPrinter out = new CSVPrinter(values, format(VALUES_HEADER))) {
      for (LedgerValue v : ledger.values()) {
        out.printRecord(v.iso3(), v.year(), v.indicator().id(), Double.toString(v.value()),
            v.flag().word());
      }
    }
    byte[] bytes = values.toString().getBytes(StandardCharsets.UTF_8);
    if (bytes.length > GZIP_ABOVE) {
      ByteArrayOutputStream zipped = new ByteArrayOutputStream(bytes.length / 4);
      try (OutputStream gz = new GZIPOutputStream(zipped)) {
        gz.write(bytes);
      }
      Files.write(dir.resolve(VALUES_GZ), zipped.toByteArray());
    } else {
      Files.write(dir.resolve(VALUES), bytes);
    }

    StringBuilder notes = new StringBuilder();
    try (CSVPrinter out = new CSVPrinter(notes, format(NOTES_HEADER))) {
      for (LedgerNote n : ledger.notes()) {
        out.printRecord(n.iso3(), n.note());
      }
    }
    Files.writeString(dir.resolve(NOTES), notes, StandardCharsets.UTF_8);
  }

  /** Returns the lines of an edition's {@code edition.properties}, in a fixed order. */
  static StringBuilder editionProperties(Edition e, String derivedBy) {
    StringBuilder props = new StringBuilder();
    property(props, "source", e.source().name());
    property(props, "id", e.id());
    property(props, "title", e.title());
    property(props, "published", e.published().toString());
    property(props, "origin", e.origin());
    if (e.priceBase().isPresent()) {
      property(props, "price_base", String.valueOf(e.priceBase().getAsInt()));
    }
    if (e.definition().isPresent()) {
      property(props, "definition", e.definition().get().id());
    }
    property(props, "terms", e.source().terms());
    property(props, "derived_by", derivedBy);
    return props;
  }

  /**
   * Writes one property line, escaping what {@link Properties#load} would otherwise misread: a
   * backslash, a leading blank and every control character (a carriage return in a file name
   * would end the line), so any value reads back as written.
   */
  static void property(StringBuilder out, String key, String value) {
    out.append(key).append('=');
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      if (ch == '\\') {
        out.append("\\\\");
      } else if (Character.isISOControl(ch) || (i == 0 && Character.isWhitespace(ch))) {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
      } else {
        out.append(ch);
      }
    }
    out.append('\n');
  }

  static Properties properties(FileOpener dir, String where) throws IOException {
    try (InputStream in = dir.open(PROPERTIES)) {
      BadInputException.require(in != null, where + " has no " + PROPERTIES);
      Properties props = new Properties();
      props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return props;
    }
  }

  static Edition edition(Properties props, String where) {
    String source = required(props, "source", where);
    String published = required(props, "published", where);
    String priceBase = props.getProperty("price_base", "");
    Source publisher;
    LocalDate day;
    OptionalInt base;
    try {
      publisher = Source.valueOf(source.toUpperCase(Locale.ROOT));
      day = LocalDate.parse(published);
      base = priceBase.isBlank() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(priceBase));
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      throw new BadInputException(where + "/" + PROPERTIES + ": source '" + source
          + "', published '" + published + "' or price_base '" + priceBase + "' is malformed;"
          + " expected one of NATO, SIPRI, WORLD_BANK, a date yyyy-mm-dd and a year");
    }
    return new Edition(publisher, required(props, "id", where), required(props, "title", where),
        day, required(props, "origin", where), base, definition(props, publisher, where));
  }

  /**
   * Reads the definition of the edition's spending figures; an edition stored before definitions
   * were recorded has the source's usual one (every such NATO edition reports total defence
   * expenditure).
   */
  private static Optional<SpendingDefinition> definition(Properties props, Source source,
      String where) {
    String id = props.getProperty("definition", "");
    if (id.isBlank()) {
      return SpendingDefinition.usual(source);
    }
    try {
      return Optional.of(SpendingDefinition.ofId(id));
    } catch (BadInputException e) {
      throw new BadInputException(where + "/" + PROPERTIES + ": " + e.getMessage());
    }
  }

  static String required(Properties props, String key, String where) {
    String value = props.getProperty(key);
    BadInputException.require(value != null && !value.isBlank(),
        where + "/" + PROPERTIES + " has no '" + key + "'");
    return value;
  }

  /** Reads the values; the header is checked first, so fields are read by position. */
  private static List<LedgerValue> values(InputStream in, String where) throws IOException {
    List<LedgerValue> out = new ArrayList<>();
    for (CSVRecord row : rows(in, VALUES_HEADER, where)) {
      String iso3 = row.get(0);
      String year = row.get(1);
      Indicator indicator = INDICATORS.get(row.get(2));
      String value = row.get(3);
      Flag flag = FLAGS.get(row.get(4));
      if (indicator == null || flag == null) {
        throw new BadInputException(where + " line " + line(row) + ": indicator '" + row.get(2)
            + "' or flag '" + row.get(4) + "' is unknown; expected an Indicator id and one of "
            + "'', 'estimate', 'highly_uncertain'");
      }
      try {
        out.add(new LedgerValue(iso3, Integer.parseInt(year), indicator,
            Double.parseDouble(value), flag));
      } catch (NumberFormatException e) {
        throw new BadInputException(where + " line " + line(row) + ": year '" + year
            + "' or value '" + value + "' of " + iso3 + " is not a number");
      }
    }
    return out;
  }

  /**
   * The tidy files' CSV: a header line, records ended by a line feed, fields quoted only when
   * they hold a comma, quote or line break (so plain values are written as they are).
   */
  static CSVFormat format(List<String> header) {
    return CSVFormat.RFC4180.builder().setRecordSeparator('\n')
        .setHeader(header.toArray(String[]::new)).get();
  }

  static List<CSVRecord> rows(InputStream in, List<String> header, String where)
      throws IOException {
    try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
        .get().parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8),
            1 << 16))) {
      BadInputException.require(header.equals(parser.getHeaderNames()), where + ": header is '"
          + String.join(",", parser.getHeaderNames()) + "', expected '"
          + String.join(",", header) + "'");
      List<CSVRecord> rows = new ArrayList<>();
      for (CSVRecord row : parser) {
        BadInputException.require(row.size() == header.size(), () -> where + " line "
            + line(row) + ": " + row.size() + " fields in '" + String.join(",", row.values())
            + "', expected " + header.size());
        rows.add(row);
      }
      return rows;
    } catch (UncheckedIOException e) {
      throw new BadInputException(where + " is not valid CSV: " + e.getCause().getMessage(), e);
    }
  }

  /** The line a record starts on, the header being line 1. */
  static long line(CSVRecord row) {
    return row.getRecordNumber() + 1;
  }
}
