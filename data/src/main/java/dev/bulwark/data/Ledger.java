package dev.bulwark.data;

import dev.bulwark.core.aid.AidRelease;
import dev.bulwark.core.alliance.Alliance;
import dev.bulwark.core.country.Countries;
import dev.bulwark.core.panel.Edition;
import dev.bulwark.core.panel.Panel;
import dev.bulwark.core.panel.Source;
import dev.bulwark.core.panel.SpendingDefinition;
import dev.bulwark.data.alliance.AllianceTable;
import dev.bulwark.data.format.AidFormat;
import dev.bulwark.data.format.LedgerEdition;
import dev.bulwark.data.format.LedgerNote;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Bulwark's figures: one edition per source, as a {@link Panel}, with the country table, the
 * alliances and the publishers' per-country notes. Immutable.
 *
 * <p>The bundled editions are the NATO tables of 17 June 2024 (2014–2024e), SIPRI's April 2025
 * release (1949–2024) and the World Bank's GDP and population (snapshot 2026-03). They live as
 * class-path resources under {@code dev/bulwark/data/ledger/}, one directory per edition in the
 * tidy format of {@link dev.bulwark.data.format}, produced by the project's own importers from the
 * official files (see {@code tools/derive-ledger}). Beside them, in the aid ledger's format
 * ({@link AidFormat}), Release 29 of the Kiel Institute's Ukraine Support Tracker (data to April
 * 2026), read by {@link #aid()}.
 */
public final class Ledger {

  private static final String LEDGER = "ledger";
  private static final String INDEX = LEDGER + "/editions.txt";
  private static final String AID_INDEX = LEDGER + "/aid.txt";

  private final Panel panel;
  private final List<Alliance> alliances;
  private final List<Edition> available;
  private final Map<Source, EditionChoice.Chosen> chosen;
  private final List<String> problems;
  private final EditionStore store;
  private final EditionChoice choice;
  private final AidChoice aidChoice;
  private final Optional<Supplier<AidRelease>> aid;

  private Ledger(Collection<EditionChoice.Chosen> editions, EditionChoice choice,
      EditionStore store, AidChoice aidChoice, Optional<Supplier<AidRelease>> aid) {
    Panel.Builder builder = Panel.builder();
    Map<Source, EditionChoice.Chosen> bySource = new EnumMap<>(Source.class);
    for (EditionChoice.Chosen edition : editions) {
      builder.edition(edition.edition(), values -> edition.full().get().addTo(values));
      bySource.put(edition.edition().source(), edition);
    }
    this.panel = builder.build();
    this.alliances = AllianceTable.bundled(Countries.bundled());
    this.aidChoice = aidChoice;
    this.aid = aid;
    this.available = choice.available();
    this.chosen = bySource;
    List<String> skipped = new ArrayList<>(choice.problems());
    skipped.addAll(aidChoice.problems());
    this.problems = List.copyOf(skipped);
    this.store = store;
    this.choice = choice;
  }

  /**
   * Returns the bundled editions, each parsed once per class loader when its values are first
   * wanted.
   *
   * @throws LedgerException (a failure) when a bundled resource is missing or damaged
   */
  public static Ledger embedded() {
    return Holder.EMBEDDED;
  }

  /**
   * Parses every bundled edition afresh, bypassing the cache of {@link #embedded()}; for
   * benchmarks of the cold load.
   */
  public static Ledger parseEmbedded() {
    List<BundledEdition<LedgerEdition>> editions = readEmbedded();
    List<EditionChoice.Chosen> all = editions.stream().map(EditionChoice.Chosen::of).toList();
    AidChoice aid = new AidChoice(readEmbeddedAid(), null);
    Ledger ledger = new Ledger(all, new EditionChoice(editions, null), null, aid, aid.newest());
    ledger.panel().size();
    ledger.aid();
    return ledger;
  }

  /**
   * Opens the ledger over the bundled and the imported editions: per source, the pinned edition
   * when an id is given, else the newest by id ({@link Edition#releaseOrder()}: NATO's last data
   * year, SIPRI's release month; an imported copy of a bundled edition takes its place). A stored
   * edition that does not read is skipped, the next newest is used, and the reason is kept in
   * {@link #problems()}.
   *
   * @param pinnedEditionIds edition ids by source, such as {@code Map.of(Source.NATO, "2024")}
   * @throws LedgerException (bad input) naming the available ids when a pinned id is unknown, or
   *     (a failure) naming the stored edition when a pinned edition is damaged
   */
  public static Ledger open(EditionStore store, Map<Source, String> pinnedEditionIds) {
    EditionChoice choice = new EditionChoice(Holder.EDITIONS, store);
    List<EditionChoice.Chosen> chosen = new ArrayList<>();
    for (Source source : Source.values()) {
      if (source == Source.KIEL) {
        continue;
      }
      String pinned = pinnedEditionIds.get(source);
      if (pinned != null) {
        chosen.add(choice.pinned(source, pinned));
      } else {
        choice.newest(source).ifPresent(chosen::add);
      }
    }
    AidChoice aid = new AidChoice(Holder.AID, store);
    String pinnedAid = pinnedEditionIds.get(Source.KIEL);
    Optional<Supplier<AidRelease>> release;
    if (pinnedAid == null) {
      release = aid.newest();
    } else {
      AidRelease pinned = aid.pinned(pinnedAid);
      release = Optional.of(() -> pinned);
    }
    return new Ledger(chosen, choice, store, aid, release);
  }

  /**
   * Returns the chosen release of the Kiel Institute's Ukraine Support Tracker: the pinned one
   * ({@code --edition kiel=29}) or the newest, bundled or imported. A bundled release is
   * parsed on the first call, once per class loader.
   *
   * @throws LedgerException (a failure) when no release is available or the bundled one is
   *     damaged
   */
  public AidRelease aid() {
    return aid.orElseThrow(() -> LedgerException.failure("no release of Kiel's Ukraine Support"
        + " Tracker is available: import one with 'bulwark import kiel DIR'", null)).get();
  }

  /** Returns every release of Kiel's tracker available, bundled and imported, oldest first. */
  public List<Edition> aidReleases() {
    return aidChoice.available();
  }

  /**
   * Returns any available release of Kiel's tracker, whether or not the answers use it.
   *
   * @throws LedgerException (bad input) naming the available ids when there is none, or (a
   *     failure) when the stored release does not read
   */
  public AidRelease aidRelease(String id) {
    return aidChoice.pinned(id);
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

  /** Returns every edition available, bundled and imported, by source and then by release. */
  public List<Edition> availableEditions() {
    return available;
  }

  /**
   * Returns any available edition in full, bundled or imported, whether or not the answers use
   * it: to compare two editions of a source, or to export them all.
   *
   * @param source the publisher
   * @param id the edition's id ({@code "2024"}, {@code "2025-04"})
   * @throws LedgerException (bad input) naming the available ids when there is no such edition,
   *     or (a failure) naming the stored edition when it does not read
   */
  public LedgerEdition edition(Source source, String id) {
    return choice.pinned(source, id).full().get();
  }

  /**
   * Returns the price base year of the chosen edition of a source: the year whose prices and
   * exchange rates its constant-price series use ({@link Edition#priceBase()}); empty when the
   * ledger holds no edition of the source or the edition has no constant-price series.
   */
  public OptionalInt priceBase(Source source) {
    return panel.edition(source).map(Edition::priceBase).orElse(OptionalInt.empty());
  }

  /**
   * Returns what the chosen edition of a source counts as defence spending
   * ({@link Edition#definition()}): NATO's total defence expenditure up to its 2025 tables, Hague
   * core defence expenditure from its 2026 tables, SIPRI's military expenditure; empty when the
   * ledger holds no edition of the source or the source has no spending figures.
   */
  public Optional<SpendingDefinition> definition(Source source) {
    return panel.edition(source).flatMap(Edition::definition);
  }

  /**
   * Returns what went wrong while opening, for the caller to show: one sentence per stored
   * edition that was skipped because it does not read ("skipped stored edition
   * nato-2025@2/values.csv line 14: ..."); empty when nothing was skipped.
   */
  public List<String> problems() {
    return problems;
  }

  /**
   * Re-checks every edition in the store this ledger was opened over with the checks an import
   * applies ({@link EditionStore#verify()}); empty for the bundled ledger alone.
   *
   * @return one sentence per problem, naming the stored file and line; empty when all pass
   */
  public List<String> verify() {
    return store == null ? List.of() : store.verify();
  }

  /**
   * Returns the countries the chosen edition of a source marks as bound by a national law or
   * political agreement to spend 2% of GDP or more on defence (NATO's {@code *}: in the 2024
   * edition CZE, EST, LTU, LVA, POL, ROU); empty for sources without such marks.
   */
  public Set<String> nationalCommitments(Source source) {
    EditionChoice.Chosen edition = chosen.get(source);
    return edition == null ? Set.of() : edition.full().get().notes().stream()
        .filter(n -> n.note().equals(LedgerNote.NATIONAL_2PCT_COMMITMENT))
        .map(LedgerNote::iso3).collect(Collectors.toUnmodifiableSet());
  }

  private static List<BundledEdition<LedgerEdition>> readEmbedded() {
    try {
      return indexed(INDEX).stream().map(dir -> BundledEdition.of(LEDGER + "/" + dir)).toList();
    } catch (RuntimeException e) {
      if (e instanceof LedgerException le) {
        throw le;
      }
      throw LedgerException.failure("cannot read the bundled ledger: " + e.getMessage(), e);
    }
  }

  /** Returns the directory names an index resource lists, skipping blanks and comments. */
  private static List<String> indexed(String index) {
    try (InputStream in = Ledger.class.getResourceAsStream(index)) {
      if (in == null) {
        throw LedgerException.failure("bundled resource " + index + " is missing", null);
      }
      List<String> dirs = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String dir = line.strip();
        if (!dir.isEmpty() && !dir.startsWith("#")) {
          dirs.add(dir);
        }
      }
      return dirs;
    } catch (IOException e) {
      throw LedgerException.failure("cannot read the bundled ledger: " + e.getMessage(), e);
    }
  }

  /** The bundled aid releases: their metadata now, their figures on first use. */
  private static List<BundledEdition<AidRelease>> readEmbeddedAid() {
    return indexed(AID_INDEX).stream()
        .map(dir -> BundledEdition.of(LEDGER + "/" + dir, AidFormat::read)).toList();
  }

  private static final class Holder {
    static final List<BundledEdition<LedgerEdition>> EDITIONS = readEmbedded();
    static final List<BundledEdition<AidRelease>> AID = readEmbeddedAid();
    static final Ledger EMBEDDED = embeddedLedger();

    private static Ledger embeddedLedger() {
      AidChoice aid = new AidChoice(AID, null);
      return new Ledger(EDITIONS.stream().map(EditionChoice.Chosen::of).toList(),
          new EditionChoice(EDITIONS, null), null, aid, aid.newest());
    }
  }
}
