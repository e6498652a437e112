package dev.bulwark.server;

import static dev.bulwark.server.Route.Method.DELETE;
import static dev.bulwark.server.Route.Method.GET;
import static dev.bulwark.server.Route.Method.POST;

import dev.bulwark.answers.AnswerContext;
import dev.bulwark.answers.posture.CampaignQuestion;
import dev.bulwark.answers.division.DivisionQuestion;
import dev.bulwark.answers.posture.SensitivityQuestion;
import dev.bulwark.answers.question.Param;
import dev.bulwark.answers.question.Question;
import dev.bulwark.answers.question.Questions;
import dev.bulwark.posture.forces.Quarter;
import dev.bulwark.posture.forces.UsForces;
import dev.bulwark.server.api.CampaignApi;
import dev.bulwark.server.jobs.CampaignJobs;
import dev.bulwark.server.jobs.Job;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The route table: one GET route per question of the registry, at the question's path with its
 * parameters, and the routes of the dashboard's plumbing (the quarters of the posture series),
 * saved scenarios, campaign jobs and health. Answers are cached by the request as resolved.
 */
public final class Routes {

  /**
   * The media types a scenario body may come in. None is one a page of another site can send
   * without the browser asking this server first (text/plain, forms and multipart can).
   */
  static final List<String> YAML_TYPES = List.of("application/yaml", "application/x-yaml",
      "text/yaml", "text/x-yaml");
  /** The media type of a campaign job's body. */
  static final List<String> JSON_TYPES = List.of("application/json");

  private final Services services;
  private final CampaignJobs jobs;
  private final AnswerCache cache;

  /** Returns the table over the services and the job queue, with a cache of this many bytes. */
  public Routes(Services services, CampaignJobs jobs, long cacheBytes) {
    this.services = services;
    this.jobs = jobs;
    this.cache = new AnswerCache(cacheBytes);
  }

  /** Returns the table over the services and the job queue. */
  public Routes(Services services, CampaignJobs jobs) {
    this(services, jobs, AnswerCache.MAX_BYTES);
  }

  /** Returns every route: the questions in the registry's order, then the others. */
  public List<Route> all() {
    List<Route> routes = new ArrayList<>();
    services.questions().all().forEach(q -> routes.add(question(q)));
    routes.add(get("/api/posture/quarters", "The quarters of the posture series",
        ctx -> json(ctx, 200, quarters(services.context().posture().forces()))));
    scenarioRoutes(routes);
    campaignRoutes(routes);
    routes.add(get("/api/health", "Whether the server and its database answer",
        ctx -> json(ctx, 200, Map.of("status", "ok", "database", services.store().product()))));
    return routes;
  }

  /** Returns the number of answers the cache holds. */
  long cached() {
    return cache.size();
  }

  private Route question(Question<?> question) {
    List<Route.Parameter> parameters = question.spec().params().stream()
        .map(Routes::parameter).toList();
    return new Route(GET, question.spec().path(), question.spec().summary(), parameters, null,
        ctx -> {
          AnswerContext context = services.context();
          Questions.Asked<?> asked = Questions.ask(question, ctx.queryParamMap(), context);
          if (asked.request() instanceof CampaignQuestion.Request campaign) {
            CampaignApi.replications(campaign);
          } else if (asked.request() instanceof SensitivityQuestion.Request sensitivity) {
            CampaignApi.modelRuns(sensitivity);
          } else if (asked.request() instanceof DivisionQuestion.Request division) {
            CampaignApi.replications(division);
          }
          byte[] body = cache.get(asked.key(),
              key -> Json.bytes(AnswerJson.body(asked.answer(context))));
          ctx.header("Cache-Control", "public, max-age=300");
          ctx.status(200).contentType("application/json").result(body);
        });
  }

  private static Route.Parameter parameter(Param<?> param) {
    return new Route.Parameter(param.name(), param.type().schemaType(), param.help(),
        param.required(), param.example());
  }

  private void scenarioRoutes(List<Route> routes) {
    var scenarios = services.scenarios();
    routes.add(new Route(POST, "/api/scenarios", "Checks and saves a scenario file", List.of(),
        "application/yaml", ctx -> {
          requireType(ctx, YAML_TYPES, "a scenario is sent as YAML");
          Map<String, Object> saved = scenarios.save(ctx.bodyAsBytes(), services.context());
          ctx.header("Location", "/api/scenarios/" + saved.get("id"));
          json(ctx, 201, saved);
        }));
    routes.add(get("/api/scenarios", "The saved scenarios, newest first",
        ctx -> json(ctx, 200, scenarios.list())));
    routes.add(get("/api/scenarios/{id}", "One saved scenario with its text",
        ctx -> json(ctx, 200, scenarios.get(ctx.pathParam("id")))));
  }

  private void campaignRoutes(List<Route> routes) {
    var campaigns = services.campaigns();
    routes.add(new Route(POST, "/api/campaigns", "Starts a campaign run as a job", List.of(),
        "application/json", ctx -> {
          requireType(ctx, JSON_TYPES, "a campaign job is asked for in JSON");
          Job job = campaigns.submit(jobs, ctx.body(), services.context());
          ctx.header("Location", "/api/campaigns/" + job.id());
          json(ctx, 202, job.describe(false));
        }));
    routes.add(get("/api/campaigns", "This server's jobs and the saved runs",
        ctx -> json(ctx, 200, campaigns.list(jobs))));
    routes.add(get("/api/campaigns/{id}", "A job's status, progress and result",
        ctx -> json(ctx, 200, campaigns.get(jobs, ctx.pathParam("id")))));
    routes.add(new Route(DELETE, "/api/campaigns/{id}", "Cancels a queued or running job",
        List.of(), null, ctx -> json(ctx, 200, campaigns.cancel(jobs, ctx.pathParam("id")))));
    routes.add(new Route(POST, "/api/division/jobs", "Starts a division-of-labour frontier "
        + "and its named answers as a job (status and cancel at /api/campaigns/{id})", List.of(),
        "application/json", ctx -> {
          requireType(ctx, JSON_TYPES, "a division job is asked for in JSON");
          Job job = campaigns.submitDivision(jobs, ctx.body(), services.context());
          ctx.header("Location", "/api/campaigns/" + job.id());
          json(ctx, 202, job.describe(false));
        }));
  }

  /** The quarters of the series, the latest, and those DMDC did not report, for a slider. */
  private static Map<String, Object> quarters(UsForces forces) {
    List<Quarter> all = forces.quarters();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("quarters", all.stream().map(Quarter::toString).toList());
    body.put("latest", forces.latest().toString());
    body.put("unreported", all.stream().filter(x -> !forces.reported(x))
        .map(Quarter::toString).toList());
    return body;
  }

  private static Route get(String path, String summary, Handler handler) {
    return new Route(GET, path, summary, List.of(), null, handler);
  }

  /** Refuses a body whose media type is not one of the route's. */
  private static void requireType(Context ctx, List<String> types, String what) {
    String type = ctx.contentType() == null ? ""
        : ctx.contentType().split(";")[0].strip().toLowerCase(java.util.Locale.ROOT);
    if (!types.contains(type)) {
      throw ServerException.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Content-Type", type,
          what + ": Content-Type must be one of " + types + ", was '" + type + "'");
    }
  }

  static void json(Context ctx, int status, Object body) {
    ctx.status(status).contentType("application/json").result(Json.bytes(body));
  }
}
