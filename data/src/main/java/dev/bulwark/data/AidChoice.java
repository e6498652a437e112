package dev.bulwark.data;

import dev.bulwark.core.aid.AidRelease;
import dev.bulwark.core.panel.Edition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Chooses among the bundled and imported releases of Kiel's Ukraine Support Tracker, as
 * {@link EditionChoice} does for the spending editions: by release id, an imported copy of a
 * bundled release taking its place; a stored release that does not read is skipped with the
 * reason kept.
 */
final class AidChoice {

  private final Map<String, AidRelease> bundled = new TreeMap<>();
  private final Map<String, Edition> all = new TreeMap<>();
  private final Map<String, Edition> stored = new TreeMap<>();
  private final EditionStore store;
  private final List<String> problems = new ArrayList<>();

  AidChoice(List<AidRelease> releases, EditionStore store) {
    this.store = store;
    releases.forEach(r -> {
      bundled.put(r.edition().id(), r);
      all.put(r.edition().id(), r.edition());
    });
    if (store != null) {
      EditionStore.Scan scan = store.aidScan();
      scan.editions().keySet().forEach(e -> {
        stored.put(e.id(), e);
        all.put(e.id(), e);
      });
      scan.damaged().values().forEach(why -> problems.add("skipped stored release " + why));
    }
  }

  /** Returns every release that reads, oldest first. */
  List<Edition> available() {
    return all.values().stream().sorted(Edition.releaseOrder()).toList();
  }

  /** Returns the newest release that reads, if there is any. */
  Optional<AidRelease> newest() {
    List<Edition> newestFirst = all.values().stream()
        .sorted(Edition.releaseOrder().reversed()).toList();
    for (Edition candidate : newestFirst) {
      try {
        return Optional.of(load(candidate.id()));
      } catch (LedgerException e) {
        problems.add("skipped stored release " + e.getMessage());
        if (bundled.containsKey(candidate.id())) {
          return Optional.of(bundled.get(candidate.id()));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the release with the given id.
   *
   * @throws LedgerException (bad input) naming the available ids when there is none, or (a
   *     failure) when the stored release does not read
   */
  AidRelease pinned(String id) {
    if (!all.containsKey(id)) {
      throw LedgerException.badInput("unknown Kiel release '" + id + "': expected one of "
          + available().stream().map(Edition::id).toList());
    }
    return load(id);
  }

  /** Returns one sentence per stored release skipped so far. */
  List<String> problems() {
    return List.copyOf(problems);
  }

  private AidRelease load(String id) {
    Edition imported = stored.get(id);
    return imported == null ? bundled.get(id) : store.loadAid(imported);
  }
}
