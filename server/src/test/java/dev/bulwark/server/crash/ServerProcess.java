package dev.bulwark.server.crash;

import dev.bulwark.data.Ledger;
import dev.bulwark.server.BulwarkApp;
import dev.bulwark.server.ServerSettings;
import dev.bulwark.server.Services;
import dev.bulwark.server.store.Database;
import dev.bulwark.server.store.Store;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A Bulwark server in a process of its own, for killing: opens the store at the database given
 * (a directory for the embedded H2 file, else a JDBC URL), starts the app on a free loopback port
 * and prints {@code port N}. It runs until killed.
 */
public final class ServerProcess {

  /** The line the process prints before the port once it listens. */
  static final String READY = "port ";

  private ServerProcess() {
  }

  /** Runs the server over {@code args[0]}: {@code h2:DIRECTORY} or a JDBC URL. */
  public static void main(String[] args) {
    String where = args[0];
    Database db = where.startsWith("h2:") ? Database.embedded(Path.of(where.substring(3)))
        : Database.at(where);
    Services services = Services.of(Ledger.embedded(), Store.open(db), Clock.systemUTC());
    BulwarkApp app = BulwarkApp.create(services, ServerSettings.loopback(0)).start();
    System.out.println(READY + app.port());
    System.out.flush();
  }
}
