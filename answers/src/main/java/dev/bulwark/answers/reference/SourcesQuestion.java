package dev.bulwark.answers.reference;

import dev.bulwark.answers.AnswerContext;
import dev.bulwark.answers.question.Arguments;
import dev.bulwark.answers.question.Param;
import dev.bulwark.answers.question.ParamTypes;
import dev.bulwark.answers.question.Question;
import dev.bulwark.answers.question.Spec;
import dev.bulwark.answers.table.Column;
import dev.bulwark.answers.table.Table;
import dev.bulwark.core.panel.Edition;
import dev.bulwark.core.panel.Source;
import dev.bulwark.core.panel.SpendingDefinition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every edition of every source, embedded or imported, and which one the answers use; with
 * {@code verify}, every imported edition re-checked as an import checks it, its problems listed in
 * the notes; with {@code compare}, what changed between two editions of a source instead
 * ({@link RevisionTable}).
 */
public final class SourcesQuestion implements Question<SourcesQuestion.Request> {

  /**
   * What to list.
   *
   * @param verify whether to re-check every imported edition
   * @param compare two editions of a source whose figures to compare instead of listing editions
   */
  public record Request(boolean verify, Optional<EditionPair> compare) {}

  static final Param<Boolean> VERIFY = Param.of("verify", ParamTypes.flag(), "false",
      "Re-check every imported edition (years, duplicates, plausible values, NATO's tables"
          + " against each other) and list its problems in the notes.", "true");

  static final Param<EditionPair> COMPARE = Param.optional("compare", EditionPair.type(),
      "List every figure that differs between two editions of one source (old and new value,"
          + " difference, flags), figures added and removed, and a summary per ally.",
      "nato=2023,nato=2024");

  private static final Spec SPEC = new Spec("sources", "/api/sources",
      "Every edition and which one is in use",
      List.of(
          "Lists every edition of every source: the embedded ones and those you imported with",
          "'bulwark import', with publication date, origin file, terms of use, and which edition",
          "the other commands use (the newest, unless --edition chooses). --verify re-checks",
          "every imported edition as 'bulwark import' checks a workbook and lists the problems.",
          "",
          "--compare lists what a publisher revised between two of its editions: after importing",
          "NATO's 2025 tables, 'bulwark sources --compare nato=2024,nato=2025' shows every figure",
          "whose value or estimate flag changed (old, new, difference), the figures added and",
          "removed, and per ally how many changed and the largest revision. Unchanged figures",
          "are not listed. Releases of Kiel's aid tracker compare month by month:",
          "'bulwark sources --compare kiel=28,kiel=29' after importing Release 29."),
      List.of("bulwark sources", "bulwark sources --edition nato=2024 --format json",
          "bulwark sources --verify", "bulwark sources --compare nato=2023,nato=2024"),
      List.of(VERIFY, COMPARE));

  @Override
  public Spec spec() {
    return SPEC;
  }

  @Override
  public Request request(Arguments arguments) {
    return new Request(arguments.value(VERIFY), arguments.optional(COMPARE));
  }

  @Override
  public Table answer(Request request, AnswerContext context) {
    if (request.compare().isPresent()) {
      EditionPair pair = request.compare().get();
      return pair.source() == Source.KIEL ? AidRevisionTable.of(pair, context)
          : RevisionTable.of(pair, context);
    }
    var ledger = context.ledger();
    Set<Edition> inUse = new HashSet<>(ledger.panel().editions());
    inUse.add(ledger.aid().edition());
    Table out = Table.of(Column.text("source", "the publisher's id"),
        Column.text("edition", "the edition's id"),
        Column.text("title", "the edition as the publisher names it"),
        Column.text("published", "publication date"),
        Column.count("price_base_year", "", "the year of the constant-price series' prices"),
        Column.text("origin", "the file the figures were read from"),
        Column.text("in_use", "whether the answers use this edition"),
        Column.text("definition", "what the edition counts as defence spending: nato_total,"
            + " hague_core (NATO's core figures from 2026) or sipri_milex; empty for other"
            + " series"),
        Column.text("terms", "the publisher's terms of use"));
    Stream.concat(ledger.availableEditions().stream(), ledger.aidReleases().stream())
        .sorted(Comparator.comparing(Edition::source).thenComparing(Edition::published))
        .forEach(e -> out.row(e.source().id(), e.id(), e.title(), e.published().toString(),
            e.priceBase().isPresent() ? e.priceBase().getAsInt() : null, e.origin(),
            inUse.contains(e), e.definition().map(SpendingDefinition::id).orElse(null),
            e.source().terms()));
    List<String> notes = new ArrayList<>(ledger.problems());
    if (request.verify()) {
      List<String> found = ledger.verify();
      notes.addAll(found.isEmpty() ? List.of("verified: every imported edition passes the"
          + " import's checks") : found);
    }
    return out.notes(notes);
  }
}
