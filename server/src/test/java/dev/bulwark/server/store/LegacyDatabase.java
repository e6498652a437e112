package dev.bulwark.server.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A database as Bulwark made it before it used Flyway: migration V1 applied by the old
 * hand-written migrator (statements split at semicolons ending a line) and recorded in
 * {@code schema_version}, with a saved scenario and run in it.
 */
final class LegacyDatabase {

  private LegacyDatabase() {
  }

  /** Makes the old schema in an empty database and saves a scenario and a run in it. */
  static void create(Database db, SavedScenario scenario, SavedRun run) {
    try (Connection c = db.connect(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
          + "script VARCHAR(200) NOT NULL)");
      for (String sql : firstMigration().split(";\\s*\n")) {
        if (!sql.isBlank()) {
          s.execute(sql);
        }
      }
      s.execute("INSERT INTO schema_version (version, script) "
          + "VALUES (1, 'V1__scenarios_and_runs.sql')");
      insert(c, "INSERT INTO scenario (id, name, description, created, yaml) "
          + "VALUES (?, ?, ?, ?, ?)", scenario.id(), scenario.name(), scenario.description(),
          Timestamp.from(scenario.created()), scenario.yaml());
      insert(c, "INSERT INTO campaign_run (id, created, finished, posture, runs, seed, request, "
          + "result) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", run.id(), Timestamp.from(run.created()),
          Timestamp.from(run.finished()), run.posture(), run.runs(), run.seed(), run.request(),
          run.result());
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Returns Flyway's history of versions as "VERSION TYPE" lines, in the order applied. */
  static List<String> history(Database db) {
    try (Connection c = db.connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT \"version\", \"type\" FROM "
            + "\"flyway_schema_history\" WHERE \"version\" IS NOT NULL "
            + "ORDER BY \"installed_rank\"")) {
      List<String> rows = new ArrayList<>();
      while (rs.next()) {
        rows.add(rs.getString(1) + " " + rs.getString(2));
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Returns the highest version among the migrations in the build. */
  static int latestMigration() {
    try (Stream<Path> files = Files.list(Path.of(
        Migrations.class.getResource("migrations").toURI()))) {
      return files.map(f -> f.getFileName().toString())
          .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElse(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String firstMigration() {
    try (InputStream in = Migrations.class.getResourceAsStream(
        "migrations/V1__scenarios_and_runs.sql")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.strip().startsWith("--")).reduce("", (a, b) -> a + b + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void insert(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        p.setObject(i + 1, values[i]);
      }
      p.executeUpdate();
    }
  }
}
