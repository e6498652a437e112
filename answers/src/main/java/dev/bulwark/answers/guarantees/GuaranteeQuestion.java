package dev.bulwark.answers.guarantees;

import static dev.bulwark.answers.guarantees.GuaranteeParams.ATTACKER;
import static dev.bulwark.answers.guarantees.GuaranteeParams.DATE;
import static dev.bulwark.answers.guarantees.GuaranteeParams.SOURCE;

import dev.bulwark.answers.AnswerContext;
import dev.bulwark.answers.AnswersException;
import dev.bulwark.answers.question.Arguments;
import dev.bulwark.answers.question.Param;
import dev.bulwark.answers.question.ParamTypes;
import dev.bulwark.answers.question.Question;
import dev.bulwark.answers.question.Spec;
import dev.bulwark.answers.table.Column;
import dev.bulwark.answers.table.Table;
import dev.bulwark.guarantees.engine.Assessment;
import dev.bulwark.guarantees.engine.Attack;
import dev.bulwark.guarantees.engine.Intensity;
import dev.bulwark.guarantees.engine.Outcome;
import dev.bulwark.guarantees.geo.Located;
import dev.bulwark.guarantees.geo.UnknownPlaceException;
import dev.bulwark.guarantees.treaty.Strength;
import dev.bulwark.guarantees.treaty.TargetKind;
import dev.bulwark.guarantees.weight.Capacity;
import dev.bulwark.guarantees.weight.CapacitySource;
import dev.bulwark.guarantees.weight.GuaranteeWeight;
import dev.bulwark.guarantees.weight.Tally;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which states are bound to respond to an attack, under which instrument and article, how
 * strongly, why the others are not, and their military capacity with and without the United
 * States: the obligation engine's assessment weighed by {@link GuaranteeWeight}
 * ({@code usSharePct = 100 × milex(USA) / Σ milex} over the states bound at level 3 or more).
 */
public final class GuaranteeQuestion implements Question<GuaranteeQuestion.Request> {

  /**
   * The request.
   *
   * @param attacker the attacker's ISO3 code, or empty for a non-state attacker
   * @param target the ISO3 code of the state attacked
   * @param kind what is hit
   * @param place where, located in the gazetteer, or empty for the target's territory
   * @param date the day
   * @param intensity how grave the act is
   * @param source whose military expenditure figures are summed
   */
  public record Request(Optional<String> attacker, String target, TargetKind kind,
      Optional<Located> place, LocalDate date, Intensity intensity, CapacitySource source) {}

  static final Param<String> TARGET = Param.required("target", ParamTypes.country(),
      "The state attacked (code or name).", "EST");
  static final Param<TargetKind> KIND = Param.of("kind", ParamTypes.domain(
      "territory|forces|vessel|aircraft|cyber", "territory, forces, vessel, aircraft or cyber",
      TargetKind::of), "territory", "What is hit.", "forces");
  static final Param<Located> PLACE = Param.optional("place", ParamTypes.of("PLACE|LAT,LON",
      "string", "a place id or alias, a country, or LAT,LON", GuaranteeQuestion::locate),
      "Where: a place id (senkaku-islands), a country (UKR) or a point (25.7,123.5; the nearest "
          + "place is used and its distance printed). Default: the target's metropolitan "
          + "territory.", "EST").alias("--at");
  static final Param<Intensity> INTENSITY = Param.of("intensity", ParamTypes.domain(
      "armed_attack|nuclear|intercepted|below_threshold",
      "armed_attack, nuclear, intercepted or below_threshold", Intensity::of), "armed_attack",
      "How grave the act is.", "nuclear");

  private static final Spec SPEC = new Spec("guarantee", "/api/guarantees/assessment",
      "Which states are bound to respond to an attack",
      List.of(
          "Given an armed attack by a state on a state's territory or forces at a place on a date:",
          "which states are bound to respond, under which instrument and article, how strongly",
          "(scale of docs/guarantees.md, 5 automatic ... 0 assurances), with what confidence (V, M,",
          "D), why each other instrument does not apply, and which answers are disputed (both",
          "readings). Each bound state's military expenditure (NATO's tables for allies from their",
          "accession, else SIPRI, current US$; --source sipri for SIPRI's throughout) and the",
          "totals with and without the United States follow; a total that adds both definitions",
          "says so, and the range of strengths of the states bound to defend is given."),
      List.of("bulwark guarantee --attacker RUS --target EST --date 2025-02-12",
          "bulwark guarantee --attacker RUS --target FRA --kind forces --at UKR",
          "bulwark guarantee --attacker CHN --target JPN --at senkaku-islands",
          "bulwark guarantee --attacker CHN --target PHL --kind vessel --at 9.75,115.87 "
              + "--format csv",
          "bulwark guarantee --attacker RUS --target SWE --date 2023-06-01 --source sipri"),
      List.of(ATTACKER, TARGET, KIND, PLACE, DATE, INTENSITY, SOURCE));

  @Override
  public Spec spec() {
    return SPEC;
  }

  @Override
  public Request request(Arguments arguments) {
    return new Request(arguments.optional(ATTACKER), arguments.value(TARGET),
        arguments.value(KIND), arguments.optional(PLACE), arguments.value(DATE),
        arguments.value(INTENSITY), arguments.value(SOURCE));
  }

  @Override
  public Table answer(Request request, AnswerContext context) {
    Located where = request.place().orElseGet(() -> new Located(
        context.gazetteer().metropolitan(request.target()), 0, true));
    Attack attack = ParamTypes.guarded(PLACE.name(), where.place().id(), id -> new Attack(
        request.attacker(), request.target(), request.kind(), where.place(), request.date(),
        request.intensity()));
    Assessment assessment = context.engine().assess(attack);
    var panel = context.ledger().panel();
    GuaranteeWeight weigher = GuaranteeWeight.withDefaults().withSource(request.source())
        .withTreaties(context.engine().treaties());
    GuaranteeWeight.Weight weight = weigher.weigh(assessment, panel);
    GuaranteeWeight.Weight defenders = weigher
        .withMinimumStrength(Strength.CONSTITUTIONAL_PROCESSES).weigh(assessment, panel);
    Table out = Table.of(Column.text("outcome", "bound, disputed or not_bound"),
        Column.text("iso3", "the state the row is about"), GuaranteeParams.INSTRUMENT,
        GuaranteeParams.ARTICLE, GuaranteeParams.STRENGTH_LEVEL, GuaranteeParams.STRENGTH,
        Column.text("confidence", "V verified, M from memory, C computed, D disputed"),
        GuaranteeParams.MILEX, Column.text("capacity_source", "edition and year of the figure"),
        Column.text("milex_definition", "whose definition the figure follows: nato or sipri"),
        Column.text("reason", "why the state is bound or not (for a disputed row, the reading "
            + "that binds it)"), Column.text("rule", "the engine's rule that decided"),
        Column.text("other_reading", "for a disputed row, the reading that does not bind it"));
    Map<String, Capacity> capacity = weight.tally().capacities().stream()
        .collect(Collectors.toMap(Capacity::iso3, c -> c));
    assessment.outcomes().forEach(o -> row(out, o, capacity));
    notes(out, assessment, where, weight, defenders);
    return out.query("attacker", request.attacker().orElse(null))
        .query("target", request.target()).query("kind", request.kind().id())
        .query("place", where.place().id()).query("place_name", where.place().name())
        .query("distance_km", where.distanceKm()).query("date", request.date().toString())
        .query("intensity", request.intensity().id()).query("source", request.source().id())
        .attach("bound", bound(assessment, context)).attach("weight", weight(defenders, weight))
        .sources(List.of("Bulwark treaty base (docs/guarantees.md)"));
  }

  private static void row(Table out, Outcome o, Map<String, Capacity> capacity) {
    if (o instanceof Outcome.Bound b) {
      Capacity c = capacity.get(b.guarantor());
      out.row("bound", b.guarantor(), b.instrument(), b.article(), b.strength().level(),
          b.strength().id(), b.confidence().mark(), c == null ? null : c.milexUsdMillion(),
          c == null ? null : c.provenance() + " (" + c.year() + ")",
          c == null ? null : c.definition().id(), b.reason(), b.rule(), null);
    } else if (o instanceof Outcome.Disputed d) {
      for (String state : d.guarantors()) {
        out.row("disputed", state, d.instrument(), d.article(), d.strength().level(),
            d.strength().id(), d.confidence().mark(), null, null, null, d.boundReading(), d.rule(),
            d.notBoundReading());
      }
    } else if (o instanceof Outcome.NotBound n) {
      for (String state : n.states().isEmpty() ? Collections.<String>singletonList(null)
          : n.states()) {
        out.row("not_bound", state, n.instrument(), n.article(), null, null,
            n.confidence().mark(), null, null, null, n.reason(), n.rule(), null);
      }
    }
  }

  private static void notes(Table out, Assessment assessment, Located where,
      GuaranteeWeight.Weight weight, GuaranteeWeight.Weight defenders) {
    Tally t = defenders.tally();
    Attack attack = assessment.attack();
    out.notes("Attack: " + attack.attacker().orElse("a non-state attacker") + " on "
        + attack.target() + " " + attack.kind().id() + " at " + where.describe() + " on "
        + attack.date() + " (" + attack.intensity().id() + ").");
    out.notes(String.format(Locale.ROOT, "Bound to defend (level 3 or stronger): %d"
        + " states%s; military expenditure %,.0f million US$ (US share %.1f%%); without the US"
        + " %,.0f million US$. Bound at any level, consultation and assurances included: %d.",
        t.states().size(), t.states().isEmpty() ? "" : " at " + defenders.strengthRange(),
        t.milexUsdMillion(), Double.isNaN(t.usSharePct()) ? 0 : t.usSharePct(),
        t.milexNonUsUsdMillion(), weight.tally().states().size()));
    if (!t.missing().isEmpty()) {
      out.notes("No military expenditure figure for " + String.join(", ", t.missing()) + ".");
    }
    if (!t.estimated().isEmpty()) {
      out.notes("Estimates in that total: " + String.join(", ", t.estimated()) + ".");
    }
    if (t.definitions().size() > 1) {
      out.notes(GuaranteeParams.MIXED_DEFINITIONS);
    }
    out.notes(assessment.caveats());
  }

  /** The strongest obligation of each bound state, for the map. */
  private static List<Map<String, Object>> bound(Assessment assessment, AnswerContext context) {
    List<Map<String, Object>> bound = new ArrayList<>();
    assessment.strongestByGuarantor().forEach((iso3, b) -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("iso3", b.guarantor());
      row.put("country", context.countries().find(b.guarantor()).map(c -> c.name())
          .orElse(b.guarantor()));
      row.put("instrument", b.instrument());
      row.put("article", b.article());
      row.put("strength", b.strength().id());
      row.put("strength_level", b.strength().level());
      row.put("level", b.strength().level());
      row.put("reason", b.reason());
      bound.add(row);
    });
    return bound;
  }

  /** The capacity of the states bound to defend (level 3 or stronger). */
  private static Map<String, Object> weight(GuaranteeWeight.Weight defenders,
      GuaranteeWeight.Weight all) {
    Tally t = defenders.tally();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("states", t.states().size());
    m.put("milex_usd_current_m", t.milexUsdMillion());
    m.put("milex_non_us_usd_current_m", t.milexNonUsUsdMillion());
    m.put("us_share_pct", Double.isFinite(t.usSharePct()) ? t.usSharePct() : null);
    m.put("personnel_thousand", t.personnelKnown() ? t.personnelThousand() : null);
    m.put("personnel_non_us_thousand", t.personnelKnown() ? t.personnelNonUsThousand() : null);
    m.put("missing", t.missing());
    m.put("milex_definition", t.definitionLabel());
    m.put("milex_estimates", t.estimated());
    m.put("strength_range", t.states().isEmpty() ? null : defenders.strengthRange());
    m.put("strongest", t.states().isEmpty() ? null : defenders.strongest().id());
    m.put("weakest", t.states().isEmpty() ? null : defenders.weakest().id());
    m.put("year", all.year());
    m.put("bound_any_level", all.tally().states().size());
    return m;
  }

  /** Finds a place; an unknown one is refused with suggestions, a bad point naming the field. */
  private static Located locate(String field, String text, AnswerContext context) {
    return ParamTypes.guarded(field, text, t -> {
      try {
        return context.gazetteer().locate(t);
      } catch (UnknownPlaceException e) {
        throw AnswersException.badInput(field, t, e.getMessage(), e.suggestions(), e);
      }
    });
  }
}
