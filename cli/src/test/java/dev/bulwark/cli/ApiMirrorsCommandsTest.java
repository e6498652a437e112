package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.data.Ledger;
import dev.bulwark.server.BulwarkApp;
import dev.bulwark.server.ServerSettings;
import dev.bulwark.server.Services;
import dev.bulwark.server.store.Database;
import dev.bulwark.server.store.Store;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON API answers what the commands answer: for each pair, the API's rows start with the
 * command's JSON columns, in order, with the same values, row for row.
 */
final class ApiMirrorsCommandsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TODAY = LocalDate.now().toString();
  private static BulwarkApp app;

  @BeforeAll
  static void start() throws IOException {
    Store store = Store.open(Database.embedded(Files.createTempDirectory("bulwark-mirror")));
    app = BulwarkApp.create(Services.of(Ledger.embedded(), store, Clock.systemDefaultZone()),
        ServerSettings.loopback(0)).start();
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  static Stream<Arguments> pairs() {
    return Stream.of(
        Arguments.of("spending --year 2024", "/api/spending?year=2024"),
        Arguments.of("spending --year 1995", "/api/spending?year=1995"),
        Arguments.of("gap --target 3.5 --year 2024", "/api/gap?target=3.5&year=2024"),
        Arguments.of("path --target 5 --by 2035 --country POL,DEU",
            "/api/path?target=5&by=2035&country=POL,DEU"),
        Arguments.of("fairshare --year 2024", "/api/fairshare?year=2024"),
        Arguments.of("fairshare --split --from 2014 --to 2024",
            "/api/fairshare?split=true&from=2014&to=2024"),
        Arguments.of("exploitation --from 1994 --to 1997", "/api/exploitation?from=1994&to=1997"),
        Arguments.of("countries Turkey DE", "/api/countries?name=Turkey,DE"),
        Arguments.of("sources", "/api/sources"),
        Arguments.of("guarantee --attacker RUS --target EST --date 2025-02-12",
            "/api/guarantees/assessment?attacker=RUS&target=EST&date=2025-02-12"),
        Arguments.of("guarantee --attacker CHN --target JPN --at senkaku-islands --date "
            + "2025-02-12", "/api/guarantees/assessment?attacker=CHN&target=JPN&"
            + "place=senkaku-islands&date=2025-02-12"),
        Arguments.of("umbrella --date 2025-02-12", "/api/guarantees/umbrella?date=2025-02-12"),
        Arguments.of("treaties", "/api/guarantees/treaties?date=" + TODAY),
        Arguments.of("posture --quarter 2024Q4", "/api/posture?quarter=2024Q4"),
        Arguments.of("posture --theater EUCOM --quarter 2024Q4",
            "/api/posture/hosts?quarter=2024Q4&theater=EUCOM"),
        Arguments.of("posture --from 2014 --to 2016", "/api/posture/trend?from=2014&to=2016"),
        Arguments.of("posture --reconcile", "/api/posture/reconcile"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void theApiRowsStartWithTheCommandsColumnsAndValues(String command, String path)
      throws Exception {
    Run run = Run.of((command + " --format json").split(" "));
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode cli = JSON.readTree(run.out());
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + app.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode api = JSON.readTree(response.body()).get("rows");

    assertThat(api).hasSize(cli.size());
    assertThat(cli.size()).isPositive();
    for (int i = 0; i < cli.size(); i++) {
      List<String> cliKeys = keys(cli.get(i));
      assertThat(keys(api.get(i))).as(command).startsWith(cliKeys.toArray(String[]::new));
      for (String key : cliKeys) {
        assertThat(same(cli.get(i).get(key), api.get(i).get(key)))
            .as("%s row %d %s: %s vs %s", command, i, key, cli.get(i).get(key),
                api.get(i).get(key)).isTrue();
      }
    }
  }

  private static List<String> keys(JsonNode row) {
    List<String> keys = new ArrayList<>();
    row.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  /** Equal values; numbers compared as numbers (the CLI may write 2 where the API writes 2.0). */
  private static boolean same(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.asDouble() == b.asDouble();
    }
    if (a.isNumber() && b.isTextual() || a.isTextual() && b.isNumber()) {
      return a.asText().equals(b.asText()) || a.asDouble() == b.asDouble();
    }
    return a.equals(b);
  }
}
