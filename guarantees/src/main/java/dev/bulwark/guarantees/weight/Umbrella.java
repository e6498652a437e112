package dev.bulwark.guarantees.weight;

import dev.bulwark.core.panel.Panel;
import dev.bulwark.guarantees.GuaranteesException;
import dev.bulwark.guarantees.engine.Assessment;
import dev.bulwark.guarantees.engine.Attack;
import dev.bulwark.guarantees.engine.Intensity;
import dev.bulwark.guarantees.engine.ObligationEngine;
import dev.bulwark.guarantees.engine.Outcome;
import dev.bulwark.guarantees.geo.Gazetteer;
import dev.bulwark.guarantees.treaty.Instrument;
import dev.bulwark.guarantees.treaty.Strength;
import dev.bulwark.guarantees.treaty.TargetKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Who is bound to defend each protected state on a date, and with what capacity: for each state
 * some instrument protects that day, the engine assesses an armed attack on its metropolitan
 * territory by an unnamed outside state; the bound states are grouped by instrument and article
 * (one {@link Cover} each) and, in a last row per state with instrument {@code all}, counted once
 * at their strongest obligation. Capacity as {@link Tally}.
 *
 * <pre>{@code
 * List<Cover> ukraine = Umbrella.withDefaults().withCountries(List.of("UKR"))
 *     .cover(LocalDate.parse("2025-02-12"), Ledger.embedded().panel());
 * }</pre>
 */
public final class Umbrella {

  /** The instrument id of the row that counts every guarantor once. */
  public static final String ALL = "all";

  private final ObligationEngine engine;
  private final Gazetteer gazetteer;
  private final Optional<List<String>> countries;
  private final Optional<String> attacker;
  private final CapacitySource source;

  private Umbrella(ObligationEngine engine, Gazetteer gazetteer,
      Optional<List<String>> countries, Optional<String> attacker, CapacitySource source) {
    this.engine = engine;
    this.gazetteer = gazetteer;
    this.countries = countries;
    this.attacker = attacker;
    this.source = source;
  }

  /** Returns the umbrella of every protected state over the bundled treaties and gazetteer. */
  public static Umbrella withDefaults() {
    return new Umbrella(ObligationEngine.withDefaults(), Gazetteer.bundled(), Optional.empty(),
        Optional.empty(), CapacitySource.NATO);
  }

  /** Returns a copy limited to these states (ISO3), in this order. */
  public Umbrella withCountries(List<String> iso3) {
    GuaranteesException.require(iso3 != null && !iso3.isEmpty(),
        "countries must be a non-empty list of ISO3 codes, was " + iso3);
    return new Umbrella(engine, gazetteer, Optional.of(List.copyOf(iso3)), attacker, source);
  }

  /** Returns a copy using another engine. */
  public Umbrella withEngine(ObligationEngine engine) {
    GuaranteesException.require(engine != null, "engine must be given, was null");
    return new Umbrella(engine, gazetteer, countries, attacker, source);
  }

  /** Returns a copy reading expenditure from this source ({@link CapacitySource}). */
  public Umbrella withSource(CapacitySource source) {
    GuaranteesException.require(source != null, "source must be given, was null");
    return new Umbrella(engine, gazetteer, countries, attacker, source);
  }

  /**
   * Returns a copy that names the attacker: the engine assesses its attack, and the attacker is
   * never counted among the guarantors (a Budapest signatory that attacks Ukraine does not add
   * its capacity to Ukraine's umbrella).
   */
  public Umbrella withAttacker(String iso3) {
    GuaranteesException.require(iso3 != null && !iso3.isBlank(),
        "attacker must be an ISO3 code, was " + iso3);
    return new Umbrella(engine, gazetteer, countries, Optional.of(iso3), source);
  }

  /**
   * Returns the covers on the date, state by state.
   *
   * @throws GuaranteesException of kind BAD_INPUT when the date or panel is null, or a chosen
   *     state has no metropolitan territory in the gazetteer
   */
  public List<Cover> cover(LocalDate date, Panel panel) {
    GuaranteesException.require(date != null && panel != null, "a date and a panel must be given");
    List<Cover> covers = new ArrayList<>();
    List<String> chosen = countries.orElseGet(() -> protectedStates(date).stream()
        .filter(iso3 -> !isAttacker(iso3)).toList());
    for (String iso3 : chosen) {
      Attack attack = new Attack(attacker, iso3, TargetKind.TERRITORY,
          gazetteer.metropolitan(iso3), date, Intensity.ARMED_ATTACK);
      covers.addAll(covers(engine.assess(attack), panel, date));
    }
    return covers;
  }

  private List<String> protectedStates(LocalDate date) {
    TreeSet<String> states = new TreeSet<>();
    for (Instrument instrument : engine.treaties().all()) {
      if (instrument.inForceOn(date)) {
        states.addAll(instrument.protectedOn(date));
      }
    }
    return List.copyOf(states);
  }

  private List<Cover> covers(Assessment assessment, Panel panel, LocalDate date) {
    String iso3 = assessment.attack().target();
    int year = date.getYear();
    Predicate<String> allies = Capacity.natoAlliesOn(engine.treaties(), date);
    Map<String, List<Outcome.Bound>> byClause = new LinkedHashMap<>();
    assessment.bound().stream().filter(b -> !isAttacker(b.guarantor())).forEach(b ->
        byClause.computeIfAbsent(b.instrument() + " " + b.article(), k -> new ArrayList<>()).add(b));
    List<Cover> covers = new ArrayList<>();
    byClause.values().forEach(group -> {
      Outcome.Bound first = group.get(0);
      List<String> states = group.stream().map(Outcome.Bound::guarantor).sorted().toList();
      covers.add(new Cover(iso3, first.instrument(), first.article(), first.strength(),
          first.strength(), Tally.of(panel, states, year, allies, source)));
    });
    List<String> all = assessment.boundAtLeast(Strength.ASSURANCES).stream()
        .filter(g -> !isAttacker(g)).toList();
    List<Strength> strengths = assessment.strongestByGuarantor().values().stream()
        .filter(b -> !isAttacker(b.guarantor())).map(Outcome.Bound::strength)
        .filter(s -> s.atLeast(Strength.ASSURANCES)).sorted().toList();
    Strength none = Strength.NOT_A_GUARANTEE;
    covers.add(new Cover(iso3, ALL, "", strengths.isEmpty() ? none : strengths.get(0),
        strengths.isEmpty() ? none : strengths.get(strengths.size() - 1),
        Tally.of(panel, all, year, allies, source)));
    return covers;
  }

  private boolean isAttacker(String iso3) {
    return attacker.map(iso3::equals).orElse(false);
  }

  /**
   * The states bound to defend one state under one clause (or, for {@link #ALL}, under any).
   *
   * @param iso3 the protected state
   * @param instrument the instrument's id, or {@code all}
   * @param article the article, empty for {@code all}
   * @param strength how strongly (for {@code all}, the strongest; not a guarantee when none)
   * @param weakest for {@code all}, the weakest of the guarantors' strongest obligations (the
   *     range's other end: the United States is bound to an EU member at 4b under NATO while
   *     the EU members are bound at 4a); for a clause, its strength
   * @param tally the guarantors and their summed capacity
   */
  public record Cover(String iso3, String instrument, String article, Strength strength,
      Strength weakest, Tally tally) {

    /** The range of strengths, {@code 4a-4b}, or one level when every guarantor is bound alike. */
    public String strengthRange() {
      return Strengths.range(strength, weakest);
    }
  }
}
