package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: figures, formats, exit codes and messages. */
final class CommandLineTest {

  @Test
  void spendingFor2024ListsThe31AlliesWithArmedForcesAndNATOsTally() {
    Run run = Run.of("spending", "--year", "2024", "--alliance", "NATO");

    assertThat(run.exitCode()).isZero();
    // NATO, Defence Expenditure of NATO Countries (2014-2024), June 2024, Table 3.
    assertThat(run.out()).contains("23 of 31 allies meet nato_2pct");
    assertThat(run.out().lines().filter(l -> l.startsWith("2024 ")).count()).isEqualTo(31);
    assertThat(run.out().lines().filter(l -> l.startsWith("2024 ")).findFirst().orElseThrow())
        .contains("POL", "4.12", "51.1");
  }

  @Test
  void csvOutputIsTidyWithFullPrecisionAndUnitsInColumnNames() throws Exception {
    Run run = Run.of("spending", "--year", "2024", "--format", "csv");

    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(run.out())).getRecords();
    assertThat(rows).hasSize(31);
    CSVRecord spain = rows.stream().filter(r -> r.get("iso3").equals("ESP")).findFirst()
        .orElseThrow();
    // NATO 2024 Table 3, Spain 2024e, as stored at full precision (published: 1.28).
    assertThat(Double.parseDouble(spain.get("share_gdp_pct"))).isCloseTo(1.28, within(0.005));
    assertThat(spain.get("share_gdp_pct")).hasSizeGreaterThan(6);
    assertThat(spain.get("meets_nato_2pct")).isEqualTo("false");
  }

  @Test
  void jsonOutputIsAnArrayOfObjectsKeyedByColumn() throws Exception {
    Run run = Run.of("gap", "--target", "3.5", "--year", "2024", "--format", "json");

    JsonNode rows = new ObjectMapper().readTree(run.out());
    assertThat(rows.isArray()).isTrue();
    assertThat(rows).hasSize(31);
    JsonNode poland = findIso3(rows, "POL");
    assertThat(poland.get("gap_pp").asDouble()).isZero();
    JsonNode spain = findIso3(rows, "ESP");
    // Hand: (3.5 - 1.282549642204323) / 100 x 1,658,360.15 (NATO 2024 Tables 3 and 5).
    assertThat(spain.get("gap_usd_current_m").asDouble())
        .isCloseTo((3.5 - 1.282549642204323) / 100 * 1_658_360.15, within(1.0));
  }

  @Test
  void pathToThreeAndAHalfPercentBy2035GivesTwelveYearsForPoland() {
    Run run = Run.of("path", "--target", "3.5", "--by", "2035", "--country", "POL",
        "--format", "csv");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines().skip(1)).hasSize(12).allMatch(l -> l.startsWith("POL,"));
  }

  @Test
  void exploitationFor1994To1997TestsTheSixteenAlliesOfThoseYears() {
    Run run = Run.of("exploitation", "--alliance", "NATO", "--from", "1994", "--to", "1997",
        "--format", "csv");

    assertThat(run.exitCode()).isZero();
    // 16 members; Iceland has no defence share in SIPRI, so n = 15.
    assertThat(run.out().lines().skip(1)).hasSize(4).allMatch(l -> l.contains(",15,"));
  }

  @Test
  void anUnknownCountryIsBadInputWithTheClosestMatch() {
    Run run = Run.of("path", "--country", "Germny");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("did you mean Germany (DEU)?");
  }

  @Test
  void anUnknownFormatIsBadInputThatNamesTheChoices() {
    Run run = Run.of("spending", "--format", "xml");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("table, csv or json");
  }

  @Test
  void aYearWithoutDataIsBadInput() {
    Run run = Run.of("spending", "--year", "1900");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("1900");
  }

  @Test
  void anUnknownAllianceIsBadInputThatNamesTheKnownOnes() {
    Run run = Run.of("spending", "--alliance", "SEATO");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("NATO");
  }

  @Test
  void countriesResolvesEverySpellingTheSourcesUse() {
    Run run = Run.of("countries", "Türkiye", "Turkey", "Korea, Rep.", "cow:365", "--format", "csv");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines().skip(1).map(l -> l.substring(0, 3)))
        .containsExactly("TUR", "TUR", "KOR", "RUS");
  }

  @Test
  void sourcesListsTheEmbeddedEditionsInUse() {
    Run run = Run.of("sources", "--format", "csv");

    assertThat(run.out()).contains("nato,2024,", "sipri,2025-04,", "world-bank,");
  }

  @Test
  void briefWritesASelfContainedPageAndPrintsItsFindings(@TempDir Path out) throws Exception {
    Run run = Run.of("brief", "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("23 of 31 allies with armed forces met 2% of GDP in 2024",
        "brief written to");
    String html = Files.readString(out.resolve("index.html"));
    assertThat(html).contains("data-chart").doesNotContain("src=\"http");
  }

  @Test
  void withoutAYearSipriAnswersForTheLatestYearThatAlsoHasWorldBankGdp() {
    // SIPRI's shares run to 2024, the World Bank's GDP in the embedded snapshot to 2023.
    Run run = Run.of("gap", "--source", "sipri", "--format", "csv");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines().skip(1)).allMatch(line -> line.startsWith("2023,"));
  }

  @Test
  void aPathForAStateThatIsNotCountedIsBadInputNamingTheCountedAllies() {
    Run run = Run.of("path", "--country", "ISL");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("ISL", "counted", "POL");
  }

  @Test
  void optionsThatDoNotApplyAreRefusedRatherThanIgnored() {
    assertThat(Run.of("fairshare", "--split", "--year", "2024").exitCode()).isEqualTo(2);
    assertThat(Run.of("fairshare", "--from", "2014", "--year", "2024").exitCode()).isEqualTo(2);
    assertThat(Run.of("exploitation", "--from", "1997", "--to", "1994").exitCode()).isEqualTo(2);
  }

  @Test
  void fromOrToAskTheFairShareForTheSplitOverYears() {
    Run run = Run.of("fairshare", "--from", "2022", "--to", "2023", "--format", "csv");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines().findFirst().orElseThrow()).startsWith("year,allies_counted,");
    assertThat(run.out().lines().skip(1)).hasSize(2);
  }

  private static JsonNode findIso3(JsonNode rows, String iso3) {
    for (JsonNode row : rows) {
      if (row.get("iso3").asText().equals(iso3)) {
        return row;
      }
    }
    throw new AssertionError("no row for " + iso3);
  }

  private static org.assertj.core.data.Offset<Double> within(double tolerance) {
    return org.assertj.core.data.Offset.offset(tolerance);
  }
}
