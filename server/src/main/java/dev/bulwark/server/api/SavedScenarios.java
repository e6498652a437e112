package dev.bulwark.server.api;

import dev.bulwark.answers.AnswerContext;
import dev.bulwark.answers.AnswersException;
import dev.bulwark.answers.scenario.ScenarioApplication;
import dev.bulwark.answers.scenario.ScenarioLibrary;
import dev.bulwark.core.BulwarkException;
import dev.bulwark.posture.scenario.Scenario;
import dev.bulwark.posture.scenario.ScenarioFile;
import dev.bulwark.server.ProblemType;
import dev.bulwark.server.ServerException;
import dev.bulwark.server.store.SavedScenario;
import dev.bulwark.server.store.Store;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Saved scenarios: scenario files (docs/scenarios.md) checked by applying them as every answer
 * does ({@link ScenarioApplication}), saved in the store, listed and reopened; and the library
 * the scenario and campaign questions find them in, by id.
 */
public final class SavedScenarios implements ScenarioLibrary {

  /** The longest name the store keeps, in characters. */
  public static final int NAME_LIMIT = 200;
  /** The longest description the store keeps, in characters. */
  public static final int DESCRIPTION_LIMIT = 2000;

  private final Store store;

  /** Returns the saved scenarios of a store. */
  public SavedScenarios(Store store) {
    this.store = store;
  }

  /**
   * Checks a scenario file, given as the bytes of the request's body (it must be UTF-8 text of
   * at most {@link ScenarioFile#MAX_BYTES}, read as a scenario and apply to the ledgers of the
   * context), saves it, returns it. Nothing is saved unless every check passes.
   */
  public Map<String, Object> save(byte[] body, AnswerContext context) {
    if (body == null || body.length == 0) {
      throw emptyBody();
    }
    Scenario scenario = checked(() -> ScenarioFile.parse(body, "scenario"));
    fits("name", scenario.name(), NAME_LIMIT);
    fits("description", scenario.description(), DESCRIPTION_LIMIT);
    checked(() -> new ScenarioApplication(context, "NATO", Optional.empty())
        .apply(scenario));
    SavedScenario saved = new SavedScenario(UUID.randomUUID().toString(), scenario.name(),
        scenario.description() == null ? "" : scenario.description(), Instant.now(),
        new String(body, StandardCharsets.UTF_8));
    store.save(saved);
    return describe(saved, true);
  }

  /** Lists the saved scenarios, newest first. */
  public Map<String, Object> list() {
    return Map.of("rows", store.scenarios().stream().map(s -> describe(s, false)).toList());
  }

  /** Returns one saved scenario with its text. */
  public Map<String, Object> get(String id) {
    return describe(stored(id), true);
  }

  /** Returns the saved scenario with this id, parsed. */
  @Override
  public Scenario find(String id) {
    SavedScenario saved = store.scenario(id).orElseThrow(() -> AnswersException.badInput(
        "scenario", id, "no saved scenario with id '" + id + "'; GET /api/scenarios lists them"));
    return parse(saved.yaml());
  }

  private SavedScenario stored(String id) {
    return store.scenario(id).orElseThrow(() -> ServerException.of(ProblemType.NOT_FOUND, "id",
        id, "no saved scenario with id '" + id + "'; GET /api/scenarios lists them"));
  }

  /** Runs scenario code, naming the body when it refuses the file's content. */
  private static <T> T checked(Supplier<T> work) {
    try {
      return work.get();
    } catch (BulwarkException e) {
      if (e.kind() != BulwarkException.Kind.BAD_INPUT || e instanceof ServerException) {
        throw e;
      }
      throw ServerException.badInput("body", null, e.getMessage(), List.of(), e);
    }
  }

  /** Refuses a text the store cannot keep: too long, or with a NUL character. */
  private static void fits(String field, String text, int limit) {
    if (text != null && (text.length() > limit || text.indexOf('\u0000') >= 0)) {
      throw ServerException.badInput(field, text.length() > 40 ? text.substring(0, 40) + "..."
          : text, "the scenario's " + field + " must be at most " + limit + " characters "
          + "without NUL characters, was " + text.length() + " characters");
    }
  }

  private static Scenario parse(String yaml) {
    if (yaml.isBlank()) {
      throw emptyBody();
    }
    return checked(() -> ScenarioFile.parse(yaml, "scenario"));
  }

  private static ServerException emptyBody() {
    return ServerException.badInput("body", "", "the body must be a scenario file (YAML, see "
        + "docs/scenarios.md), was empty");
  }

  private static Map<String, Object> describe(SavedScenario s, boolean withText) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", s.id());
    body.put("name", s.name());
    body.put("description", s.description());
    body.put("created", s.created().toString());
    if (withText) {
      body.put("yaml", s.yaml());
    }
    return body;
  }
}
