package dev.bulwark.server.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Brings a database's schema up to date with Flyway: the plain SQL files
 * {@code migrations/V<n>__<what>.sql} beside this class are applied in order, each once, and
 * recorded in Flyway's {@code flyway_schema_history}. Running it again changes nothing.
 *
 * <p>Databases made before Bulwark used Flyway recorded their version in a table
 * {@code schema_version}. Such a database is adopted once: Flyway baselines it at the version
 * that table holds (so its scenarios and runs stay as they are), and migration V2 then drops the
 * old table.
 */
public final class Migrations {

  /** Where the migrations live on the class path. */
  static final String LOCATION = "classpath:dev/bulwark/server/store/migrations";

  /** The table in which databases made before Flyway recorded their version. */
  static final String LEGACY_TABLE = "schema_version";

  private Migrations() {
  }

  /** Applies the migrations the database has not seen; returns its version afterwards. */
  public static int migrate(Database db) {
    try {
      Flyway flyway = configuration(db).load();
      flyway.migrate();
      MigrationInfo current = flyway.info().current();
      return current == null ? 0 : Integer.parseInt(current.getVersion().getVersion());
    } catch (FlywayException e) {
      throw db.startFailure("migrating the schema", e);
    }
  }

  private static FluentConfiguration configuration(Database db) {
    FluentConfiguration config = Flyway.configure()
        .dataSource(db.url(), null, null)
        .locations(LOCATION)
        .cleanDisabled(true);
    legacyVersion(db).ifPresent(v -> config.baselineOnMigrate(true)
        .baselineVersion(Integer.toString(v))
        .baselineDescription("adopted from " + LEGACY_TABLE));
    return config;
  }

  /** Returns the version a database made before Flyway recorded, if it is one. */
  private static OptionalInt legacyVersion(Database db) {
    try (Connection c = db.connect()) {
      if (!hasTable(c, LEGACY_TABLE)) {
        return OptionalInt.empty();
      }
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT MAX(version) FROM " + LEGACY_TABLE)) {
        rs.next();
        return OptionalInt.of(rs.getInt(1)); // 0 when it never finished its first migration
      }
    } catch (SQLException e) {
      throw db.startFailure("reading the schema's version", e);
    }
  }

  /** Whether the connection's current schema has a table (H2 keeps names in upper case). */
  private static boolean hasTable(Connection c, String table) throws SQLException {
    DatabaseMetaData meta = c.getMetaData();
    for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
      try (ResultSet rs = meta.getTables(null, c.getSchema(), name, new String[] {"TABLE"})) {
        if (rs.next()) {
          return true;
        }
      }
    }
    return false;
  }
}
