package dev.bulwark.core.country;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every country spelling in the reference copies of SIPRI, NATO, troopdata (DMDC) and the World
 * Bank resolves. Runs when {@code ../shared/data} is found above the working directory.
 */
final class SourceSpellingsTest {

  private static Path data;
  private final Countries countries = Countries.bundled();

  @BeforeAll
  static void findReferenceData() {
    Path start = Path.of("").toAbsolutePath();
    for (Path dir = start; dir != null && data == null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("data");
      data = Files.isDirectory(candidate) ? candidate : null;
    }
    assumeTrue(data != null,
        "reference data ../shared/data not found in any folder above " + start);
  }

  @Test
  void everySipriCountryResolves() throws IOException {
    assertThat(unresolved(data.resolve("sipri/sipri_milex_1949_2024_long.csv"), "country"))
        .isEmpty();
  }

  @Test
  void everyNatoCountryAndAggregateResolves() throws IOException {
    List<String> misses = new ArrayList<>();
    try (DirectoryStream<Path> panels = Files.newDirectoryStream(data.resolve("nato"),
        "*panel.csv")) {
      for (Path panel : panels) {
        misses.addAll(unresolved(panel, "country"));
      }
    }
    assertThat(misses).isEmpty();
    assertThat(countries.resolve("NATO Europe and Canada").kind()).isEqualTo(CountryKind.AGGREGATE);
  }

  @Test
  void everyTroopdataNameResolvesToItsIso3cWhereItHasOne() throws IOException {
    Map<String, String> names = new TreeMap<>();
    read(data.resolve("troopdata_dmdc/troopdata-rebuild-country-year-quarter-format.csv"),
        row -> names.put(row.get("countryname") + " / " + row.get("iso3c"), row.get("iso3c")));
    List<String> wrong = new ArrayList<>();
    names.forEach((entry, iso3c) -> {
      String name = entry.substring(0, entry.lastIndexOf(" / "));
      String found = countries.find(name).map(Country::iso3).orElse("nothing");
      boolean coded = !iso3c.equals("NA");
      if (found.equals("nothing") || coded && !found.equals(iso3c)) {
        wrong.add(entry + " -> " + found);
      }
    });
    // troopdata labels Botswana's row (ccode 571, iso3c BWA) "Swaziland"; the name means SWZ.
    assertThat(wrong).containsExactly("Swaziland / BWA -> SWZ");
  }

  @Test
  void everyWorldBankNameOfACodeInTheTableResolvesToThatCode() throws IOException {
    Map<String, String> wrong = new TreeMap<>();
    TreeSet<String> skipped = new TreeSet<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(data.resolve("worldbank"),
        "*.csv")) {
      for (Path file : files) {
        read(file, row -> {
          String code = row.get("Country Code");
          if (countries.find(code).isEmpty()) {
            skipped.add(code);
          } else if (!countries.resolve(row.get("Country Name")).iso3().equals(code)) {
            wrong.put(row.get("Country Name"), code);
          }
        });
      }
    }
    assertThat(wrong).isEmpty();
    // Only the World Bank's regional and income groups are left out: 50 of its codes are not
    // ISO 3166-1, and of those the table keeps WLD, EUU, XKX and CHI, leaving 46.
    assertThat(skipped).hasSize(46).contains("EMU", "HIC", "OED").doesNotContain("WLD", "EUU");
  }

  private List<String> unresolved(Path file, String column) throws IOException {
    TreeSet<String> names = new TreeSet<>();
    read(file, row -> names.add(row.get(column)));
    assertThat(names).as("names in %s", file.getFileName()).isNotEmpty();
    return names.stream().filter(name -> countries.find(name).isEmpty()).toList();
  }

  private static void read(Path file, Consumer<CSVRecord> action) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)
          .forEach(action);
    }
  }
}
