package dev.bulwark.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.bulwark.answers.AnswerContext;
import dev.bulwark.answers.division.DivisionQuestion;
import dev.bulwark.answers.posture.CampaignCatalogue;
import dev.bulwark.answers.posture.CampaignQuestion;
import dev.bulwark.answers.posture.SensitivityQuestion;
import dev.bulwark.answers.posture.StraitTables;
import dev.bulwark.answers.question.Questions;
import dev.bulwark.posture.campaign.CampaignResult;
import dev.bulwark.posture.campaign.StraitResult;
import dev.bulwark.posture.campaign.CampaignModel;
import dev.bulwark.posture.campaign.ProgressListener;
import dev.bulwark.posture.campaign.StraitModel;
import dev.bulwark.posture.campaign.Theatre;
import dev.bulwark.server.AnswerJson;
import dev.bulwark.server.ProblemType;
import dev.bulwark.server.ServerException;
import dev.bulwark.server.jobs.CampaignJobs;
import dev.bulwark.server.jobs.CampaignRequest;
import dev.bulwark.server.jobs.DivisionRequest;
import dev.bulwark.server.jobs.JobRequest;
import dev.bulwark.server.jobs.Job;
import dev.bulwark.server.store.SavedRun;
import dev.bulwark.server.store.Store;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Campaign runs as jobs: the body is bound to the campaign question's parameters and read by the
 * question exactly as {@code GET /api/campaign} and {@code bulwark campaign} read them; the run is
 * the question's, on a job worker on one thread (the answer does not depend on threads), and the
 * result holds every table of the question. Finished runs are saved under the job's id.
 */
public final class CampaignApi {

  /** The most replications one request may ask of this server (runs × postures × tornado). */
  public static final long MAX_REPLICATIONS = 1_000_000;
  /**
   * The most replications one division request may ask: {@code 4 ×} {@link #MAX_REPLICATIONS},
   * so that the named answers, which hold the frontier, at the question's default 20,000 runs
   * (about 2.2 million replications of both theatres, a few seconds on one core) run as the
   * command line runs them.
   */
  public static final long MAX_DIVISION_REPLICATIONS = 4 * MAX_REPLICATIONS;

  /**
   * Binds a body strictly: no unknown fields, no field given twice, no 1.5 read as 1, no "5"
   * read as 5.
   */
  private static final ObjectMapper BODY = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      .build();

  private final Store store;
  private final ObjectMapper json;
  private final CampaignQuestion question = new CampaignQuestion();
  private final DivisionQuestion division = new DivisionQuestion();

  /** Returns the endpoints; the jobs are made by {@link #jobs(AnswerContext)}. */
  public CampaignApi(Store store, ObjectMapper json) {
    this.store = store;
    this.json = json;
  }

  /** Returns the job queue that runs this API's work over a context and saves what finishes. */
  public CampaignJobs jobs(AnswerContext context) {
    return new CampaignJobs((request, progress) -> run(request, context, progress), this::save);
  }

  /** Checks a request body and queues the job. */
  public Job submit(CampaignJobs jobs, String body, AnswerContext context) {
    CampaignRequest given = bind(body, CampaignRequest.class, "campaign");
    CampaignQuestion.Request checked = Questions.ask(question, parameters(given), context)
        .request();
    replications(checked);
    return jobs.submit(new CampaignRequest(checked.theatre(), checked.posture(),
        given.scenario(), checked.runs(), checked.seed(), checked.horizonDays(),
        checked.show().name().toLowerCase(java.util.Locale.ROOT)), progressTotal(checked));
  }

  /**
   * Checks a division-of-labour body and queues the job: the frontier and the named answers of
   * the division question, from one pass per theatre ({@link
   * DivisionQuestion#frontierAndAnswers}).
   */
  public Job submitDivision(CampaignJobs jobs, String body, AnswerContext context) {
    DivisionRequest given = bind(body, DivisionRequest.class, "division");
    DivisionQuestion.Request checked = Questions.ask(division, parameters(given), context)
        .request();
    bounded(checked, checked.withShow(DivisionQuestion.Show.ANSWERS).replications());
    return jobs.submit(new DivisionRequest(checked.year(), checked.europeTargetPct(),
        checked.by(), checked.steps(), checked.requireBaltic(), checked.requireTaiwan(),
        checked.runs(), checked.seed()), 2L * checked.runs());
  }

  /**
   * Returns the replications a division request asks for (a bound: {@link
   * DivisionQuestion.Request#replications()}).
   *
   * @throws ServerException when it exceeds {@link #MAX_DIVISION_REPLICATIONS}
   */
  public static long replications(DivisionQuestion.Request request) {
    return bounded(request, request.replications());
  }

  private static long bounded(DivisionQuestion.Request request, long total) {
    if (total > MAX_DIVISION_REPLICATIONS) {
      throw ServerException.badInput("runs", String.valueOf(request.runs()), "this server runs "
          + "at most " + MAX_DIVISION_REPLICATIONS + " replications a division request (runs x "
          + "the postures of the frontier and the answers); this one asks up to " + total
          + ": lower runs or steps, or run it with 'bulwark division'");
    }
    return total;
  }

  /**
   * Returns what a request's progress counts to: the runs, made in one pass with common random
   * numbers for the posture and its scenario; a tornado makes one such pass per posture.
   */
  static long progressTotal(CampaignQuestion.Request request) {
    return request.show() == CampaignQuestion.Show.TORNADO
        ? (long) CampaignQuestion.postures(request).size() * request.runs() : request.runs();
  }

  /**
   * Returns the replications a campaign request asks for.
   *
   * @throws ServerException when it exceeds {@link #MAX_REPLICATIONS}
   */
  public static long replications(CampaignQuestion.Request request) {
    long tornadoCases = 1L + 2L * tornadoParameters(request.theatre());
    long perPosture = request.show() == CampaignQuestion.Show.TORNADO ? tornadoCases : 1L;
    long total = CampaignQuestion.postures(request).size() * perPosture * request.runs();
    if (total > MAX_REPLICATIONS) {
      throw ServerException.badInput("runs", String.valueOf(request.runs()), "this server runs "
          + "at most " + MAX_REPLICATIONS + " replications a request (runs x postures, x "
          + tornadoCases + " with the tornado); this one asks " + total
          + ": lower runs, or run it with 'bulwark campaign'");
    }
    return total;
  }

  /** Returns how many parameters a tornado of the theatre may vary: those its model reads. */
  private static int tornadoParameters(String theatreId) {
    Theatre theatre = CampaignCatalogue.theatre(theatreId);
    return theatre.amphibious() ? StraitModel.parameterNames(theatre).size()
        : CampaignModel.PARAMETERS.size();
  }

  /**
   * Returns the model runs a sensitivity request asks for: its base rows × (inputs + 2).
   *
   * @throws ServerException when it exceeds {@link #MAX_REPLICATIONS}
   */
  public static long modelRuns(SensitivityQuestion.Request request) {
    int inputs = request.model().inputs().size();
    long total = (long) request.samples() * (inputs + 2);
    if (total > MAX_REPLICATIONS) {
      throw ServerException.badInput("samples", String.valueOf(request.samples()), "this server "
          + "runs the model at most " + MAX_REPLICATIONS + " times a request (samples x ("
          + inputs + " + 2)); this one asks " + total
          + ": lower samples, or run it with 'bulwark sensitivity'");
    }
    return total;
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
    Set<String> seen = new HashSet<>();
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

  /**
   * Returns the fields a body gave, by their JSON names, as the question's parameters in text:
   * the names are the parameters' own, so the question reads and checks them as it reads a
   * query or a command line.
   */
  private static Map<String, List<String>> parameters(JobRequest request) {
    Map<String, Object> fields = BODY.convertValue(request,
        new TypeReference<LinkedHashMap<String, Object>>() { });
    Map<String, List<String>> given = new LinkedHashMap<>();
    fields.forEach((name, value) -> {
      if (value != null) {
        given.put(name, List.of(String.valueOf(value)));
      }
    });
    return given;
  }

  private static <T extends JobRequest> T bind(String body, Class<T> type, String question) {
    if (body == null || body.isBlank()) {
      throw ServerException.badInput("body", "", "the body must be a JSON object of the "
          + question + " question's parameters ({} runs the defaults), was empty");
    }
    try {
      T request = BODY.readValue(body, type);
      if (request == null) {
        throw ServerException.badInput("body", body.strip(), "the body must be a JSON object "
            + "of the " + question + " question's parameters ({} runs the defaults), was null");
      }
      return request;
    } catch (UnrecognizedPropertyException e) {
      throw ServerException.badInput(e.getPropertyName(), null, "unknown field '"
          + e.getPropertyName() + "': expected one of " + e.getKnownPropertyIds(),
          e.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList(), e);
    } catch (MismatchedInputException e) {
      String field = e.getPath().isEmpty() ? "body" : e.getPath().get(0).getFieldName();
      throw ServerException.badInput(field, null, (field.equals("body") ? "the body must be a"
          + " JSON object" : field + " has the wrong type") + ": " + e.getOriginalMessage(),
          List.of(), e);
    } catch (JsonProcessingException e) {
      throw ServerException.badInput("body", null, "the body must be a JSON object: "
          + e.getOriginalMessage(), List.of(), e);
    }
  }

  private Map<String, Object> run(JobRequest job, AnswerContext context,
      ProgressListener progress) {
    AnswerContext reporting = context.withProgress(progress);
    if (job instanceof DivisionRequest body) {
      DivisionQuestion.Request request = Questions.ask(division, parameters(body), reporting)
          .request().withThreads(1);
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("seed", request.seed());
      result.put("runs", request.runs());
      DivisionQuestion.FrontierAndAnswers tables = division.frontierAndAnswers(request, reporting);
      result.put("frontier", AnswerJson.body(tables.frontier()));
      result.put("answers", AnswerJson.body(tables.answers()));
      return result;
    }
    CampaignRequest body = (CampaignRequest) job;
    CampaignQuestion.Request request = Questions.ask(question, parameters(body), reporting)
        .request();
    CampaignQuestion.Request oneThread = request.withThreads(1);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("seed", request.seed());
    result.put("runs", request.runs());
    result.put("horizon", request.horizonDays());
    if (request.show() == CampaignQuestion.Show.TORNADO) {
      result.put("tornado", question.answer(oneThread, reporting).records());
      return result;
    }
    if (CampaignCatalogue.theatre(request.theatre()).amphibious()) {
      List<StraitResult> strait = StraitTables.results(oneThread, reporting);
      result.put("model_version", strait.get(0).modelVersion());
      result.put("outcomes", StraitTables.outcomes(strait).records());
      result.put("losses", StraitTables.losses(strait).records());
      result.put("tornado", null);
      return result;
    }
    List<CampaignResult> results = CampaignQuestion.results(oneThread, reporting);
    result.put("model_version", results.get(0).modelVersion());
    result.put("objectives", CampaignQuestion.objectives(results).records());
    result.put("holds", CampaignQuestion.holds(results).records());
    result.put("reinforcements", CampaignQuestion.reinforcements(results).records());
    result.put("tornado", null);
    return result;
  }

  private void save(Job job, Map<String, Object> result, Instant finished) {
    try {
      store.save(new SavedRun(job.id(), job.created(), finished, job.request().subject(),
          job.request().runs(), job.request().seed(), json.writeValueAsString(job.request()),
          json.writeValueAsString(result)));
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
}
