package dev.bulwark.answers.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.answers.AnswersException;
import dev.bulwark.answers.Asking;
import dev.bulwark.core.BulwarkException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data package read back as a user would, with a plain CSV reader and a JSON parser: every
 * declared file exists, its header is exactly its declared fields, the published figures are in
 * the values file, and a directory that holds something is refused unless asked to replace it.
 */
final class DataPackageTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static DataPackage data;

  @TempDir Path tmp;

  @BeforeAll
  static void collect() {
    data = DataPackage.of(Asking.CONTEXT);
  }

  private static List<CSVRecord> read(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .get().parse(reader)) {
      return parser.getRecords();
    }
  }

  private static List<String> header(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get().parse(reader)) {
      return parser.getHeaderNames();
    }
  }

  @Test
  void everyDeclaredFileExistsWithExactlyItsDeclaredFieldsAsHeader() throws IOException {
    Path out = tmp.resolve("package");
    data.writeTo(out, false);

    JsonNode descriptor = JSON.readTree(out.resolve(DataPackage.DESCRIPTOR).toFile());
    assertThat(descriptor.get("profile").asText()).isEqualTo("tabular-data-package");
    List<String> declared = new ArrayList<>(List.of(DataPackage.DESCRIPTOR));
    for (JsonNode resource : descriptor.get("resources")) {
      Path file = out.resolve(resource.get("path").asText());
      List<String> fields = new ArrayList<>();
      resource.get("schema").get("fields").forEach(f -> {
        assertThat(f.get("description").asText()).isNotBlank();
        fields.add(f.get("name").asText());
      });
      assertThat(file).exists();
      assertThat(header(file)).as(file.getFileName().toString()).isEqualTo(fields);
      assertThat(resource.get("licenses")).isNotEmpty();
      declared.add(resource.get("path").asText());
    }
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(declared);
    }
    assertThat(descriptor.get("editions").toString()).contains("nato=2024", "sipri=2025-04");
  }

  @Test
  void theValuesHoldNatosPublished2024SharesForPolandAndTheUnitedStates() throws IOException {
    Path out = tmp.resolve("package");
    data.writeTo(out, false);

    List<CSVRecord> values = read(out.resolve("values.csv"));
    // NATO, Defence Expenditure of NATO Countries (2014-2024), Table 3: 4.12% and 3.38% (2024e).
    assertThat(share(values, "POL")).isCloseTo(4.12, within(0.005));
    assertThat(share(values, "USA")).isCloseTo(3.38, within(0.005));
  }

  /*
   * Kiel's allocations January 2022 – April 2026, Release 29: the United States EUR 115.381 bn,
   * the sum of data_explorer.csv's USA rows computed independently with python3.
   */
  @Test
  void theAidLedgerIsInThePackageWithItsReleaseAndTheUnitedStatesTotal() throws IOException {
    Path out = tmp.resolve("package");
    data.writeTo(out, false);

    assertThat(data.files()).contains("aid_donors.csv", "aid_months.csv", "aid_channels.csv",
        "aid_weapons.csv");
    double us = read(out.resolve("aid_months.csv")).stream()
        .filter(r -> r.get("release").equals("29") && r.get("iso3").equals("USA"))
        .mapToDouble(r -> Double.parseDouble(r.get("total_eur_bn"))).sum();
    assertThat(us).isCloseTo(115.381, within(0.001));
    JsonNode descriptor = JSON.readTree(out.resolve(DataPackage.DESCRIPTOR).toFile());
    assertThat(descriptor.get("editions").toString()).contains("kiel=29");
    assertThat(descriptor.toString()).contains("Kiel Working Paper 2218");
  }

  private static double share(List<CSVRecord> values, String iso3) {
    CSVRecord row = values.stream().filter(r -> r.get("source").equals("nato")
        && r.get("edition").equals("2024") && r.get("iso3").equals(iso3)
        && r.get("year").equals("2024") && r.get("indicator").equals("defexp_share_gdp_pct"))
        .findFirst().orElseThrow();
    assertThat(row.get("flag")).isEqualTo("estimate");
    return Double.parseDouble(row.get("value"));
  }

  @Test
  void missingValuesAreEmptyCellsAndUnitsAreDeclared() throws IOException {
    Path out = tmp.resolve("package");
    data.writeTo(out, false);

    // DMDC reported no count for 2022Q4: the cell is empty, not zero.
    assertThat(read(out.resolve("us_personnel.csv"))).filteredOn(r -> r.get("year")
        .equals("2022") && r.get("quarter").equals("4")).isNotEmpty()
        .allMatch(r -> r.get("active_duty_persons").isEmpty());
    JsonNode descriptor = JSON.readTree(out.resolve(DataPackage.DESCRIPTOR).toFile());
    assertThat(descriptor.findValuesAsText("unit")).contains("km", "persons");
  }

  @Test
  void aDirectoryThatHoldsSomethingIsRefusedAndLeftAsItWas() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("package"));
    Files.writeString(out.resolve("notes.txt"), "mine");

    assertThatThrownBy(() -> data.writeTo(out, false))
        .isInstanceOfSatisfying(AnswersException.class, e -> {
          assertThat(e.kind()).isEqualTo(BulwarkException.Kind.BAD_INPUT);
          assertThat(e.getMessage()).contains("is not empty", "--force");
        });
    assertThat(Files.readString(out.resolve("notes.txt"))).isEqualTo("mine");
    try (Stream<Path> beside = Files.list(tmp)) {
      assertThat(beside).containsExactly(out);
    }
  }

  @Test
  void replacingADirectoryLeavesOnlyThePackage() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("package"));
    Files.writeString(out.resolve("notes.txt"), "mine");

    data.writeTo(out, true);

    assertThat(out.resolve("notes.txt")).doesNotExist();
    assertThat(out.resolve("values.csv")).exists();
    try (Stream<Path> beside = Files.list(tmp)) {
      assertThat(beside).containsExactly(out);
    }
  }

  @Test
  void aPackageThatCannotBeWrittenIsAFailureThatLeavesNothing() throws IOException {
    Path file = Files.writeString(tmp.resolve("file"), "not a directory");

    assertThatThrownBy(() -> data.writeTo(file.resolve("package"), false))
        .isInstanceOfSatisfying(AnswersException.class,
            e -> assertThat(e.kind()).isEqualTo(BulwarkException.Kind.FAILURE));
    try (Stream<Path> beside = Files.list(tmp)) {
      assertThat(beside).containsExactly(file);
    }
  }
}
