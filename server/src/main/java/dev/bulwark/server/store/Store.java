package dev.bulwark.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Saves, lists and reopens scenarios and finished campaign runs. Each save is one INSERT under a
 * fresh UUID in its own transaction, so concurrent saves never overwrite one another, and is on
 * the disk when {@code save} returns, so a save the server has acknowledged survives its being
 * killed. A failure is a {@link dev.bulwark.server.ServerException} saying only what failed.
 */
public final class Store {

  /** The most rows a listing returns, newest first. */
  public static final int LIST_LIMIT = 500;

  private final Database db;

  private Store(Database db) {
    this.db = db;
  }

  /** Opens the store, bringing the schema up to date. */
  public static Store open(Database db) {
    Migrations.migrate(db);
    return new Store(db);
  }

  /** Returns the database's product name ("h2" or "postgresql"). */
  public String product() {
    return db.product();
  }

  /** Saves a scenario. */
  public void save(SavedScenario s) {
    update("saving scenario " + s.id(), "INSERT INTO scenario (id, name, description, created, "
        + "yaml) VALUES (?, ?, ?, ?, ?)", s.id(), s.name(), s.description(),
        Timestamp.from(s.created()), s.yaml());
  }

  /** Saves a finished run. */
  public void save(SavedRun r) {
    update("saving run " + r.id(), "INSERT INTO campaign_run (id, created, finished, posture, "
        + "runs, seed, request, result) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", r.id(),
        Timestamp.from(r.created()), Timestamp.from(r.finished()), r.posture(), r.runs(),
        r.seed(), r.request(), r.result());
  }

  /** Returns the saved scenarios, newest first (their text included). */
  public List<SavedScenario> scenarios() {
    return query("listing scenarios", "SELECT id, name, description, created, yaml FROM scenario"
        + " ORDER BY created DESC, id LIMIT " + LIST_LIMIT, null, Store::scenario);
  }

  /** Returns a saved scenario. */
  public Optional<SavedScenario> scenario(String id) {
    return query("reading scenario " + id, "SELECT id, name, description, created, yaml FROM "
        + "scenario WHERE id = ?", id, Store::scenario).stream().findFirst();
  }

  /** Returns the saved runs, newest first. */
  public List<SavedRun> runs() {
    return query("listing runs", "SELECT id, created, finished, posture, runs, seed, request, "
        + "result FROM campaign_run ORDER BY created DESC, id LIMIT " + LIST_LIMIT, null,
        Store::run);
  }

  /** Returns a saved run. */
  public Optional<SavedRun> run(String id) {
    return query("reading run " + id, "SELECT id, created, finished, posture, runs, seed, "
        + "request, result FROM campaign_run WHERE id = ?", id, Store::run).stream().findFirst();
  }

  private void update(String what, String sql, Object... values) {
    try (Connection c = db.connect()) {
      db.durably(c, tx -> {
        try (PreparedStatement p = tx.prepareStatement(sql)) {
          for (int i = 0; i < values.length; i++) {
            p.setObject(i + 1, values[i]);
          }
          p.executeUpdate();
        }
      });
    } catch (SQLException e) {
      throw db.failure(what, e);
    }
  }

  private <T> List<T> query(String what, String sql, String id, Row<T> reader) {
    try (Connection c = db.connect(); PreparedStatement p = c.prepareStatement(sql)) {
      if (id != null) {
        p.setString(1, id);
      }
      List<T> out = new ArrayList<>();
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(reader.read(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw db.failure(what, e);
    }
  }

  private static SavedScenario scenario(ResultSet rs) throws SQLException {
    return new SavedScenario(rs.getString(1), rs.getString(2), rs.getString(3),
        rs.getTimestamp(4).toInstant(), rs.getString(5));
  }

  private static SavedRun run(ResultSet rs) throws SQLException {
    return new SavedRun(rs.getString(1), rs.getTimestamp(2).toInstant(),
        rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getInt(5), rs.getLong(6),
        rs.getString(7), rs.getString(8));
  }

  /** Reads one row. */
  @FunctionalInterface
  private interface Row<T> {
    T read(ResultSet rs) throws SQLException;
  }
}
