package dev.bulwark.server;

import dev.bulwark.server.jobs.CampaignJobs;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.router.Endpoint;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * The Bulwark web app, built by one factory from its services: the dashboard's static files at
 * {@code /} (from the classpath folder {@code dev/bulwark/server/web}, which they cannot escape),
 * the JSON API of the route table, {@code /openapi.json} built from the same table, problem
 * documents for every error (the HTTP server's own included), and the {@link RequestGuard}'s
 * checks on every request: the content-security policy, the Host and Origin, and the token on
 * writes when the server was started with one. Method-override headers are ignored.
 */
public final class BulwarkApp implements AutoCloseable {

  /** The classpath folder of the dashboard's pages. */
  public static final String WEB = "/dev/bulwark/server/web";
  /** ECharts as the report module vendors it; the brief and the pages draw with the one copy. */
  static final String ECHARTS = "/dev/bulwark/report/vendor/echarts";
  /** Only this server's own scripts, styles and data; nothing from other hosts. */
  public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
      + "style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; "
      + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private static final System.Logger LOG = System.getLogger(BulwarkApp.class.getName());

  /** How long a client told the server is busy should wait before it asks again. */
  static final int RETRY_AFTER_SECONDS = 30;

  /** Request threads: the answers are computed once and then served from memory. */
  static final int WORKER_THREADS = 16;

  private final Javalin javalin;
  private final CampaignJobs jobs;
  private final List<Route> routes;
  private final ServerSettings settings;

  private BulwarkApp(Javalin javalin, CampaignJobs jobs, List<Route> routes,
      ServerSettings settings) {
    this.javalin = javalin;
    this.jobs = jobs;
    this.routes = routes;
    this.settings = settings;
  }

  /** Builds the app from its services; {@link #start()} starts it. */
  public static BulwarkApp create(Services services, ServerSettings settings) {
    CampaignJobs jobs = services.campaigns().jobs(services.context());
    List<Route> routes = new Routes(services, jobs).all();
    byte[] openApi = Json.bytes(OpenApi.document(routes, version()));
    Javalin javalin = Javalin.create(config -> configure(config, settings, routes, openApi));
    return new BulwarkApp(javalin, jobs, routes, settings);
  }

  /** Serves a classpath folder at a path, with the content-security policy. */
  private static void serve(JavalinConfig config, String hostedPath, String directory) {
    config.staticFiles.add(files -> {
      files.hostedPath = hostedPath;
      files.directory = directory;
      files.location = Location.CLASSPATH;
      files.headers = Map.of("Content-Security-Policy", CONTENT_SECURITY_POLICY,
          "X-Content-Type-Options", "nosniff");
    });
  }

  private static void configure(JavalinConfig config, ServerSettings settings,
      List<Route> routes, byte[] openApi) {
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    config.http.maxRequestSize = settings.maxBodyBytes();
    config.http.prefer405over404 = true;
    config.jetty.host = settings.host();
    config.jetty.port = settings.port();
    config.jetty.threadPool = new QueuedThreadPool(WORKER_THREADS, 2, 60_000);
    if (BulwarkApp.class.getResource(WEB) != null) {
      serve(config, "/", WEB);
      serve(config, "/vendor/echarts", ECHARTS);
    }
    config.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorHandler()));
    config.jetty.modifyServletContextHandler(handler -> handler.addFilter(
        new FilterHolder(new OverrideHeaders()), "/*", EnumSet.of(DispatcherType.REQUEST)));
    RequestGuard guard = new RequestGuard(settings);
    config.routes.before(guard::check);
    for (Route route : routes) {
      config.routes.addEndpoint(new Endpoint(handlerType(route.method()), route.path(),
          route.handler()));
    }
    config.routes.get("/openapi.json",
        ctx -> ctx.contentType("application/json").result(openApi));
    config.routes.exception(HttpResponseException.class, (e, ctx) -> problem(ctx,
        new Problem(ProblemType.ofStatus(e.getStatus()).uri(), ProblemType.ofStatus(
            e.getStatus()).title(), e.getStatus(), e.getMessage(), null, null, null,
            ctx.path())));
    config.routes.exception(Exception.class, (e, ctx) -> {
      Problem problem = Problem.from(e, ctx.path());
      if (problem.status() >= 500) {
        LOG.log(System.Logger.Level.ERROR, "failure answering " + ctx.method() + " "
            + ctx.path(), e);
      }
      problem(ctx, problem);
    });
    for (ProblemType type : List.of(ProblemType.NOT_FOUND, ProblemType.NOT_ALLOWED)) {
      config.routes.error(type.status(), "*", ctx -> {
        if (!Problem.MEDIA_TYPE.equals(ctx.res().getContentType())) {
          problem(ctx, Problem.of(type, "no " + ctx.method() + " " + ctx.path()
              + " here; /openapi.json lists the routes", ctx.path()));
        }
      });
    }
  }

  private static void problem(Context ctx, Problem problem) {
    if (problem.status() == ProblemType.BUSY.status()) {
      ctx.header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
    }
    ctx.status(problem.status()).contentType(Problem.MEDIA_TYPE).result(Json.bytes(problem));
  }

  private static HandlerType handlerType(Route.Method method) {
    return switch (method) {
      case GET -> HandlerType.GET;
      case POST -> HandlerType.POST;
      case DELETE -> HandlerType.DELETE;
    };
  }

  private static String version() {
    String v = BulwarkApp.class.getPackage().getImplementationVersion();
    return v == null ? "development" : v;
  }

  /** Starts listening; returns this app. */
  public BulwarkApp start() {
    javalin.start();
    return this;
  }

  /** Returns the port listened on (the chosen one when the settings said 0). */
  public int port() {
    return javalin.port();
  }

  /** Returns the settings. */
  public ServerSettings settings() {
    return settings;
  }

  /** Returns the route table the app was built from. */
  public List<Route> routes() {
    return routes;
  }

  /** Returns the registered HTTP routes as "METHOD path", for checking against the table. */
  public List<String> registered() {
    return javalin.unsafe.internalRouter.allHttpHandlers().stream()
        .map(e -> e.endpoint.method.name() + " " + e.endpoint.path)
        .filter(r -> !r.startsWith("BEFORE") && !r.startsWith("AFTER")).toList();
  }

  /** Stops the server and its job workers. */
  @Override
  public void close() {
    jobs.close();
    javalin.stop();
  }
}
