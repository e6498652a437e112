package dev.bulwark.answers.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.bulwark.answers.AnswerContext;
import dev.bulwark.answers.AnswersException;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The whole curated dataset as a Frictionless tabular data package: one tidy CSV file per
 * resource (UTF-8, a header line, ISO3 codes, units in column names, an empty cell for a missing
 * value) and a {@code datapackage.json} that declares each file's fields with type, unit and
 * description, its sources and its licences, and the editions it holds.
 *
 * <p>{@link #writeTo} writes into a hidden directory beside the target and renames it into
 * place, so the target holds a whole package or is left as it was.
 */
public final class DataPackage {

  /** The descriptor's file name. */
  public static final String DESCRIPTOR = "datapackage.json";

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  private final List<Resource> resources;
  private final List<String> editions;

  private DataPackage(List<Resource> resources, List<String> editions) {
    this.resources = List.copyOf(resources);
    this.editions = List.copyOf(editions);
  }

  /** Collects the package over a context: every available edition, the engines' tables. */
  public static DataPackage of(AnswerContext context) {
    List<Resource> all = new ArrayList<>(LedgerResources.of(context.ledger()));
    all.addAll(AidResources.of(context.ledger()));
    all.addAll(TreatyResources.of(context.engine().treaties(), context.gazetteer()));
    all.addAll(PostureResources.of(context.posture()));
    return new DataPackage(all, Stream.concat(context.ledger().availableEditions().stream(),
        context.ledger().aidReleases().stream()).map(e -> e.source().id() + "=" + e.id())
        .toList());
  }

  /** Returns the data files' names, in the descriptor's order. */
  public List<String> files() {
    return resources.stream().map(Resource::path).toList();
  }

  /** Returns the number of rows in all data files. */
  public long rows() {
    return resources.stream().mapToLong(r -> r.rows().size()).sum();
  }

  /**
   * Writes the package into a directory: a new one, an empty one, or, with {@code replace}, one
   * whose contents it replaces.
   *
   * @throws AnswersException (bad input) when the directory is a file, or is not empty and
   *     {@code replace} is false; (a failure) when it cannot be written, leaving it as it was
   */
  public void writeTo(Path directory, boolean replace) {
    Path target = directory.toAbsolutePath().normalize();
    PackageDirectory.requireWritable(target, replace);
    PackageDirectory.replace(target, temp -> {
      for (Resource resource : resources) {
        writeCsv(resource, temp.resolve(resource.path()));
      }
      JSON.writeValue(temp.resolve(DESCRIPTOR).toFile(), descriptor());
    });
  }

  private Map<String, Object> descriptor() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("profile", "tabular-data-package");
    out.put("name", "bulwark-dataset");
    out.put("title", "Bulwark's curated dataset: defence spending, aid to Ukraine,"
        + " collective-defence guarantees and US force posture");
    out.put("description", "Every edition of NATO's, SIPRI's and the World Bank's figures that"
        + " Bulwark holds, every release of Kiel's Ukraine Support Tracker (its aid ledger), its"
        + " country, alliance, treaty and place tables, and US personnel by host and quarter with"
        + " the command plan. Each resource states its sources and terms.");
    out.put("editions", editions);
    out.put("licenses", List.of(licence(Licence.BULWARK)));
    out.put("resources", resources.stream().map(DataPackage::describe).toList());
    return out;
  }

  private static Map<String, Object> describe(Resource resource) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("profile", "tabular-data-resource");
    out.put("name", resource.name());
    out.put("path", resource.path());
    out.put("format", "csv");
    out.put("mediatype", "text/csv");
    out.put("encoding", "utf-8");
    out.put("description", resource.description());
    out.put("sources", resource.sources().stream().map(s -> Map.of("title", s)).toList());
    out.put("licenses", resource.licences().stream().map(DataPackage::licence).toList());
    List<Map<String, Object>> fields = new ArrayList<>();
    for (Field f : resource.fields()) {
      Map<String, Object> field = new LinkedHashMap<>();
      field.put("name", f.name());
      field.put("type", f.type());
      field.put("description", f.description());
      if (!f.unit().isEmpty()) {
        field.put("unit", f.unit());
      }
      fields.add(field);
    }
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("fields", fields);
    schema.put("missingValues", List.of(""));
    out.put("schema", schema);
    return out;
  }

  private static Map<String, String> licence(Licence licence) {
    Map<String, String> out = new LinkedHashMap<>();
    if (!licence.name().isEmpty()) {
      out.put("name", licence.name());
    }
    out.put("title", licence.title());
    return out;
  }

  private static void writeCsv(Resource resource, Path file) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator('\n')
        .setHeader(resource.fields().stream().map(Field::name).toArray(String[]::new)).get();
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter out = new CSVPrinter(writer, format)) {
      for (List<Object> row : resource.rows()) {
        out.printRecord(row.stream().map(DataPackage::cell).toList());
      }
    }
  }

  /**
   * Returns a cell as its text: missing values (null, empty optionals) as the empty string,
   * numbers in full precision without exponent, enums in lower case, lists joined by "; ".
   */
  private static String cell(Object value) {
    if (value instanceof Optional<?> optional) {
      return optional.map(DataPackage::cell).orElse("");
    }
    if (value instanceof OptionalInt optional) {
      return optional.isPresent() ? String.valueOf(optional.getAsInt()) : "";
    }
    if (value instanceof Double d) {
      return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
    if (value instanceof Enum<?> e) {
      return e.name().toLowerCase(Locale.ROOT);
    }
    if (value instanceof Collection<?> list) {
      return String.join("; ", list.stream().map(DataPackage::cell).toList());
    }
    return value == null ? "" : value.toString();
  }
}
