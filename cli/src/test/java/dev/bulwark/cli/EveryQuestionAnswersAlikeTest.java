package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.answers.AnswerContext;
import dev.bulwark.answers.question.Param;
import dev.bulwark.answers.question.Question;
import dev.bulwark.answers.question.Questions;
import dev.bulwark.data.EditionStore;
import dev.bulwark.data.Ledger;
import dev.bulwark.server.BulwarkApp;
import dev.bulwark.server.Json;
import dev.bulwark.server.ServerSettings;
import dev.bulwark.server.Services;
import dev.bulwark.server.api.CampaignApi;
import dev.bulwark.server.api.SavedScenarios;
import dev.bulwark.server.store.Database;
import dev.bulwark.server.store.Store;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks the registry: every question, asked with its defaults and then with each parameter set
 * to its example, answers the same rows through the command line ({@code --format json}) and the
 * API, and refuses an unknown parameter through both. The server here finds scenarios as files
 * and editions in the tests' store (with {@link EarlierEdition}), as the command line does, so
 * both are asked the same thing.
 */
final class EveryQuestionAnswersAlikeTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** Few runs, so the campaign's cases stay quick; its own parameter is still tried. */
  private static final Map<String, String> QUICK = Map.of("runs", "500");
  private static BulwarkApp app;

  @BeforeAll
  static void start() throws IOException {
    EarlierEdition.store();
    Store store = Store.open(Database.embedded(Files.createTempDirectory("bulwark-alike")));
    Ledger ledger = Ledger.open(EditionStore.defaultLocation(), Map.of());
    Services services = new Services(Questions.bundled(), AnswerContext.of(() -> ledger,
        Clock.systemDefaultZone(), new ScenarioFiles()), new SavedScenarios(store),
        new CampaignApi(store, Json.MAPPER), store);
    app = BulwarkApp.create(services, ServerSettings.loopback(0)).start();
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  /** Each question with its defaults (and required parameters), then each parameter set. */
  static Stream<Arguments> requests() {
    List<Arguments> all = new ArrayList<>();
    for (Question<?> question : Questions.bundled().all()) {
      Map<String, String> base = new LinkedHashMap<>();
      question.spec().params().stream().filter(Param::required)
          .forEach(p -> base.put(p.name(), p.example()));
      if (question.spec().names().contains("runs")) {
        base.putAll(QUICK);
      }
      all.add(Arguments.of(question.spec().command(), base));
      for (Param<?> param : question.spec().params()) {
        Map<String, String> one = new LinkedHashMap<>(base);
        one.put(param.name(), param.example());
        all.add(Arguments.of(question.spec().command(), one));
      }
    }
    return all.stream();
  }

  static Stream<String> commands() {
    return Questions.bundled().all().stream().map(q -> q.spec().command());
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("requests")
  void theCommandAndTheRouteGiveTheSameRows(String command, Map<String, String> parameters)
      throws Exception {
    Question<?> question = Questions.bundled().named(command);
    Run run = Run.of(commandLine(question, parameters));
    assertThat(run.exitCode()).as(run.err()).isZero();
    HttpResponse<String> response = get(question, parameters);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);

    JsonNode cli = JSON.readTree(run.out());
    JsonNode api = JSON.readTree(response.body()).get("rows");
    assertThat(cli.size()).as("rows of %s", command).isPositive();
    assertThat(api).as("%s %s", command, parameters).isEqualTo(cli);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void anUnknownParameterIsRefusedByBothNamingTheKnownOnes(String command) throws Exception {
    Question<?> question = Questions.bundled().named(command);
    Map<String, String> parameters = new LinkedHashMap<>();
    question.spec().params().stream().filter(Param::required)
        .forEach(p -> parameters.put(p.name(), p.example()));
    parameters.put("colour", "red");

    HttpResponse<String> response = get(question, parameters);
    parameters.remove("colour");
    List<String> words = new ArrayList<>(List.of(commandLine(question, parameters)));
    words.add("--colour=red");
    Run run = Run.of(words.toArray(String[]::new));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).get("detail").asText())
        .contains("unknown parameter 'colour'", question.spec().names().toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--colour");
  }

  private static String[] commandLine(Question<?> question, Map<String, String> parameters) {
    List<String> words = new ArrayList<>(List.of(question.spec().command().split(" ")));
    for (Param<?> param : question.spec().params()) {
      String value = parameters.get(param.name());
      if (value == null) {
        continue;
      }
      if (param.positional()) {
        words.add(value);
      } else if (param.type().isSwitch()) {
        if (Boolean.parseBoolean(value)) {
          words.add("--" + param.name());
        }
      } else {
        words.add("--" + param.name());
        words.add(value);
      }
    }
    words.add("--format");
    words.add("json");
    return words.toArray(String[]::new);
  }

  private static HttpResponse<String> get(Question<?> question, Map<String, String> parameters)
      throws IOException, InterruptedException {
    StringBuilder query = new StringBuilder();
    parameters.forEach((name, value) -> query.append(query.length() == 0 ? "?" : "&")
        .append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
        + app.port() + question.spec().path() + query)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
