package dev.bulwark.server.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Brings a database's schema up to date: the plain SQL files {@code migrations/V<n>__<what>.sql}
 * beside this class are applied in order, each once, in one transaction with its row in
 * {@code schema_version}. Running it again changes nothing.
 */
public final class Migrations {

  /** The migrations, in order; a new one is appended, never edited once released. */
  static final List<String> FILES = List.of("V1__scenarios_and_runs.sql");

  private Migrations() {
  }

  /** Applies the migrations the database has not seen; returns its version afterwards. */
  public static int migrate(Database db) {
    try (Connection c = db.connect()) {
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
            + "script VARCHAR(200) NOT NULL)");
      }
      int current = current(c);
      for (int v = current + 1; v <= FILES.size(); v++) {
        apply(c, v, FILES.get(v - 1));
      }
      return current(c);
    } catch (SQLException e) {
      throw db.failure("migrating the schema", e);
    }
  }

  private static int current(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static void apply(Connection c, int version, String file) throws SQLException {
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      for (String sql : statements(file)) {
        s.execute(sql);
      }
      try (PreparedStatement p = c.prepareStatement(
          "INSERT INTO schema_version (version, script) VALUES (?, ?)")) {
        p.setInt(1, version);
        p.setString(2, file);
        p.executeUpdate();
      }
      c.commit();
    } catch (SQLException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(true);
    }
  }

  /** Splits a script into statements at semicolons ending a line; drops comment lines. */
  static List<String> statements(String file) {
    try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + file)) {
      if (in == null) {
        throw new IllegalStateException("migration " + file + " is missing from the build");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines().filter(l -> !l.strip().startsWith("--")).reduce("", (a, b) -> a + b + "\n");
      return List.of(text.split(";\\s*\n")).stream().map(String::strip)
          .filter(s -> !s.isEmpty()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
