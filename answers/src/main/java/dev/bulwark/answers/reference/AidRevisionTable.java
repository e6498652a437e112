package dev.bulwark.answers.reference;

import dev.bulwark.answers.AnswerContext;
import dev.bulwark.answers.question.ParamTypes;
import dev.bulwark.answers.table.Column;
import dev.bulwark.answers.table.Table;
import dev.bulwark.core.aid.AidRelease;
import dev.bulwark.data.revision.AidRevision;
import dev.bulwark.data.revision.AidRevisions;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The answer of {@code sources --compare kiel=A,kiel=B}: every figure of Kiel's tracker that
 * differs between two releases, one row each (donor, month, measure), with a note per donor of
 * how much its whole-period allocations moved.
 */
final class AidRevisionTable {

  private AidRevisionTable() {
  }

  /** Compares the two releases of a pair over the context's ledger. */
  static Table of(EditionPair pair, AnswerContext context) {
    AidRelease older = ParamTypes.guarded("compare", pair.older(),
        id -> context.ledger().aidRelease(id));
    AidRelease newer = ParamTypes.guarded("compare", pair.newer(),
        id -> context.ledger().aidRelease(id));
    List<AidRevision> revisions = AidRevisions.between(older, newer);
    Table out = Table.of(Column.text("iso3", "the donor's code (EUU: the EU institutions), or"
            + " ALL for a channel of all donors' military aid"),
        Column.text("month", "the month, yyyy-mm"),
        Column.text("measure", "military, financial, humanitarian, committed, to_be_allocated,"
            + " or a channel (stocks, procured, unspecified, nato_purl)"),
        Column.text("change", "revised, added or removed"),
        Column.number("old_eur_bn", "billion current EUR", 4, "the older release's figure"),
        Column.number("new_eur_bn", "billion current EUR", 4, "the newer release's figure"),
        Column.number("difference_eur_bn", "billion current EUR", 4,
            "new minus old, a missing figure counting as 0"));
    Map<String, Double> byDonor = new TreeMap<>();
    for (AidRevision r : revisions) {
      out.row(r.iso3(), r.month().toString(), r.measure(), r.kind().word(),
          r.before().isPresent() ? r.before().getAsDouble() : null,
          r.after().isPresent() ? r.after().getAsDouble() : null, r.difference());
      if (List.of("military", "financial", "humanitarian").contains(r.measure())) {
        byDonor.merge(r.iso3(), r.difference(), Double::sum);
      }
    }
    out.notes("from " + older.edition().citation() + " (" + older.edition().published() + ") to "
        + newer.edition().citation() + " (" + newer.edition().published() + "): "
        + revisions.size() + " figures differ; unchanged figures are not listed");
    byDonor.forEach((iso3, change) -> out.notes(String.format(Locale.ROOT,
        "%s: allocations revised by %+.3f EUR bn", iso3, change)));
    return out.query("compare", "kiel=" + pair.older() + ",kiel=" + pair.newer())
        .sources(List.of(older.edition().citation(), newer.edition().citation()));
  }
}
