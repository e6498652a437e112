package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The guarantee, umbrella and treaties commands as users meet them. */
final class GuaranteeCommandsTest {

  private static List<CSVRecord> csv(Run run) throws Exception {
    return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(run.out())).getRecords();
  }

  @Test
  void aRussianAttackOnEstoniaBindsThe31OtherAlliesUnderArticle5() throws Exception {
    Run run = Run.of("guarantee", "--attacker", "RUS", "--target", "EST", "--date", "2025-02-12",
        "--format", "csv");

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<CSVRecord> nato = csv(run).stream().filter(r -> r.get("outcome").equals("bound")
        && r.get("instrument").equals("nato")).toList();
    assertThat(nato).hasSize(31).allMatch(r -> r.get("article").equals("5")
        && r.get("strength_level").equals("4b"));
    CSVRecord usa = nato.stream().filter(r -> r.get("iso3").equals("USA")).findFirst().orElseThrow();
    // NATO 2024 Table 2, United States 2024e, million current US$ (as bundled; published 967,707).
    assertThat(Double.parseDouble(usa.get("milex_usd_current_m"))).isBetween(967_000.0, 968_500.0);
    assertThat(usa.get("capacity_source")).startsWith("NATO 2024");
  }

  @Test
  void peacekeepersInUkraineGetNoCollectiveDefenceAndTheTableSaysWhy() {
    Run run = Run.of("guarantee", "--attacker", "RUS", "--target", "FRA", "--kind", "forces",
        "--at", "UKR", "--date", "2025-02-12");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("not_bound", "outsideTheArea", "targetKindCovered")
        .doesNotContain("as_each_deems_necessary");
  }

  @Test
  void aPointIsPlacedAtTheNearestGazetteerPlaceWithItsDistance() {
    Run run = Run.of("guarantee", "--attacker", "CHN", "--target", "JPN", "--kind", "vessel",
        "--at", "25.75,123.6", "--date", "2025-02-12");

    assertThat(run.exitCode()).as(run.err()).isZero();
    // Hand: 0.1° of longitude at 25.75° N is 111.2 × cos(25.75°) × 0.1 ≈ 10.0 km.
    assertThat(run.out()).contains("Senkaku Islands (senkaku-islands), 10 km from the given point");
  }

  @Test
  void unknownPlacesAndCountriesFailWithSuggestionsAndExitCode2() {
    Run place = Run.of("guarantee", "--attacker", "CHN", "--target", "JPN", "--at", "senkaku");
    Run country = Run.of("guarantee", "--attacker", "Russsia", "--target", "EST");

    assertThat(place.exitCode()).isEqualTo(2);
    assertThat(place.err()).contains("unknown place 'senkaku'", "senkaku-islands");
    assertThat(country.exitCode()).isEqualTo(2);
    assertThat(country.err()).contains("did you mean Russia (RUS)");
  }

  @Test
  void theUmbrellaOfUkraineOn2025_02_12HasNoDefenceCommitmentOnlySupport() throws Exception {
    Run run = Run.of("umbrella", "--date", "2025-02-12", "--country", "UKR", "--format", "json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode rows = new ObjectMapper().readTree(run.out());
    assertThat(rows).extracting(r -> r.get("instrument").asText())
        .contains("ukraine-2024", "budapest", "all");
    JsonNode all = rows.get(rows.size() - 1);
    // The 'all' row spans instruments: the G7-framework signatories at 2 (consultation and
    // support), Russia, with no attacker named, at 1 (Budapest, consultation).
    assertThat(all.get("strength_level").asText()).isEqualTo("2-1");
    assertThat(all.get("milex_non_us_usd_current_m").asDouble())
        .isLessThan(all.get("milex_usd_current_m").asDouble());
  }

  @Test
  void theUmbrellaOfJapanAndTaiwanIsAllAmerican() throws Exception {
    Run run = Run.of("umbrella", "--date", "2025-02-12", "--country", "JPN", "--country", "TWN",
        "--format", "csv");

    List<CSVRecord> all = csv(run).stream().filter(r -> r.get("instrument").equals("all")).toList();
    assertThat(all).extracting(r -> r.get("iso3")).containsExactly("JPN", "TWN");
    assertThat(all).allMatch(r -> Double.parseDouble(r.get("milex_non_us_usd_current_m")) == 0
        && Double.parseDouble(r.get("us_share_pct")) == 100);
    assertThat(all.get(1).get("strength_level")).isEqualTo("0");
  }

  @Test
  void treatiesListsNatoClausesAndPartiesWithTheirDates() throws Exception {
    Run clauses = Run.of("treaties", "--id", "nato", "--format", "csv");
    Run parties = Run.of("treaties", "--id", "nato", "--parties", "--format", "csv");

    assertThat(csv(clauses)).extracting(r -> r.get("article")).contains("5", "4");
    assertThat(csv(parties)).hasSize(32).anyMatch(r -> r.get("iso3").equals("SWE")
        && r.get("from").equals("2024-03-07"));
    assertThat(Run.of("treaties", "--id", "natto").exitCode()).isEqualTo(2);
  }
}
