package dev.bulwark.answers.reference;

import dev.bulwark.answers.AnswerContext;
import dev.bulwark.answers.question.ParamTypes;
import dev.bulwark.answers.table.Column;
import dev.bulwark.answers.table.Table;
import dev.bulwark.core.panel.SpendingDefinition;
import dev.bulwark.data.format.LedgerEdition;
import dev.bulwark.data.format.LedgerValue;
import dev.bulwark.data.revision.Revision;
import dev.bulwark.data.revision.Revisions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The answer of {@code sources --compare}: every figure that differs between two editions of a
 * source, one row each, and a summary per ally (as notes and as the {@code allies} attachment):
 * how many figures were revised, added or removed, how many estimates became reported figures,
 * and the largest revision relative to the older value.
 */
final class RevisionTable {

  private RevisionTable() {
  }

  /** Compares the two editions of a pair over the context's ledger. */
  static Table of(EditionPair pair, AnswerContext context) {
    String field = "compare";
    LedgerEdition older = ParamTypes.guarded(field, pair.older(),
        id -> context.ledger().edition(pair.source(), id));
    LedgerEdition newer = ParamTypes.guarded(field, pair.newer(),
        id -> context.ledger().edition(pair.source(), id));
    List<Revision> revisions = Revisions.between(older, newer);
    Table out = Table.of(Column.text("iso3", "the country's ISO3 code, or the publisher's"
            + " aggregate"),
        Column.count("year", "", "the calendar year of the figure"),
        Column.text("indicator", "the series, named with its unit (see 'bulwark spending')"),
        Column.text("unit", "the series' unit"),
        Column.text("change", "revised (the value changed), reflagged (only the estimate flag"
            + " changed), added or removed"),
        Column.number("old_value", "", 2, "the figure in the older edition, in the row's unit"),
        Column.number("new_value", "", 2, "the figure in the newer edition, in the row's unit"),
        Column.number("difference", "", 2, "new minus old value, in the row's unit"),
        Column.number("difference_pct", "% of the old value", 1, "the difference as a"
            + " percentage of the old value"),
        Column.text("old_flag", "the older edition's flag: empty (reported), estimate or"
            + " highly_uncertain"),
        Column.text("new_flag", "the newer edition's flag"),
        Column.text("estimate_replaced", "whether an estimate became a reported figure"));
    for (Revision r : revisions) {
      out.row(r.iso3(), r.year(), r.indicator().column(), r.indicator().unit(), r.kind().word(),
          value(r.before().map(LedgerValue::value)), value(r.after().map(LedgerValue::value)),
          value(r.difference()), value(r.differencePct()),
          r.before().map(v -> v.flag().word()).orElse(null),
          r.after().map(v -> v.flag().word()).orElse(null), r.estimateReplaced());
    }
    List<Map<String, Object>> allies = summary(revisions);
    return out.query("compare", pair.source().id() + "=" + pair.older() + ","
            + pair.source().id() + "=" + pair.newer())
        .notes(notes(older, newer, revisions, allies)).attach("allies", allies)
        .sources(List.of(older.edition().citation(), newer.edition().citation()));
  }

  /** Returns one summary per country or aggregate with any difference, by code. */
  private static List<Map<String, Object>> summary(List<Revision> revisions) {
    Map<String, List<Revision>> byAlly = new LinkedHashMap<>();
    revisions.forEach(r -> byAlly.computeIfAbsent(r.iso3(), k -> new ArrayList<>()).add(r));
    List<Map<String, Object>> out = new ArrayList<>();
    byAlly.forEach((iso3, list) -> {
      Map<String, Object> ally = new LinkedHashMap<>();
      ally.put("iso3", iso3);
      for (Revision.Kind kind : Revision.Kind.values()) {
        ally.put(kind.word(), list.stream().filter(r -> r.kind() == kind).count());
      }
      ally.put("estimates_replaced", list.stream().filter(Revision::estimateReplaced).count());
      list.stream().filter(r -> r.differencePct().isPresent())
          .max(Comparator.comparingDouble(r -> Math.abs(r.differencePct().getAsDouble())))
          .filter(r -> r.kind() == Revision.Kind.REVISED)
          .ifPresent(r -> ally.put("largest", Map.of("indicator", r.indicator().column(),
              "year", r.year(), "old_value", r.before().orElseThrow().value(),
              "new_value", r.after().orElseThrow().value(),
              "difference_pct", r.differencePct().getAsDouble())));
      out.add(ally);
    });
    return out;
  }

  private static List<String> notes(LedgerEdition older, LedgerEdition newer,
      List<Revision> revisions, List<Map<String, Object>> allies) {
    List<String> notes = new ArrayList<>();
    notes.add("from " + older.edition().citation() + " (" + older.edition().published() + ") to "
        + newer.edition().citation() + " (" + newer.edition().published() + "): "
        + count(revisions, Revision.Kind.REVISED) + " revised, "
        + count(revisions, Revision.Kind.REFLAGGED) + " reflagged, "
        + count(revisions, Revision.Kind.ADDED) + " added and "
        + count(revisions, Revision.Kind.REMOVED) + " removed figures; "
        + revisions.stream().filter(Revision::estimateReplaced).count()
        + " estimates replaced by reported figures; unchanged figures are not listed");
    for (Map<String, Object> ally : allies) {
      if (ally.get("largest") instanceof Map<?, ?> largest) {
        notes.add(String.format(Locale.ROOT, "%s: %d revised, largest %s %s %.2f → %.2f"
                + " (%+.1f%%)", ally.get("iso3"), ally.get(Revision.Kind.REVISED.word()),
            largest.get("indicator"), largest.get("year"), largest.get("old_value"),
            largest.get("new_value"), largest.get("difference_pct")));
      }
    }
    if (!older.edition().definition().equals(newer.edition().definition())) {
      notes.add("the definition changed: " + words(older) + " in " + older.edition().citation()
          + ", " + words(newer) + " in " + newer.edition().citation() + "; spending and shares"
          + " of the two count different things, so a difference between them is not a"
          + " revision of one figure");
    }
    if (older.edition().priceBase().isPresent() && !older.edition().priceBase()
        .equals(newer.edition().priceBase())) {
      notes.add("the price base moved from " + older.edition().priceBase().getAsInt() + " to "
          + newer.edition().priceBase().orElse(0) + ": constant-price series differ by the"
          + " change of base, not only by revision");
    }
    return notes;
  }

  private static String words(LedgerEdition edition) {
    return edition.edition().definition().map(SpendingDefinition::words)
        .orElse("no stated definition");
  }

  private static long count(List<Revision> revisions, Revision.Kind kind) {
    return revisions.stream().filter(r -> r.kind() == kind).count();
  }

  private static Double value(Optional<Double> value) {
    return value.orElse(null);
  }

  private static Double value(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }
}
