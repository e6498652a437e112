package dev.bulwark.data;

import dev.bulwark.core.alliance.Alliance;
import dev.bulwark.core.country.Countries;
import dev.bulwark.core.panel.Edition;
import dev.bulwark.core.panel.Panel;
import dev.bulwark.core.panel.Source;
import dev.bulwark.data.alliance.AllianceTable;
import dev.bulwark.data.format.LedgerEdition;
import dev.bulwark.data.format.LedgerNote;
import dev.bulwark.data.format.TidyFormat;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Bulwark's figures: one edition per source, as a {@link Panel}, with the country table, the
 * alliances and the publishers' per-country notes. Immutable.
 *
 * <p>The bundled editions are the NATO tables of 17 June 2024 (2014–2024e), SIPRI's April 2025
 * release (1949–2024) and the World Bank's GDP and population (snapshot 2026-03). They live as
 * class-path resources under {@code dev/bulwark/data/ledger/}, one directory per edition in the
 * tidy format of {@link dev.bulwark.data.format}, produced by the project's own importers from the
 * official files (see {@code tools/derive-ledger}).
 */
public final class Ledger {

  private static final String LEDGER = "ledger";
  private static final String INDEX = LEDGER + "/editions.txt";

  private final Panel panel;
  private final List<Alliance> alliances;
  private final List<Edition> available;
  private final Map<Source, Set<String>> commitments;

  private Ledger(Collection<LedgerEdition> chosen, List<Edition> available) {
    Panel.Builder builder = Panel.builder();
    Map<Source, Set<String>> notes = new EnumMap<>(Source.class);
    for (LedgerEdition edition : chosen) {
      edition.addTo(builder);
      notes.put(edition.edition().source(), edition.notes().stream()
          .filter(n -> n.note().equals(LedgerNote.NATIONAL_2PCT_COMMITMENT))
          .map(LedgerNote::iso3).collect(Collectors.toCollection(TreeSet::new)));
    }
    this.panel = builder.build();
    this.alliances = AllianceTable.bundled(Countries.bundled());
    this.available = List.copyOf(available);
    this.commitments = notes;
  }

  /**
   * Returns the bundled editions, parsed once per class loader.
   *
   * @throws LedgerException (a failure) when a bundled resource is missing or damaged
   */
  public static Ledger embedded() {
    return Holder.EMBEDDED;
  }

  /**
   * Parses the bundled editions afresh, bypassing the cache of {@link #embedded()}; for
   * benchmarks of the cold load.
   */
  public static Ledger parseEmbedded() {
    List<LedgerEdition> editions = readEmbedded();
    return new Ledger(editions, editions.stream().map(LedgerEdition::edition).toList());
  }

  /**
   * Opens the ledger over the bundled and the imported editions: per source, the pinned edition
   * when an id is given, else the newest by publication date (an imported copy of a bundled
   * edition takes its place).
   *
   * @param pinnedEditionIds edition ids by source, such as {@code Map.of(Source.NATO, "2024")}
   * @throws LedgerException (bad input) naming the available ids when a pinned id is unknown
   */
  public static Ledger open(EditionStore store, Map<Source, String> pinnedEditionIds) {
    Map<String, LedgerEdition> bundled = new LinkedHashMap<>();
    Map<String, Edition> all = new LinkedHashMap<>();
    for (LedgerEdition e : Holder.EDITIONS) {
      bundled.put(LedgerEdition.directoryName(e.edition()), e);
      all.put(LedgerEdition.directoryName(e.edition()), e.edition());
    }
    Map<String, Edition> imported = new LinkedHashMap<>();
    for (Edition e : store.editions()) {
      imported.put(LedgerEdition.directoryName(e), e);
      all.put(LedgerEdition.directoryName(e), e);
    }
    List<LedgerEdition> chosen = new ArrayList<>();
    for (Source source : Source.values()) {
      List<Edition> candidates = all.values().stream().filter(e -> e.source() == source)
          .sorted(Comparator.comparing(Edition::published).thenComparing(Edition::id)).toList();
      String pinned = pinnedEditionIds.get(source);
      Edition pick = pinned == null
          ? (candidates.isEmpty() ? null : candidates.get(candidates.size() - 1))
          : candidates.stream().filter(e -> e.id().equals(pinned)).findFirst()
              .orElseThrow(() -> LedgerException.badInput("unknown " + source.shortName()
                  + " edition '" + pinned + "': expected one of "
                  + candidates.stream().map(Edition::id).toList()));
      if (pick != null) {
        String key = LedgerEdition.directoryName(pick);
        chosen.add(imported.containsKey(key) ? store.load(pick) : bundled.get(key));
      }
    }
    List<Edition> available = all.values().stream()
        .sorted(Comparator.comparing(Edition::source).thenComparing(Edition::published)).toList();
    return new Ledger(chosen, available);
  }

  /** Returns the figures, one edition per source. */
  public Panel panel() {
    return panel;
  }

  /** Returns the bundled country table. */
  public Countries countries() {
    return Countries.bundled();
  }

  /**
   * Returns an alliance by id, ignoring case ({@code "NATO"}).
   *
   * @throws LedgerException (bad input) naming the known ids when none matches
   */
  public Alliance alliance(String id) {
    return alliances.stream().filter(a -> id != null && a.hasId(id)).findFirst()
        .orElseThrow(() -> LedgerException.badInput("unknown alliance '" + id
            + "': expected one of " + alliances.stream().map(Alliance::id).toList()));
  }

  /** Returns every alliance the ledger knows. */
  public List<Alliance> alliances() {
    return alliances;
  }

  /** Returns every edition available, bundled and imported, by source then publication date. */
  public List<Edition> availableEditions() {
    return available;
  }

  /**
   * Returns the countries the chosen edition of a source marks as bound by a national law or
   * political agreement to spend 2% of GDP or more on defence (NATO's {@code *}: in the 2024
   * edition CZE, EST, LTU, LVA, POL, ROU); empty for sources without such marks.
   */
  public Set<String> nationalCommitments(Source source) {
    return Set.copyOf(commitments.getOrDefault(source, Set.of()));
  }

  private static List<LedgerEdition> readEmbedded() {
    try (InputStream index = Ledger.class.getResourceAsStream(INDEX)) {
      if (index == null) {
        throw LedgerException.failure("bundled resource " + INDEX + " is missing", null);
      }
      List<LedgerEdition> editions = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String dir = line.strip();
        if (!dir.isEmpty() && !dir.startsWith("#")) {
          editions.add(TidyFormat.read(TidyFormat.resources(Ledger.class, LEDGER + "/" + dir),
              "bundled " + LEDGER + "/" + dir));
        }
      }
      return List.copyOf(editions);
    } catch (IOException | RuntimeException e) {
      if (e instanceof LedgerException le) {
        throw le;
      }
      throw LedgerException.failure("cannot read the bundled ledger: " + e.getMessage(), e);
    }
  }

  private static final class Holder {
    static final List<LedgerEdition> EDITIONS = readEmbedded();
    static final Ledger EMBEDDED = new Ledger(EDITIONS,
        EDITIONS.stream().map(LedgerEdition::edition).toList());
  }
}
