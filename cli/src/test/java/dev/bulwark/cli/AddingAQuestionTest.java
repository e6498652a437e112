package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.answers.AnswerContext;
import dev.bulwark.answers.question.Arguments;
import dev.bulwark.answers.question.Param;
import dev.bulwark.answers.question.ParamTypes;
import dev.bulwark.answers.question.Question;
import dev.bulwark.answers.question.Questions;
import dev.bulwark.answers.question.Spec;
import dev.bulwark.answers.table.Column;
import dev.bulwark.answers.table.Table;
import dev.bulwark.data.Ledger;
import dev.bulwark.server.BulwarkApp;
import dev.bulwark.server.Json;
import dev.bulwark.server.ServerSettings;
import dev.bulwark.server.Services;
import dev.bulwark.server.api.CampaignApi;
import dev.bulwark.server.api.SavedScenarios;
import dev.bulwark.server.store.Database;
import dev.bulwark.server.store.Store;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Adding a question is one class and one line of the registry: a toy question, added with
 * {@code Questions.with}, becomes a command with help and a route in the API document, and both
 * answer it.
 */
final class AddingAQuestionTest {

  /** The toy: a state's name and codes. */
  static final class NameQuestion implements Question<NameQuestion.Request> {

    record Request(String state) {}

    static final Param<String> STATE = Param.required("state", ParamTypes.country(),
        "The state, any name or code.", "Türkiye");

    @Override
    public Spec spec() {
      return new Spec("name", "/api/name", "A state's short name",
          List.of("Prints a state's short name."), List.of("bulwark name --state TR"),
          List.of(STATE));
    }

    @Override
    public Request request(Arguments arguments) {
      return new Request(arguments.value(STATE));
    }

    @Override
    public Table answer(Request request, AnswerContext context) {
      return Table.of(Column.text("iso3", "the state's code"),
          Column.text("name", "its short name"))
          .row(request.state(), context.countries().byIso3(request.state()).name());
    }
  }

  @Test
  void aToyQuestionIsAnsweredByACommandAndARouteAlike() throws Exception {
    Questions questions = Questions.bundled().with(new NameQuestion());
    Store store = Store.open(Database.embedded(Files.createTempDirectory("bulwark-toy")));
    Ledger ledger = Ledger.embedded();
    Services services = new Services(questions, AnswerContext.of(() -> ledger,
        Clock.systemDefaultZone(), new ScenarioFiles()), new SavedScenarios(store),
        new CampaignApi(store, Json.MAPPER), store);

    try (BulwarkApp app = BulwarkApp.create(services, ServerSettings.loopback(0)).start()) {
      Run run = Run.on(Bulwark.commandLine(questions), "name", "--state", "TR", "--format",
          "json");
      Run help = Run.on(Bulwark.commandLine(questions), "name", "--help");
      HttpClient http = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + app.port();
      HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base
          + "/api/name?state=TR")).build(), HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> openApi = http.send(HttpRequest.newBuilder(URI.create(base
          + "/openapi.json")).build(), HttpResponse.BodyHandlers.ofString());

      ObjectMapper json = new ObjectMapper();
      JsonNode rows = json.readTree(answer.body()).get("rows");
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(json.readTree(run.out())).isEqualTo(rows);
      assertThat(rows.get(0).get("name").asText()).isEqualTo("Türkiye");
      assertThat(help.out()).contains("A state's short name", "bulwark name --state TR");
      assertThat(json.readTree(openApi.body()).get("paths").get("/api/name").get("get")
          .get("parameters").findValuesAsText("name")).containsExactly("state");
    }
  }
}
