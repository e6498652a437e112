package dev.bulwark.server.store;

import dev.bulwark.server.ServerException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Where saved scenarios and runs live: a JDBC URL ({@code jdbc:h2:...} or
 * {@code jdbc:postgresql://...}), opened once per operation (H2 files and PostgreSQL both take
 * many short connections well at the dashboard's rates).
 */
public final class Database {

  private final String url;

  private Database(String url) {
    this.url = url;
  }

  /**
   * Returns the database at a JDBC URL; only H2 and PostgreSQL are known.
   *
   * @throws ServerException (bad input) naming the URL otherwise
   */
  public static Database at(String url) {
    if (url == null || !(url.startsWith("jdbc:h2:") || url.startsWith("jdbc:postgresql:"))) {
      throw ServerException.badInput("db", url, "--db must be a jdbc:postgresql://HOST/DB or "
          + "jdbc:h2:FILE URL, was '" + url + "'");
    }
    return new Database(url);
  }

  /** Returns the embedded H2 file {@code bulwark-server} in a directory. */
  public static Database embedded(Path directory) {
    return new Database("jdbc:h2:file:" + directory.toAbsolutePath().resolve("bulwark-server")
        + ";DB_CLOSE_DELAY=-1");
  }

  /** Returns "h2" or "postgresql". */
  public String product() {
    return url.startsWith("jdbc:h2:") ? "h2" : "postgresql";
  }

  /** Returns the URL without its query (no passwords in logs). */
  public String describe() {
    int q = url.indexOf('?');
    return q < 0 ? url : url.substring(0, q);
  }

  /** Returns the JDBC URL, password included, for the migrator's own connections. */
  String url() {
    return url;
  }

  /** Opens a connection. */
  Connection connect() throws SQLException {
    return DriverManager.getConnection(url, new Properties());
  }

  /** Fails as a server fault naming the database. */
  ServerException failure(String what, Exception e) {
    return ServerException.failure(what + " failed on " + describe() + ": " + e.getMessage(), e);
  }
}
