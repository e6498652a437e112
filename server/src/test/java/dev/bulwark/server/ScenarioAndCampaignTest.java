package dev.bulwark.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Saved scenarios, campaign jobs and division-of-labour jobs over HTTP: save, list, reopen, run,
 * watch, cancel.
 */
final class ScenarioAndCampaignTest {

  static final String SCENARIO = """
      name: Baltic reinforced
      baseline: 2024Q4
      forces:
        - from: USA
          to: LTU
          brigades: 1
      orders_of_battle:
        - theatre: baltic
          posture: baltic-2016
          add:
            - id: us-abct-2
              name: 2nd US armoured brigade combat team
              nation: USA
              kind: heavy_armoured
              strength: 1.0
              axis: riga
              arrival_day: 0
              source: scenario assumption
      """;

  @RegisterExtension
  static final TestServer server = TestServer.onLoopback();

  @Test
  void aSavedScenarioIsListedReopenedAndApplied() {
    JsonNode saved = TestServer.json(server.post("/api/scenarios", "application/yaml",
        SCENARIO), 201);
    String id = saved.get("id").asText();

    JsonNode list = TestServer.json(server.get("/api/scenarios"), 200);
    JsonNode reopened = TestServer.json(server.get("/api/scenarios/" + id), 200);
    JsonNode changes = TestServer.json(server.get("/api/scenario/run?scenario=" + id), 200);

    assertThat(list.get("rows").findValuesAsText("id")).contains(id);
    assertThat(reopened.get("yaml").asText()).isEqualTo(SCENARIO);
    assertThat(reopened.get("name").asText()).isEqualTo("Baltic reinforced");
    // One brigade is 4,500 personnel (docs/scenarios.md): Lithuania gains 4,500 active duty.
    JsonNode lithuania = null;
    for (JsonNode row : changes.get("rows")) {
      if (row.get("subject").asText().equals("LTU") && row.get("question").asText()
          .equals("posture")) {
        lithuania = row;
      }
    }
    assertThat(lithuania).isNotNull();
    assertThat(lithuania.get("change").asDouble()).isEqualTo(4500.0);
  }

  @Test
  void malformedYamlIsABadInputNamingTheLine() {
    JsonNode problem = TestServer.json(server.post("/api/scenarios", "text/yaml",
        "name: x\nforces:\n  - from: USA\n    to: [LTU\n"), 400);

    assertThat(problem.get("field").asText()).isEqualTo("body");
    assertThat(problem.get("detail").asText()).containsIgnoringCase("line");
  }

  @Test
  void aScenarioInAnotherMediaTypeIsRefused() {
    JsonNode problem = TestServer.json(server.post("/api/scenarios", "application/json",
        "{\"name\": \"x\"}"), 415);

    assertThat(problem.get("field").asText()).isEqualTo("Content-Type");
  }

  @Test
  void anUnknownScenarioOrJobIsNotFound() {
    TestServer.json(server.get("/api/scenarios/no-such-id"), 404);
    TestServer.json(server.get("/api/campaigns/no-such-id"), 404);
    TestServer.json(server.delete("/api/campaigns/no-such-id"), 404);
  }

  @Test
  void aCampaignJobCompletesIsSavedAndCannotBeCancelledAfterwards() throws Exception {
    JsonNode job = TestServer.json(server.post("/api/campaigns", "application/json",
        "{\"posture\": \"baltic-2016\", \"runs\": 2000, \"seed\": 1253}"), 202);
    String id = job.get("id").asText();

    JsonNode done = await(id, "done");

    JsonNode objectives = done.get("result").get("objectives");
    assertThat(objectives.findValuesAsText("objective")).contains("first");
    assertThat(done.get("result").get("seed").asLong()).isEqualTo(1253);
    assertThat(done.get("progress").get("fraction").asDouble()).isEqualTo(1.0);
    assertThat(TestServer.json(server.get("/api/campaigns"), 200).get("rows")
        .findValuesAsText("id")).contains(id);
    TestServer.json(server.delete("/api/campaigns/" + id), 409);
  }

  @Test
  void aTornadoJobsProgressCountsItsOnePassOfRuns() throws Exception {
    // The tornado runs its 23 cases (base, 11 parameters at low and high) in one pass with
    // common random numbers, so its progress counts the 3,000 runs once, not 23 times.
    JsonNode job = TestServer.json(server.post("/api/campaigns", "application/json",
        "{\"posture\": \"baltic-2016\", \"runs\": 3000, \"show\": \"tornado\"}"), 202);

    assertThat(job.get("progress").get("total").asLong()).isEqualTo(3000);
    JsonNode done = await(job.get("id").asText(), "done");
    assertThat(done.get("progress").get("done").asLong()).isEqualTo(3000);
  }

  @Test
  void aTaiwanJobAnswersTheStraitModelsOutcomesLossesAndTornado() throws Exception {
    JsonNode outcomes = await(TestServer.json(server.post("/api/campaigns", "application/json",
        "{\"theatre\": \"taiwan\", \"posture\": \"taiwan-2026\", \"runs\": 2000}"), 202)
        .get("id").asText(), "done").get("result");
    JsonNode tornado = await(TestServer.json(server.post("/api/campaigns", "application/json",
        "{\"theatre\": \"taiwan\", \"posture\": \"taiwan-2026\", \"runs\": 500,"
            + " \"show\": \"tornado\"}"), 202).get("id").asText(), "done").get("result");

    assertThat(outcomes.get("outcomes").findValuesAsText("outcome"))
        .containsExactly("invasion_defeated", "stalemate", "capital_taken");
    assertThat(outcomes.get("losses").findValuesAsText("loss")).contains("us_carriers");
    assertThat(outcomes.get("model_version").asText()).startsWith("bulwark-strait");
    // The strait model's tornado: the chance the invasion is defeated at each end.
    assertThat(tornado.get("tornado").get(0).has("defeated_at_low")).isTrue();
    assertThat(tornado.get("tornado").findValuesAsText("parameter")).contains("pk_lrasm");
  }

  @Test
  void aSavedTaiwanScenarioChangesTheStraitPostureOfACampaignJob() throws Exception {
    String yaml = java.nio.file.Files.readString(OpenApiTest.repositoryRoot()
        .resolve("docs/scenarios/taiwan-long-range-strike.yaml"));
    String id = TestServer.json(server.post("/api/scenarios", "application/yaml", yaml), 201)
        .get("id").asText();

    JsonNode result = await(TestServer.json(server.post("/api/campaigns", "application/json",
        "{\"theatre\": \"taiwan\", \"posture\": \"taiwan-2026-no-long-range-antiship\","
            + " \"scenario\": \"" + id + "\", \"runs\": 2000}"), 202).get("id").asText(),
        "done").get("result");

    assertThat(result.get("outcomes").findValuesAsText("posture")).contains(
        "taiwan-2026-no-long-range-antiship", "taiwan-2026-no-long-range-antiship-scenario");
  }

  @Test
  void aRunningCampaignJobCanBeCancelled() throws Exception {
    JsonNode job = TestServer.json(server.post("/api/campaigns", "application/json",
        "{\"posture\": \"baltic-2025\", \"runs\": 200000, \"show\": \"objectives\"}"), 202);
    String id = job.get("id").asText();

    JsonNode cancelled = TestServer.json(server.delete("/api/campaigns/" + id), 200);
    JsonNode after = await(id, "cancelled");

    assertThat(cancelled.get("id").asText()).isEqualTo(id);
    assertThat(after.get("result").isNull()).isTrue();
    assertThat(after.get("progress").get("fraction").asDouble()).isLessThan(1.0);
  }

  @Test
  void moreReplicationsThanTheServerRunsAreABadInputNamingRuns() {
    JsonNode problem = TestServer.json(server.post("/api/campaigns", "application/json",
        "{\"posture\": \"baltic-2016\", \"runs\": 5000000}"), 400);
    JsonNode tornado = TestServer.json(server.post("/api/campaigns", "application/json",
        "{\"posture\": \"baltic-2016\", \"runs\": 50000, \"show\": \"tornado\"}"), 400);
    JsonNode answer = TestServer.json(server.get("/api/campaign?runs=5000000"), 400);
    JsonNode taiwan = TestServer.json(server.post("/api/campaigns", "application/json",
        "{\"theatre\": \"taiwan\", \"runs\": 20000, \"show\": \"tornado\"}"), 400);

    assertThat(problem.get("field").asText()).isEqualTo("runs");
    assertThat(problem.get("detail").asText()).contains("at most 1000000 replications",
        "asks 5000000");
    // 50,000 runs x (1 + 2 x 11 parameters) = 1,150,000 replications with the tornado.
    assertThat(tornado.get("detail").asText()).contains("asks 1150000", "tornado");
    assertThat(answer.get("field").asText()).isEqualTo("runs");
    // The strait model reads 37 parameters (29 and 8 munitions' Pk): 20,000 x 75 = 1,500,000.
    assertThat(taiwan.get("detail").asText()).contains("asks 1500000", "x 75 with the tornado");
  }

  @Test
  void anUnknownPostureIsABadInputWithTheKnownOnes() {
    JsonNode problem = TestServer.json(server.post("/api/campaigns", "application/json",
        "{\"posture\": \"baltic-2099\"}"), 400);

    assertThat(problem.get("field").asText()).isEqualTo("posture");
    assertThat(problem.get("suggestions").toString()).contains("baltic-2016");
  }

  @Test
  void aDivisionJobAnswersTheFrontierAndTheNamedAnswers() throws Exception {
    JsonNode job = TestServer.json(server.post("/api/division/jobs", "application/json",
        "{\"runs\": 1000, \"steps\": 4, \"year\": 2030, \"europe-target\": 3.5}"), 202);
    // One pass a theatre, 1,000 runs each: the frontier is read from the answers' runs.
    assertThat(job.get("progress").get("total").asLong()).isEqualTo(2000);

    JsonNode done = await(job.get("id").asText(), "done");
    JsonNode frontier = done.get("result").get("frontier").get("rows");
    assertThat(frontier).hasSize(5);
    assertThat(frontier.get(4).get("moved_to_indopacom_share").asDouble()).isEqualTo(1.0);
    assertThat(frontier.get(0).has("baltic_holds_28d")).isTrue();
    assertThat(frontier.get(0).has("taiwan_invasion_defeated")).isTrue();
    assertThat(done.get("result").get("answers").get("rows").findValuesAsText("answer"))
        .contains("move-armour", "path-move", "without-america-5", "cheapest");
    assertThat(done.get("progress").get("done").asLong()).isEqualTo(2000);
  }

  @Test
  void aDivisionJobRefusesUnknownFieldsAndMoreThanTheServerRuns() {
    JsonNode unknown = TestServer.json(server.post("/api/division/jobs", "application/json",
        "{\"europe_target\": 3.5}"), 400);
    JsonNode many = TestServer.json(server.post("/api/division/jobs", "application/json",
        "{\"runs\": 100000}"), 400);
    // The question's defaults (20,000 runs, 20 steps) run as the command line runs them.
    JsonNode answers = TestServer.json(server.get("/api/division?show=answers"), 200);
    assertThat(answers.get("rows").findValuesAsText("answer")).contains("path-move");

    assertThat(unknown.get("detail").asText()).contains("unknown field 'europe_target'",
        "europe-target");
    assertThat(many.get("field").asText()).isEqualTo("runs");
    assertThat(many.get("detail").asText()).contains("at most 4000000 replications");
  }

  /** Polls a job until it reaches the status; fails after a minute. */
  static JsonNode await(String id, String status) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
    while (Instant.now().isBefore(deadline)) {
      JsonNode job = TestServer.json(server.get("/api/campaigns/" + id), 200);
      if (job.get("status").asText().equals(status)) {
        return job;
      }
      assertThat(job.get("status").asText()).as("%s", job).isIn("queued", "running");
      Thread.sleep(50);
    }
    throw new AssertionError("job " + id + " did not become " + status);
  }
}
