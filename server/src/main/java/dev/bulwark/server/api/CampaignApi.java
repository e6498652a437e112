package dev.bulwark.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.core.BulwarkException;
import dev.bulwark.posture.campaign.CampaignModel;
import dev.bulwark.posture.campaign.CampaignResult;
import dev.bulwark.posture.campaign.CampaignSimulation;
import dev.bulwark.posture.campaign.HoldProbability;
import dev.bulwark.posture.campaign.ObjectiveTimes;
import dev.bulwark.posture.campaign.Posture;
import dev.bulwark.posture.campaign.ProgressListener;
import dev.bulwark.posture.campaign.ReinforcementArrival;
import dev.bulwark.posture.campaign.ScenarioChanges;
import dev.bulwark.posture.campaign.Theatre;
import dev.bulwark.posture.campaign.Theatres;
import dev.bulwark.posture.campaign.Tornado;
import dev.bulwark.posture.campaign.TornadoBar;
import dev.bulwark.server.ProblemType;
import dev.bulwark.server.ServerException;
import dev.bulwark.server.jobs.CampaignJobs;
import dev.bulwark.server.jobs.CampaignRequest;
import dev.bulwark.server.jobs.Job;
import dev.bulwark.server.store.SavedRun;
import dev.bulwark.server.store.Store;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Campaign runs as jobs: the request is checked, the postures resolved (a saved scenario's orders
 * of battle applied), the Monte Carlo runner of {@code dev.bulwark.posture.campaign} run on a
 * job worker on one thread (the answer does not depend on threads), and the result tabulated with
 * the columns of {@code bulwark campaign}. Finished runs are saved under the job's id.
 */
public final class CampaignApi {

  private static final List<Integer> HOLD_DAYS = List.of(1, 2, 3, 7, 14, 28);
  private static final Set<String> FIELDS = Set.of("theatre", "posture", "scenario", "runs",
      "seed", "horizon_days", "tornado");

  private final ScenarioApi scenarios;
  private final Store store;
  private final ObjectMapper json;

  /** Returns the endpoints; the jobs are made by {@link #jobs()} and passed to the handlers. */
  public CampaignApi(ScenarioApi scenarios, Store store, ObjectMapper json) {
    this.scenarios = scenarios;
    this.store = store;
    this.json = json;
  }

  /** Returns the job queue that runs this API's work and saves what finishes. */
  public CampaignJobs jobs() {
    return new CampaignJobs(this::run, this::save);
  }

  /** Checks a request body and queues the job. */
  public Job submit(CampaignJobs jobs, String body) {
    CampaignRequest request = request(body);
    List<Posture> postures = postures(request);
    long perPosture = request.tornado() ? 1L + 2L * CampaignModel.PARAMETERS.size() : 1L;
    return jobs.submit(request, postures.size() * perPosture * request.runs());
  }

  /** Returns a job of this server's lifetime, else the saved run with that id. */
  public Map<String, Object> get(CampaignJobs jobs, String id) {
    return jobs.find(id).map(j -> j.describe(true)).orElseGet(() -> saved(id));
  }

  /** Cancels a queued or running job. */
  public Map<String, Object> cancel(CampaignJobs jobs, String id) {
    Job job = jobs.find(id).orElseThrow(() -> store.run(id).isPresent()
        ? ServerException.of(ProblemType.CONFLICT, "id", id, "job " + id + " has finished")
        : notFound(id));
    if (job.status().finished()) {
      throw ServerException.of(ProblemType.CONFLICT, "id", id, "job " + id + " has finished ("
          + job.status().id() + ") and cannot be cancelled");
    }
    job.cancel();
    return job.describe(false);
  }

  /** Lists this server's jobs and the saved runs, newest first. */
  public Map<String, Object> list(CampaignJobs jobs) {
    List<Map<String, Object>> rows = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    for (Job job : jobs.all()) {
      rows.add(job.describe(false));
      seen.add(job.id());
    }
    for (SavedRun run : store.runs()) {
      if (!seen.contains(run.id())) {
        Map<String, Object> row = savedJob(run);
        row.remove("result");
        rows.add(row);
      }
    }
    return Map.of("rows", rows);
  }

  private CampaignRequest request(String body) {
    JsonNode node;
    try {
      node = json.readTree(body == null || body.isBlank() ? "{}" : body);
    } catch (JsonProcessingException e) {
      throw ServerException.badInput("body", null, "the body must be a JSON object: "
          + e.getOriginalMessage());
    }
    if (!node.isObject()) {
      throw ServerException.badInput("body", null, "the body must be a JSON object, was "
          + node.getNodeType().name().toLowerCase(Locale.ROOT));
    }
    node.fieldNames().forEachRemaining(f -> {
      if (!FIELDS.contains(f)) {
        throw ServerException.badInput(f, null, "unknown field '" + f + "': expected one of "
            + FIELDS.stream().sorted().toList());
      }
    });
    return new CampaignRequest(text(node, "theatre", "baltic"), text(node, "posture", null),
        text(node, "scenario", null), (int) number(node, "runs", 2000, Integer.MAX_VALUE),
        number(node, "seed", 1253, Long.MAX_VALUE),
        (int) number(node, "horizon_days", 30, Integer.MAX_VALUE), bool(node, "tornado"));
  }

  private List<Posture> postures(CampaignRequest request) {
    Posture base;
    try {
      base = Posture.bundled(request.posture());
    } catch (BulwarkException e) {
      throw ServerException.badInput("posture", request.posture(), e.getMessage(),
          Posture.bundledIds(), e);
    }
    List<Posture> postures = new ArrayList<>(List.of(base));
    if (request.scenario() != null) {
      postures.add(ScenarioChanges.apply(scenarios.scenario(request.scenario()),
          Theatres.bundled().defaultTheatre(), base));
    }
    return postures;
  }

  private Map<String, Object> run(CampaignRequest request, ProgressListener progress) {
    Theatre theatre = Theatres.bundled().defaultTheatre();
    List<Integer> days = HOLD_DAYS.stream().filter(d -> d <= request.horizonDays()).toList();
    CampaignSimulation simulation = CampaignSimulation.withDefaults().withRuns(request.runs())
        .withSeed(request.seed()).withThreads(1).withHorizonDays(request.horizonDays())
        .withHoldDays(days.isEmpty() ? List.of(1) : days).withProgress(progress);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("seed", request.seed());
    result.put("runs", request.runs());
    result.put("horizon_days", request.horizonDays());
    List<Posture> postures = postures(request);
    if (request.tornado()) {
      Table tornado = new Table("posture", "parameter", "symbol", "unit", "low", "high",
          "median_hours_at_low", "median_hours_at_high", "holds_pct_at_low", "holds_pct_at_high");
      int day = Math.min(14, request.horizonDays());
      for (Posture p : postures) {
        for (TornadoBar bar : Tornado.withDefaults().withSimulation(simulation).withHoldDay(day)
            .analyse(theatre, p).bars()) {
          tornado.row(p.id(), bar.parameter().name().toLowerCase(Locale.ROOT),
              bar.parameter().symbol(), bar.parameter().unit(), bar.low(), bar.high(),
              bar.medianHoursAtLow(), bar.medianHoursAtHigh(), 100 * bar.holdAtLow(),
              100 * bar.holdAtHigh());
        }
      }
      result.put("tornado", tornado.rows());
      return result;
    }
    List<CampaignResult> results = postures.stream().map(p -> simulation.run(theatre, p)).toList();
    result.put("model_version", results.get(0).modelVersion());
    result.put("objectives", objectives(results).rows());
    result.put("holds", holds(results).rows());
    result.put("reinforcements", reinforcements(results).rows());
    result.put("tornado", null);
    return result;
  }

  private static Table objectives(List<CampaignResult> results) {
    Table table = new Table("posture", "objective", "hours_p10", "hours_p25", "hours_median",
        "hours_p75", "hours_p90", "reached_pct");
    for (CampaignResult r : results) {
      for (ObjectiveTimes o : r.objectives()) {
        table.row(r.posture(), o.objective(), o.p10(), o.p25(), o.median(), o.p75(), o.p90(),
            100 * o.reachedShare());
      }
    }
    return table;
  }

  private static Table holds(List<CampaignResult> results) {
    Table table = new Table("posture", "day", "holds_pct");
    for (CampaignResult r : results) {
      for (HoldProbability h : r.holds()) {
        table.row(r.posture(), h.day(), 100 * h.probability());
      }
    }
    return table;
  }

  private static Table reinforcements(List<CampaignResult> results) {
    Table table = new Table("posture", "unit", "name", "scheduled_day", "in_time_pct");
    for (CampaignResult r : results) {
      for (ReinforcementArrival a : r.reinforcements()) {
        table.row(r.posture(), a.unit(), a.name(), a.scheduledDay(), 100 * a.inTime());
      }
      table.row(r.posture(), "all", "every scheduled reinforcement", null,
          100 * r.reinforcementsInTime());
    }
    return table;
  }

  private void save(Job job) {
    try {
      store.save(new SavedRun(job.id(), job.created(), job.finished(), job.request().posture(),
          job.request().runs(), job.request().seed(), json.writeValueAsString(job.request()),
          json.writeValueAsString(job.result())));
    } catch (JsonProcessingException e) {
      throw ServerException.failure("writing run " + job.id() + " as JSON failed", e);
    }
  }

  private Map<String, Object> saved(String id) {
    return savedJob(store.run(id).orElseThrow(() -> notFound(id)));
  }

  private Map<String, Object> savedJob(SavedRun run) {
    try {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("id", run.id());
      body.put("status", "done");
      body.put("request", json.readTree(run.request()));
      body.put("progress", Map.of("done", 1, "total", 1, "fraction", 1.0));
      body.put("created", run.created().toString());
      body.put("finished", run.finished().toString());
      body.put("error", null);
      body.put("result", json.readTree(run.result()));
      return body;
    } catch (JsonProcessingException e) {
      throw ServerException.failure("saved run " + run.id() + " does not read as JSON", e);
    }
  }

  private static ServerException notFound(String id) {
    return ServerException.of(ProblemType.NOT_FOUND, "id", id, "no campaign job or saved run "
        + "with id '" + id + "'; GET /api/campaigns lists them");
  }

  private static String text(JsonNode node, String field, String fallback) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return fallback;
    }
    if (!v.isTextual() || v.asText().length() > Query.MAX_LENGTH) {
      throw ServerException.badInput(field, v.toString(), field + " must be a string of at most "
          + Query.MAX_LENGTH + " characters, was " + abbreviate(v));
    }
    return v.asText().strip();
  }

  private static long number(JsonNode node, String field, long fallback, long max) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return fallback;
    }
    if (!v.canConvertToLong() || !v.isIntegralNumber() || v.asLong() > max
        || v.asLong() < -max) {
      throw ServerException.badInput(field, abbreviate(v), field + " must be a whole number"
          + (max == Integer.MAX_VALUE ? " below 2^31" : "") + ", was " + abbreviate(v));
    }
    return v.asLong();
  }

  private static boolean bool(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return false;
    }
    if (!v.isBoolean()) {
      throw ServerException.badInput(field, abbreviate(v), field + " must be true or false, was "
          + abbreviate(v));
    }
    return v.asBoolean();
  }

  private static String abbreviate(JsonNode v) {
    String text = v.toString();
    return text.length() > 40 ? text.substring(0, 40) + "..." : text;
  }
}
