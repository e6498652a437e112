package dev.bulwark.server.store;

import dev.bulwark.server.ServerException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Where saved scenarios and runs live: a JDBC URL ({@code jdbc:h2:...} or
 * {@code jdbc:postgresql://...}), opened once per operation (H2 files and PostgreSQL both take
 * many short connections well at the dashboard's rates).
 *
 * <p>A write is durable when it returns ({@link #durably}): PostgreSQL commits it with
 * {@code synchronous_commit} on, whatever the server's default; H2, which otherwise writes
 * commits to its file up to half a second later, is checkpointed to the disk after the commit.
 * Saves are rare (a scenario saved, a run finished), so each may cost a flush.
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

  /** Runs a write in one transaction that is on the disk when this returns. */
  void durably(Connection c, Write write) throws SQLException {
    boolean h2 = product().equals("h2");
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      if (!h2) {
        s.execute("SET LOCAL synchronous_commit TO on");
      }
      write.run(c);
      c.commit();
      if (h2) {
        s.execute("CHECKPOINT SYNC");
      }
    } catch (SQLException e) {
      c.rollback();
      throw e;
    }
  }

  /** A write inside a transaction. */
  @FunctionalInterface
  interface Write {
    void run(Connection c) throws SQLException;
  }

  /**
   * Fails as a server fault: the answer says only what failed, the cause (with the database's
   * own message, which may hold SQL and file paths) stays in the log.
   */
  ServerException failure(String what, Exception e) {
    return ServerException.failure(what + " failed in the database", e);
  }

  /** Fails as a fault at start-up, told to the one who started the server, with the cause. */
  ServerException startFailure(String what, Exception e) {
    return ServerException.failure(what + " failed on " + describe() + ": " + e.getMessage(), e);
  }
}
