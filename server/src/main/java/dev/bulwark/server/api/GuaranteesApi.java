package dev.bulwark.server.api;

import dev.bulwark.core.country.Countries;
import dev.bulwark.core.panel.Panel;
import dev.bulwark.guarantees.engine.Assessment;
import dev.bulwark.guarantees.engine.Attack;
import dev.bulwark.guarantees.engine.Intensity;
import dev.bulwark.guarantees.engine.ObligationEngine;
import dev.bulwark.guarantees.engine.Outcome;
import dev.bulwark.guarantees.geo.Gazetteer;
import dev.bulwark.guarantees.geo.Located;
import dev.bulwark.guarantees.geo.Place;
import dev.bulwark.guarantees.geo.UnknownPlaceException;
import dev.bulwark.guarantees.Ids;
import dev.bulwark.guarantees.treaty.Clause;
import dev.bulwark.guarantees.treaty.Instrument;
import dev.bulwark.guarantees.treaty.Party;
import dev.bulwark.guarantees.treaty.Strength;
import dev.bulwark.guarantees.treaty.TargetKind;
import dev.bulwark.guarantees.weight.Capacity;
import dev.bulwark.guarantees.weight.GuaranteeWeight;
import dev.bulwark.guarantees.weight.Tally;
import dev.bulwark.guarantees.weight.Umbrella;
import dev.bulwark.server.ServerException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Who is covered: the obligation engine's assessment of an attack, the umbrella over each
 * protected state, the treaty base and the gazetteer, as tables. The rules and the weight's
 * formula ({@code usSharePct = 100 × milex(USA) / Σ milex}) are those of
 * {@code dev.bulwark.guarantees}; facts come from the treaty fact sheet (treaties.md).
 */
public final class GuaranteesApi {

  private final ObligationEngine engine;
  private final Gazetteer gazetteer;
  private final Countries countries;
  private final Panel panel;
  private final Clock clock;

  /** Returns the endpoints over the engine, gazetteer, country resolver and panel. */
  public GuaranteesApi(ObligationEngine engine, Gazetteer gazetteer, Countries countries,
      Panel panel, Clock clock) {
    this.engine = engine;
    this.gazetteer = gazetteer;
    this.countries = countries;
    this.panel = panel;
    this.clock = clock;
  }

  /** Which states are bound to respond to an attack, under what, how strongly and why. */
  public Table assessment(Query q) {
    String target = Query.country(countries, "target", q.text("target").orElseThrow(
        () -> ServerException.badInput("target", null, "target is required: the state "
            + "attacked (any name or code)"))).iso3();
    Optional<String> attacker = q.text("attacker")
        .map(a -> Query.country(countries, "attacker", a).iso3());
    TargetKind kind = parse("kind", q.text("kind", "territory"), TargetKind::of);
    Intensity intensity = parse("intensity", q.text("intensity", "armed_attack"), Intensity::of);
    String placeQuery = q.text("place", target);
    Located located = locate(placeQuery);
    LocalDate date = q.date("date", LocalDate.now(clock));
    Attack attack = guarded("place", placeQuery, () -> new Attack(attacker, target, kind,
        located.place(), date, intensity));
    Assessment assessment = engine.assess(attack);
    GuaranteeWeight.Weight weight = GuaranteeWeight.withDefaults().weigh(assessment, panel);
    Map<String, Capacity> capacity = weight.tally().capacities().stream()
        .collect(Collectors.toMap(Capacity::iso3, c -> c));
    Table out = new Table("outcome", "iso3", "instrument", "article", "strength_level",
        "strength", "confidence", "milex_usd_current_m", "capacity_source", "reason", "rule",
        "states", "level", "other_reading");
    for (Outcome o : assessment.outcomes()) {
      row(out, o, capacity);
    }
    List<Map<String, Object>> bound = new ArrayList<>();
    assessment.strongestByGuarantor().forEach((iso3, b) -> bound.add(bound(b)));
    // The summary counts the states bound to defend (level 3 or stronger); the rows show all.
    Map<String, Object> tally = tally(GuaranteeWeight.withDefaults()
        .withMinimumStrength(Strength.CONSTITUTIONAL_PROCESSES).weigh(assessment, panel).tally());
    tally.put("year", weight.year());
    tally.put("bound_any_level", weight.tally().states().size());
    return out.query("attacker", attacker.orElse(null)).query("target", target)
        .query("kind", kind.id()).query("place", located.place().id())
        .query("place_name", located.place().name()).query("distance_km", located.distanceKm())
        .query("date", date.toString()).query("intensity", intensity.id())
        .extra("bound", bound).extra("weight", tally).notes(assessment.caveats());
  }

  /** Who is bound to defend each protected state on a date, with their capacity. */
  public Table umbrella(Query q) {
    LocalDate date = q.date("date", LocalDate.now(clock));
    List<String> chosen = q.list("country").stream()
        .map(c -> Query.country(countries, "country", c).iso3()).toList();
    Umbrella umbrella = chosen.isEmpty() ? Umbrella.withDefaults()
        : Umbrella.withDefaults().withCountries(chosen);
    List<Umbrella.Cover> covers = guarded("country", String.join(",", chosen),
        () -> umbrella.cover(date, panel));
    Table out = new Table("date", "iso3", "instrument", "article", "strength_level",
        "strength", "guarantors_n", "milex_usd_current_m", "milex_non_us_usd_current_m",
        "us_share_pct", "personnel_thousand", "personnel_non_us_thousand", "guarantors",
        "country", "level");
    for (Umbrella.Cover c : covers) {
      Tally t = c.tally();
      out.row(date.toString(), c.iso3(), c.instrument(), c.article(), c.strength().level(),
          c.strength().id(), t.states().size(), t.milexUsdMillion(), t.milexNonUsUsdMillion(),
          t.usSharePct(), t.personnelKnown() ? t.personnelThousand() : null,
          t.personnelKnown() ? t.personnelNonUsThousand() : null,
          String.join(" ", t.states()), countries.byIso3(c.iso3()).name(),
          c.strength().level());
    }
    return out.query("date", date.toString()).query("country", chosen).notes("instrument 'all'"
        + ": every guarantor once, at its strongest obligation; capacity: military expenditure "
        + "(million current US$) and personnel (thousands, NATO allies only) of the guarantors");
  }

  /** The treaty base, one row per clause, as {@code bulwark treaties}; parties on the date. */
  public Table treaties(Query q) {
    LocalDate date = q.date("date", LocalDate.now(clock));
    Table out = new Table("instrument", "name", "article", "kind", "strength_level", "strength",
        "scope", "targets", "from", "to", "parties_today", "confidence", "trigger", "source");
    for (Instrument i : engine.treaties().all()) {
      String parties = i.partiesOn(date).stream().map(Party::iso3)
          .collect(Collectors.joining(" "));
      for (Clause c : i.clauses()) {
        out.row(i.id(), i.name(), c.article(), Ids.of(c.kind()), c.strength().level(),
            c.strength().id(), Ids.of(c.scope()), c.targets().stream().map(TargetKind::id)
                .sorted().collect(Collectors.joining(" ")), c.period().from().toString(),
            c.period().to().map(LocalDate::toString).orElse(null), parties,
            c.confidence().mark(), c.trigger(), i.source());
      }
    }
    return out.query("date", date.toString()).notes("Confidence: V verified against a "
        + "consulted source, M from memory, D disputed.");
  }

  /** The gazetteer, for pickers and maps. */
  public Table places(Query q) {
    Table out = new Table("id", "name", "kind", "sovereign", "administrator", "lat", "lon",
        "radius_km");
    for (Place p : gazetteer.all()) {
      out.row(p.id(), p.name(), p.kind().name().toLowerCase(Locale.ROOT), p.sovereign(),
          p.administrator(), p.latitude(), p.longitude(), p.radiusKm());
    }
    return out;
  }

  private Located locate(String query) {
    try {
      return gazetteer.locate(query);
    } catch (UnknownPlaceException e) {
      throw ServerException.badInput("place", query, e.getMessage(), e.suggestions(), e);
    }
  }

  /**
   * One row per outcome with the columns of {@code bulwark guarantee}, then the dashboard's
   * {@code states}, {@code level} and {@code other_reading}.
   */
  private static void row(Table out, Outcome o, Map<String, Capacity> capacity) {
    if (o instanceof Outcome.Bound b) {
      Capacity c = capacity.get(b.guarantor());
      out.row("bound", b.guarantor(), b.instrument(), b.article(), b.strength().level(),
          b.strength().id(), b.confidence().mark(), c == null ? null : c.milexUsdMillion(),
          c == null ? null : c.provenance() + " (" + c.year() + ")", b.reason(), b.rule(),
          b.guarantor(), b.strength().level(), null);
    } else if (o instanceof Outcome.Disputed d) {
      for (String state : d.guarantors()) {
        out.row("disputed", state, d.instrument(), d.article(), d.strength().level(),
            d.strength().id(), d.confidence().mark(), null, null, d.boundReading(), d.rule(),
            state, d.strength().level(), d.notBoundReading());
      }
    } else if (o instanceof Outcome.NotBound n) {
      for (String state : n.states().isEmpty() ? Collections.<String>singletonList(null)
          : n.states()) {
        out.row("not_bound", state, n.instrument(), n.article(), null, null,
            n.confidence().mark(), null, null, n.reason(), n.rule(), state, null, null);
      }
    }
  }

  private Map<String, Object> bound(Outcome.Bound b) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("iso3", b.guarantor());
    row.put("country", countries.find(b.guarantor()).map(c -> c.name()).orElse(b.guarantor()));
    row.put("instrument", b.instrument());
    row.put("article", b.article());
    row.put("strength", b.strength().id());
    row.put("strength_level", b.strength().level());
    row.put("level", b.strength().level());
    row.put("reason", b.reason());
    return row;
  }

  private static Map<String, Object> tally(Tally t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("states", t.states().size());
    m.put("milex_usd_current_m", t.milexUsdMillion());
    m.put("milex_non_us_usd_current_m", t.milexNonUsUsdMillion());
    m.put("us_share_pct", Double.isFinite(t.usSharePct()) ? t.usSharePct() : null);
    m.put("personnel_thousand", t.personnelKnown() ? t.personnelThousand() : null);
    m.put("personnel_non_us_thousand", t.personnelKnown() ? t.personnelNonUsThousand() : null);
    m.put("missing", t.missing());
    return m;
  }

  private static <T> T parse(String field, String text, Function<String, T> parser) {
    return guarded(field, text, () -> parser.apply(text));
  }

  /** Runs engine code, naming the field when the engine refuses the input. */
  private static <T> T guarded(String field, String value, java.util.function.Supplier<T> work) {
    try {
      return work.get();
    } catch (dev.bulwark.guarantees.GuaranteesException e) {
      if (e.kind() != dev.bulwark.core.BulwarkException.Kind.BAD_INPUT
          || e instanceof UnknownPlaceException) {
        throw e;
      }
      throw ServerException.badInput(field, value, e.getMessage(), List.of(), e);
    }
  }
}
