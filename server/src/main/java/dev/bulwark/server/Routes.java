package dev.bulwark.server;

import static dev.bulwark.server.Route.Method.DELETE;
import static dev.bulwark.server.Route.Method.GET;
import static dev.bulwark.server.Route.Method.POST;

import dev.bulwark.server.Route.Parameter;
import dev.bulwark.server.api.Query;
import dev.bulwark.server.api.Table;
import dev.bulwark.server.jobs.CampaignJobs;
import dev.bulwark.server.jobs.Job;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The route table: every route of the API, declared in one place. Table answers of GET routes
 * are cached per distinct query (the data do not change while the server runs).
 */
public final class Routes {

  /** The most distinct queries whose answers are kept. */
  static final int CACHE_ENTRIES = 2048;
  /** The media types a scenario body may come in. */
  static final List<String> YAML_TYPES = List.of("application/yaml", "application/x-yaml",
      "text/yaml", "text/x-yaml", "text/plain");

  private static final Parameter YEAR = new Parameter("year", "integer",
      "the year (default: the latest year with figures)");
  private static final Parameter ALLIANCE = new Parameter("alliance", "string",
      "the alliance (default NATO)");
  private static final Parameter SOURCE = new Parameter("source", "string",
      "auto (default), nato or sipri");
  private static final Parameter FROM = new Parameter("from", "integer", "the first year");
  private static final Parameter TO = new Parameter("to", "integer", "the last year");
  private static final Parameter QUARTER = new Parameter("quarter", "string",
      "the DMDC report quarter YYYYQn (default: the latest)");
  private static final Parameter DATE = new Parameter("date", "string",
      "the day YYYY-MM-DD (default: today)");

  private final Services services;
  private final CampaignJobs jobs;
  private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

  /** Returns the table over the services and the job queue. */
  public Routes(Services services, CampaignJobs jobs) {
    this.services = services;
    this.jobs = jobs;
  }

  /** Returns every route, in the order of docs/api.md. */
  public List<Route> all() {
    List<Route> routes = new ArrayList<>();
    var burden = services.burden();
    routes.add(table("/api/spending", "Each member's share of GDP and the targets it meets",
        burden::spending, YEAR, ALLIANCE, SOURCE));
    routes.add(table("/api/gap", "Each ally's gap to a target share of GDP", burden::gap,
        new Parameter("target", "number", "target share of GDP, percent (default 2)"), YEAR,
        ALLIANCE, SOURCE));
    routes.add(table("/api/path", "Year-by-year paths to a target share by a year", burden::path,
        new Parameter("target", "number", "target share of GDP, percent (default 3.5)"),
        new Parameter("by", "integer", "the target year (default 2035)"),
        new Parameter("growth", "string", "GDP growth, percent a year (default 3) or own:FROM-TO"),
        new Parameter("country", "string", "comma-separated allies (default all)"), ALLIANCE,
        SOURCE));
    routes.add(table("/api/fairshare", "Share of spending over share of GDP, or the US "
        + "against the rest", burden::fairShare, YEAR, new Parameter("split", "boolean",
        "the US versus the other allies over time"), FROM, TO, ALLIANCE, SOURCE));
    routes.add(table("/api/exploitation", "Rank tests of GDP against share of GDP",
        burden::exploitation, FROM, TO, ALLIANCE, SOURCE));
    routes.add(table("/api/countries", "The country table, or the countries named",
        burden::countries, new Parameter("name", "string", "comma-separated names or codes")));
    routes.add(table("/api/sources", "Every edition and which one is in use", burden::sources));
    var guarantees = services.guarantees();
    routes.add(table("/api/guarantees/assessment", "Which states are bound to respond to an "
        + "attack", guarantees::assessment,
        new Parameter("target", "string", "the state attacked (required)"),
        new Parameter("attacker", "string", "the attacking state (default: unnamed)"),
        new Parameter("kind", "string", "territory (default), forces, vessel, aircraft, cyber"),
        new Parameter("place", "string", "a place id or alias, a country, or LAT,LON"), DATE,
        new Parameter("intensity", "string",
            "armed_attack (default), nuclear, intercepted, below_threshold")));
    routes.add(table("/api/guarantees/umbrella", "Who is bound to defend each protected state",
        guarantees::umbrella, DATE, new Parameter("country", "string",
            "comma-separated protected states (default all)")));
    routes.add(table("/api/guarantees/treaties", "The treaty base, one row per clause",
        guarantees::treaties, DATE));
    routes.add(table("/api/guarantees/places", "The gazetteer", guarantees::places));
    var posture = services.posture();
    routes.add(table("/api/posture", "US active duty by combatant command in one quarter",
        posture::totals, QUARTER));
    routes.add(table("/api/posture/hosts", "Every host with US personnel in one quarter",
        posture::hosts, QUARTER, new Parameter("theater", "string", "one combatant command")));
    routes.add(get("/api/posture/quarters", "The quarters of the series",
        ctx -> json(ctx, 200, posture.quarters())));
    routes.add(table("/api/posture/trend", "Totals by command over years", posture::trend, FROM,
        TO));
    routes.add(table("/api/posture/reconcile", "The February 2025 claims beside the counts",
        posture::reconcile));
    routes.add(table("/api/campaign/postures", "The postures of the campaign model",
        posture::postures));
    scenarioRoutes(routes);
    campaignRoutes(routes);
    routes.add(get("/api/health", "Whether the server and its database answer",
        ctx -> json(ctx, 200, Map.of("status", "ok", "database", services.store().product()))));
    return routes;
  }

  private void scenarioRoutes(List<Route> routes) {
    var scenarios = services.scenarios();
    routes.add(new Route(POST, "/api/scenarios", "Checks and saves a scenario file", List.of(),
        "application/yaml", ctx -> {
          requireYaml(ctx);
          Map<String, Object> saved = scenarios.save(ctx.body());
          ctx.header("Location", "/api/scenarios/" + saved.get("id"));
          json(ctx, 201, saved);
        }));
    routes.add(get("/api/scenarios", "The saved scenarios, newest first",
        ctx -> json(ctx, 200, scenarios.list())));
    routes.add(get("/api/scenarios/{id}", "One saved scenario with its text",
        ctx -> json(ctx, 200, scenarios.get(ctx.pathParam("id")))));
    routes.add(get("/api/scenarios/{id}/changes", "The figures a saved scenario changes",
        ctx -> json(ctx, 200, scenarios.changes(ctx.pathParam("id")).body())));
  }

  private void campaignRoutes(List<Route> routes) {
    var campaigns = services.campaigns();
    routes.add(new Route(POST, "/api/campaigns", "Starts a campaign run as a job", List.of(),
        "application/json", ctx -> {
          Job job = campaigns.submit(jobs, ctx.body());
          ctx.header("Location", "/api/campaigns/" + job.id());
          json(ctx, 202, job.describe(false));
        }));
    routes.add(get("/api/campaigns", "This server's jobs and the saved runs",
        ctx -> json(ctx, 200, campaigns.list(jobs))));
    routes.add(get("/api/campaigns/{id}", "A job's status, progress and result",
        ctx -> json(ctx, 200, campaigns.get(jobs, ctx.pathParam("id")))));
    routes.add(new Route(DELETE, "/api/campaigns/{id}", "Cancels a queued or running job",
        List.of(), null, ctx -> json(ctx, 200, campaigns.cancel(jobs, ctx.pathParam("id")))));
  }

  private Route table(String path, String summary, Function<Query, Table> answer,
      Parameter... parameters) {
    return new Route(GET, path, summary, List.of(parameters), null, ctx -> {
      byte[] body = cache.get(key(ctx));
      if (body == null) {
        body = Json.bytes(answer.apply(Query.of(ctx)).body());
        if (cache.size() < CACHE_ENTRIES) {
          cache.put(key(ctx), body);
        }
      }
      ctx.header("Cache-Control", "public, max-age=300");
      ctx.status(200).contentType("application/json").result(body);
    });
  }

  private static Route get(String path, String summary, Handler handler) {
    return new Route(GET, path, summary, List.of(), null, handler);
  }

  /** The cache key: the path and the query parameters, sorted. */
  private static String key(Context ctx) {
    return ctx.path() + "?" + new TreeMap<>(ctx.queryParamMap());
  }

  private static void requireYaml(Context ctx) {
    String type = ctx.contentType() == null ? "" : ctx.contentType().split(";")[0].strip();
    if (!YAML_TYPES.contains(type)) {
      throw ServerException.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Content-Type", type,
          "a scenario is sent as YAML: Content-Type must be one of " + YAML_TYPES + ", was '"
              + type + "'");
    }
  }

  static void json(Context ctx, int status, Object body) {
    ctx.status(status).contentType("application/json").result(Json.bytes(body));
  }
}
