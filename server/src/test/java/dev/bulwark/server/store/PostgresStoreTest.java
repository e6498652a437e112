package dev.bulwark.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;

/**
 * The store on PostgreSQL, when {@code BULWARK_TEST_POSTGRES_URL} names a database the tests may
 * clear (.ci/run starts Debian's PostgreSQL on loopback and sets it).
 */
final class PostgresStoreTest extends StoreContract {

  static final String URL_VARIABLE = "BULWARK_TEST_POSTGRES_URL";

  @Override
  Database database() {
    String url = System.getenv(URL_VARIABLE);
    Assumptions.assumeTrue(url != null && !url.isBlank(), URL_VARIABLE + " is not set: install "
        + "Debian's postgresql, create a role and database, and set it to "
        + "jdbc:postgresql://127.0.0.1/DB?user=U&password=P (.ci/run does this)");
    Database db = Database.at(url);
    try (Connection c = db.connect(); Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS scenario, campaign_run, schema_version, "
          + "flyway_schema_history");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot clear " + db.describe() + ": " + e.getMessage(), e);
    }
    return db;
  }
}
