package dev.bulwark.cli;

import dev.bulwark.core.BadInputException;
import dev.bulwark.data.EditionStore;
import dev.bulwark.data.Ledger;
import dev.bulwark.server.BulwarkApp;
import dev.bulwark.server.ServerSettings;
import dev.bulwark.server.Services;
import dev.bulwark.server.store.Database;
import dev.bulwark.server.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Serves the dashboard and the JSON API until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {
        "Serves the web dashboard at http://HOST:PORT/ and a JSON API under /api that answers",
        "what the other commands answer (docs/api.md; the OpenAPI document is /openapi.json).",
        "Listens on loopback unless --host says otherwise; then write requests need a token,",
        "taken from the environment variable BULWARK_TOKEN or from --token-file (never from",
        "the command line, which other users of the machine can read). Saved scenarios and campaign runs go to an H2 database file in",
        "the data directory ($BULWARK_HOME, else $XDG_DATA_HOME/bulwark, else",
        "~/.local/share/bulwark), or to PostgreSQL with --db. Ctrl-C stops it.",
    },
    footer = {"", "Examples:", "  bulwark serve",
        "  bulwark serve --port 8080 --db 'jdbc:postgresql://localhost/bulwark?user=bulwark'",
        "  BULWARK_TOKEN=a-long-secret-token bulwark serve --host 0.0.0.0"})
final class ServeCommand implements Runnable {

  @Spec
  private picocli.CommandLine.Model.CommandSpec spec;

  @Mixin
  private LedgerOptions ledgerOptions;

  @Option(names = "--host", defaultValue = ServerSettings.LOOPBACK, paramLabel = "ADDRESS",
      description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  private String host;

  @Option(names = "--port", defaultValue = "7070", paramLabel = "PORT",
      description = "The port (default: ${DEFAULT-VALUE}; 0 for any free one).")
  private int port;

  @Option(names = "--db", paramLabel = "URL",
      description = "A database for saved scenarios and runs: jdbc:postgresql://HOST/DB?user=U"
          + "&password=P, or jdbc:h2:FILE (default: an H2 file in the data directory).")
  private String db;

  @Option(names = "--token-file", paramLabel = "FILE",
      description = "A file holding the token write requests must carry (Authorization: "
          + "Bearer T), readable by its owner only; else $" + TOKEN_VARIABLE + ". A token is "
          + "required with a --host other than loopback.")
  private Path tokenFile;

  /** The environment variable that may hold the token. */
  static final String TOKEN_VARIABLE = "BULWARK_TOKEN";

  @Override
  public void run() {
    quietLibraryLogs();
    ServerSettings settings = new ServerSettings(host, port, token(),
        ServerSettings.DEFAULT_MAX_BODY);
    Database database = db != null ? Database.at(db) : Database.embedded(dataDirectory());
    Ledger ledger = ledgerOptions.ledger();
    BulwarkApp app = BulwarkApp.create(Services.of(ledger, Store.open(database),
        Clock.systemDefaultZone()), settings).start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.close();
      stopped.countDown();
    }, "bulwark-serve-stop"));
    PrintWriter out = spec.commandLine().getOut();
    out.println("Bulwark is serving http://" + host + ":" + app.port() + "/ (API: /api, "
        + "OpenAPI: /openapi.json; saved scenarios and runs: " + database.describe() + ")");
    out.println(settings.writesNeedToken() ? "Write requests need 'Authorization: Bearer T'."
        : "Listening on loopback only. Ctrl-C stops it.");
    out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Returns the token of --token-file, else of the environment, else none. */
  private Optional<String> token() {
    if (tokenFile == null) {
      return Optional.ofNullable(System.getenv(TOKEN_VARIABLE)).filter(t -> !t.isBlank());
    }
    try {
      if (Files.getFileAttributeView(tokenFile, PosixFileAttributeView.class) != null) {
        Set<PosixFilePermission> others = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.OTHERS_READ);
        others.retainAll(Files.getPosixFilePermissions(tokenFile));
        if (!others.isEmpty()) {
          throw new BadInputException("--token-file " + tokenFile + " is readable by other "
              + "users (" + others + "): make it readable by its owner only (chmod 600)");
        }
      }
      return Optional.of(Files.readString(tokenFile).strip());
    } catch (IOException e) {
      throw new BadInputException("cannot read --token-file " + tokenFile + ": "
          + e.getMessage());
    }
  }

  private static Path dataDirectory() {
    Path dir = EditionStore.defaultLocation().directory();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new BadInputException("cannot create the data directory " + dir
          + ": " + e.getMessage() + "; set BULWARK_HOME to a writable directory or give --db");
    }
    return dir;
  }

  /**
   * Javalin and Jetty log every start-up step at INFO through the JDK's logging; the user needs
   * Bulwark's own two lines and any warning.
   */
  private static void quietLibraryLogs() {
    Logger.getLogger("").setLevel(Level.WARNING);
  }
}
