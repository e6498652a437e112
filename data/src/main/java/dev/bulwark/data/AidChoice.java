package dev.bulwark.data;

import dev.bulwark.core.aid.AidRelease;
import dev.bulwark.core.panel.Edition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Chooses among the bundled and imported releases of Kiel's Ukraine Support Tracker, as
 * {@link EditionChoice} does for the spending editions: by release id, an imported copy of a
 * bundled release taking its place; a stored release that does not read is skipped with the
 * reason kept. A bundled release is parsed when its figures are first wanted, not when the
 * choice is made.
 */
final class AidChoice {

  private final Map<String, BundledEdition<AidRelease>> bundled = new TreeMap<>();
  private final Map<String, Edition> all = new TreeMap<>();
  private final Map<String, Edition> stored = new TreeMap<>();
  private final EditionStore store;
  private final List<String> problems = new ArrayList<>();

  AidChoice(List<BundledEdition<AidRelease>> releases, EditionStore store) {
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

  /**
   * Returns the newest release that reads, if there is any, as a supplier: a stored release is
   * read now, to know that it reads; a bundled one on the supplier's first call.
   */
  Optional<Supplier<AidRelease>> newest() {
    List<Edition> newestFirst = all.values().stream()
        .sorted(Edition.releaseOrder().reversed()).toList();
    for (Edition candidate : newestFirst) {
      Edition imported = stored.get(candidate.id());
      if (imported == null) {
        return Optional.of(bundled.get(candidate.id())::full);
      }
      try {
        AidRelease read = store.loadAid(imported);
        return Optional.of(() -> read);
      } catch (LedgerException e) {
        problems.add("skipped stored release " + e.getMessage());
        if (bundled.containsKey(candidate.id())) {
          return Optional.of(bundled.get(candidate.id())::full);
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
    return imported == null ? bundled.get(id).full() : store.loadAid(imported);
  }
}
