package dev.bulwark.data;

import dev.bulwark.core.panel.Edition;
import dev.bulwark.core.panel.Source;
import dev.bulwark.data.format.LedgerEdition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Chooses, per source, the edition a ledger uses among the bundled and the stored ones, and
 * collects what was skipped on the way. An imported copy of a bundled edition (same source and
 * id) takes the bundled one's place; a stored edition that does not read gives way to the bundled
 * copy or the next newest edition.
 */
final class EditionChoice {

  private static final String SKIPPED = "skipped stored edition ";

  private final EditionStore store;
  private final EditionStore.Scan scan;
  private final Map<String, BundledEdition<LedgerEdition>> bundled = new LinkedHashMap<>();
  private final Map<String, Edition> all = new LinkedHashMap<>();
  private final List<String> problems = new ArrayList<>();

  /**
   * Chooses among the bundled editions and those of a store, or the bundled ones alone when the
   * store is {@code null}.
   */
  EditionChoice(List<BundledEdition<LedgerEdition>> bundledEditions, EditionStore store) {
    this.store = store;
    this.scan = store == null ? new EditionStore.Scan(Map.of(), Map.of()) : store.scan();
    for (BundledEdition<LedgerEdition> e : bundledEditions) {
      String key = LedgerEdition.directoryName(e.edition());
      bundled.put(key, e);
      all.put(key, e.edition());
    }
    for (Edition e : scan.editions().keySet()) {
      all.put(LedgerEdition.directoryName(e), e);
    }
    scan.damaged().values().forEach(why -> problems.add(SKIPPED + why));
  }

  /**
   * Returns the newest edition of a source that reads, if there is any. A stored edition is read
   * now, to know that it reads; a bundled one when its values are first wanted.
   */
  Optional<Chosen> newest(Source source) {
    for (Edition candidate : candidates(source)) {
      String key = LedgerEdition.directoryName(candidate);
      if (!isImported(key)) {
        return Optional.of(Chosen.of(bundled.get(key)));
      }
      try {
        return Optional.of(Chosen.of(store.load(candidate)));
      } catch (LedgerException e) {
        problems.add(SKIPPED + e.getMessage());
        if (bundled.containsKey(key)) {
          return Optional.of(Chosen.of(bundled.get(key)));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the edition of a source with the given id.
   *
   * @throws LedgerException (bad input) naming the available ids when there is no such edition,
   *     or (a failure) naming the stored edition when it does not read
   */
  Chosen pinned(Source source, String id) {
    String key = LedgerEdition.directoryName(source, id);
    String damaged = scan.damaged().get(key);
    if (damaged != null) {
      throw damaged(source, id, damaged, null);
    }
    List<Edition> candidates = candidates(source);
    Edition pick = candidates.stream().filter(e -> e.id().equals(id)).findFirst()
        .orElseThrow(() -> LedgerException.badInput("unknown " + source.shortName()
            + " edition '" + id + "': expected one of "
            + candidates.stream().sorted(Edition.releaseOrder()).map(Edition::id).toList()));
    if (!isImported(key)) {
      return Chosen.of(bundled.get(key));
    }
    try {
      return Chosen.of(store.load(pick));
    } catch (LedgerException e) {
      throw damaged(source, id, e.getMessage(), e);
    }
  }

  /** Returns every edition that reads, bundled and imported, by source and then by release. */
  List<Edition> available() {
    return all.values().stream().sorted(Edition.releaseOrder()).toList();
  }

  /** Returns one sentence per stored edition skipped so far. */
  List<String> problems() {
    return List.copyOf(problems);
  }

  /** Returns a source's editions, the newest first. */
  private List<Edition> candidates(Source source) {
    return all.values().stream().filter(e -> e.source() == source)
        .sorted(Edition.releaseOrder().reversed()).toList();
  }

  private boolean isImported(String key) {
    return scan.editions().keySet().stream()
        .anyMatch(e -> LedgerEdition.directoryName(e).equals(key));
  }

  /**
   * An edition chosen for a ledger: its metadata, and the whole edition when it is wanted.
   *
   * @param edition the publisher's release
   * @param full gives the whole edition, parsing a bundled one on its first call
   */
  record Chosen(Edition edition, Supplier<LedgerEdition> full) {

    static Chosen of(BundledEdition<LedgerEdition> bundled) {
      return new Chosen(bundled.edition(), bundled::full);
    }

    static Chosen of(LedgerEdition read) {
      return new Chosen(read.edition(), () -> read);
    }
  }

  private LedgerException damaged(Source source, String id, String why, Throwable cause) {
    return LedgerException.failure("the stored " + source.shortName() + " edition '" + id
        + "' is damaged (" + why + "): import its workbook again, or remove it from "
        + store.directory().resolve("editions") + " and pin another edition", cause);
  }
}
