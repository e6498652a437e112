package dev.bulwark.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JSON API as a client meets it over HTTP: figures, column names, problems. */
final class ApiTest {

  @RegisterExtension
  static final TestServer server = TestServer.onLoopback();

  @Test
  void spendingFor2024ListsThe31AlliesWithTheCommandLinesColumnsAndNatosFigures() {
    JsonNode body = TestServer.json(server.get("/api/spending?year=2024"), 200);

    JsonNode rows = body.get("rows");
    assertThat(rows).hasSize(31);
    // NATO, Defence Expenditure of NATO Countries (2014-2024), June 2024, Table 3: Poland 4.12.
    JsonNode poland = rows.get(0);
    assertThat(poland.get("iso3").asText()).isEqualTo("POL");
    assertThat(poland.get("share_gdp_pct").asDouble()).isCloseTo(4.12, org.assertj.core.data
        .Offset.offset(0.005));
    assertThat(poland.get("meets_nato_2pct").asBoolean()).isTrue();
    List<String> keys = new ArrayList<>();
    poland.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).startsWith("year", "iso3", "country", "rank", "share_gdp_pct",
        "spending_usd_current_m").contains("meets_hague_total_5pct", "estimate", "source");
    assertThat(body.get("notes").toString()).contains("23 of 31 allies meet nato_2pct");
    assertThat(body.get("query").get("year").asInt()).isEqualTo(2024);
  }

  @Test
  void aRepeatedQueryIsServedFromTheCacheWithTheSameBody() {
    HttpResponse<String> first = server.get("/api/gap?target=2&year=2024");
    HttpResponse<String> second = server.get("/api/gap?year=2024&target=2");

    assertThat(second.body()).isEqualTo(first.body());
    assertThat(second.headers().firstValue("Cache-Control")).hasValue("public, max-age=300");
    // NATO 2024 Table 3: 23 of 31 allies at or above 2%, so 8 below.
    assertThat(TestServer.json(first, 200).get("notes").toString())
        .contains("8 allies below 2% of GDP");
  }

  @Test
  void pathForPolandGivesOneRowPerYearToTheTargetYearAndTheExplorersSummary() {
    JsonNode body = TestServer.json(server.get("/api/path?target=3.5&by=2035&growth=2.5&"
        + "country=Poland"), 200);

    JsonNode rows = body.get("rows");
    // From the 2024 base year to 2035: twelve rows.
    assertThat(rows).hasSize(12);
    assertThat(rows.get(0).get("year").asInt()).isEqualTo(2024);
    assertThat(rows.get(11).get("year").asInt()).isEqualTo(2035);
    assertThat(body.get("allies").get(0).get("iso3").asText()).isEqualTo("POL");
    assertThat(body.get("query").get("country").get(0).asText()).isEqualTo("POL");
  }

  @Test
  void anUnknownCountryIsABadInputProblemNamingTheFieldWithSuggestions() {
    HttpResponse<String> response = server.get("/api/countries?name=Germny");

    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        t -> assertThat(t).startsWith(Problem.MEDIA_TYPE));
    JsonNode problem = TestServer.json(response, 400);
    assertThat(problem.get("type").asText()).isEqualTo("urn:bulwark:problem:bad-input");
    assertThat(problem.get("field").asText()).isEqualTo("name");
    assertThat(problem.get("value").asText()).isEqualTo("Germny");
    assertThat(problem.get("suggestions").toString()).contains("DEU");
    assertThat(problem.get("detail").asText()).contains("Germny");
  }

  @Test
  void aRussianAttackOnEstoniaBindsTheUnitedStatesUnderArticle5() {
    JsonNode body = TestServer.json(server.get("/api/guarantees/assessment?attacker=RUS&"
        + "target=Estonia&date=2025-02-12"), 200);

    // treaties.md §1: NATO Article 5, level 4b (as each deems necessary).
    JsonNode usa = null;
    for (JsonNode b : body.get("bound")) {
      if (b.get("iso3").asText().equals("USA")) {
        usa = b;
      }
    }
    assertThat(usa).isNotNull();
    assertThat(usa.get("instrument").asText()).isEqualTo("nato");
    assertThat(usa.get("article").asText()).isEqualTo("5");
    assertThat(usa.get("strength_level").asText()).isEqualTo("4b");
    assertThat(body.get("query").get("place").asText()).isNotBlank();
    assertThat(body.get("weight").get("us_share_pct").asDouble()).isBetween(50.0, 80.0);
  }

  @Test
  void anUnknownPlaceIsABadInputProblemWithTheClosestPlaces() {
    JsonNode problem = TestServer.json(server.get("/api/guarantees/assessment?target=JPN&"
        + "kind=territory&place=Senkaku%20Islandz"), 400);

    assertThat(problem.get("field").asText()).isEqualTo("place");
    assertThat(problem.get("suggestions").toString()).contains("senkaku");
  }

  @Test
  void postureHostsOfDecember2024GiveGermanysActiveDuty() {
    JsonNode rows = TestServer.json(server.get("/api/posture?quarter=2024Q4&"
        + "theater=EUCOM"), 200).get("rows");

    JsonNode germany = null;
    for (JsonNode r : rows) {
      if (r.get("place").asText().equals("DEU")) {
        germany = r;
      }
    }
    // DMDC December 2024 report: Germany 34,949 active duty.
    assertThat(germany).isNotNull();
    assertThat(germany.get("active_duty").asInt()).isEqualTo(34_949);
  }

  @Test
  void theQuartersListMarksTheThreeQuartersDmdcNeverReported() {
    JsonNode body = TestServer.json(server.get("/api/posture/quarters"), 200);

    // ../shared/data/README: 2022-12, 2023-03 and 2023-06 are missing.
    assertThat(body.get("unreported").toString()).contains("2022Q4", "2023Q1", "2023Q2");
    JsonNode quarters = body.get("quarters");
    assertThat(quarters.get(0).asText()).isEqualTo("1950Q2");
    assertThat(body.get("latest").asText()).isEqualTo(quarters.get(quarters.size() - 1).asText());
  }

  @Test
  void anUnknownRouteAndAWrongMethodAreProblemsNotPages() {
    JsonNode missing = TestServer.json(server.get("/api/nothing-here"), 404);
    JsonNode wrongMethod = TestServer.json(server.delete("/api/spending"), 405);

    assertThat(missing.get("type").asText()).isEqualTo("urn:bulwark:problem:not-found");
    assertThat(wrongMethod.get("type").asText()).isEqualTo("urn:bulwark:problem:not-allowed");
  }

  @Test
  void everyAnswerCarriesTheContentSecurityPolicy() {
    HttpResponse<String> page = server.get("/");
    HttpResponse<String> api = server.get("/api/health");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy"))
        .hasValue(BulwarkApp.CONTENT_SECURITY_POLICY);
    assertThat(api.headers().firstValue("Content-Security-Policy"))
        .hasValue(BulwarkApp.CONTENT_SECURITY_POLICY);
    assertThat(BulwarkApp.CONTENT_SECURITY_POLICY).doesNotContain("http", "unsafe-inline",
        "unsafe-eval", "*");
  }

  @Test
  void staticFilesCannotEscapeTheirFolder() {
    for (String escape : List.of("/../dev/bulwark/server/Routes.class", "/%2e%2e/%2e%2e/Json.class",
        "/..%2f..%2fstore/migrations/V1__scenarios_and_runs.sql",
        "/../../../../../../etc/passwd")) {
      HttpResponse<String> response = server.get(escape);
      assertThat(response.statusCode()).as(escape).isBetween(400, 499);
      assertThat(response.body()).as(escape).doesNotContain("root:", "CREATE TABLE");
    }
  }
}
