package dev.bulwark.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What every database behind the store must do; run against H2 and PostgreSQL. */
abstract class StoreContract {

  /** Returns an empty database (a fresh H2 file, or a PostgreSQL schema cleared). */
  abstract Database database();

  @Test
  void migratingTwiceLeavesTheSchemaAtTheLatestVersion() {
    Database db = database();

    int first = Migrations.migrate(db);
    int second = Migrations.migrate(db);

    assertThat(first).isEqualTo(LegacyDatabase.latestMigration());
    assertThat(second).isEqualTo(first);
  }

  @Test
  void aDatabaseMadeBeforeFlywayIsAdoptedWithItsScenariosAndRuns() {
    Database db = database();
    Instant then = Instant.parse("2025-06-24T12:00:00Z");
    SavedScenario scenario = new SavedScenario(UUID.randomUUID().toString(), "Hague pledge",
        "saved before Flyway", then, "name: Hague\n");
    SavedRun run = new SavedRun(UUID.randomUUID().toString(), then, then.plusSeconds(9),
        "baltic-2016", 500, 7L, "{\"runs\":500}", "{\"holds\":[]}");
    LegacyDatabase.create(db, scenario, run);

    Store store = Store.open(db);

    assertThat(store.scenario(scenario.id())).hasValue(scenario);
    assertThat(store.run(run.id())).hasValue(run);
    assertThat(LegacyDatabase.history(db)).containsExactly("1 BASELINE", "2 SQL");
  }

  @Test
  void aSavedScenarioAndRunReopenAsTheyWereSaved() {
    Store store = Store.open(database());
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    SavedScenario scenario = new SavedScenario(UUID.randomUUID().toString(), "Baltic",
        "a heavier posture — with ünïcode", now, "name: Baltic\n");
    SavedRun run = new SavedRun(UUID.randomUUID().toString(), now, now.plusSeconds(3),
        "baltic-2016", 2000, 1253L, "{\"runs\":2000}", "{\"holds\":[]}");

    store.save(scenario);
    store.save(run);

    assertThat(store.scenario(scenario.id())).hasValue(scenario);
    assertThat(store.run(run.id())).hasValue(run);
    assertThat(store.scenario("missing")).isEmpty();
  }

  @Test
  void concurrentSavesLoseNothing() throws Exception {
    Store store = Store.open(database());
    int writers = 16;
    int each = 25;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    List<Future<List<String>>> futures = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      int writer = w;
      Callable<List<String>> work = () -> {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < each; i++) {
          String id = UUID.randomUUID().toString();
          store.save(new SavedScenario(id, "writer " + writer + " save " + i, "", Instant.now(),
              "name: x\n"));
          ids.add(id);
        }
        return ids;
      };
      futures.add(pool.submit(work));
    }
    Set<String> written = new java.util.HashSet<>();
    for (Future<List<String>> f : futures) {
      written.addAll(f.get());
    }
    pool.shutdown();

    Set<String> listed = store.scenarios().stream().map(SavedScenario::id)
        .collect(Collectors.toSet());
    assertThat(written).hasSize(writers * each);
    assertThat(listed).containsAll(written);
  }
}
