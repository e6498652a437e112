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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Every edition of every source, embedded or imported, and which one the answers use; with
 * {@code verify}, every imported edition re-checked as an import checks it, its problems listed in
 * the notes.
 */
public final class SourcesQuestion implements Question<SourcesQuestion.Request> {

  /**
   * What to list.
   *
   * @param verify whether to re-check every imported edition
   */
  public record Request(boolean verify) {}

  static final Param<Boolean> VERIFY = Param.of("verify", ParamTypes.flag(), "false",
      "Re-check every imported edition (years, duplicates, plausible values, NATO's tables"
          + " against each other) and list its problems in the notes.", "true");

  private static final Spec SPEC = new Spec("sources", "/api/sources",
      "Every edition and which one is in use",
      List.of(
          "Lists every edition of every source: the embedded ones and those you imported with",
          "'bulwark import', with publication date, origin file, terms of use, and which edition",
          "the other commands use (the newest, unless --edition chooses). --verify re-checks",
          "every imported edition as 'bulwark import' checks a workbook and lists the problems."),
      List.of("bulwark sources", "bulwark sources --edition nato=2024 --format json",
          "bulwark sources --verify"),
      List.of(VERIFY));

  @Override
  public Spec spec() {
    return SPEC;
  }

  @Override
  public Request request(Arguments arguments) {
    return new Request(arguments.value(VERIFY));
  }

  @Override
  public Table answer(Request request, AnswerContext context) {
    var ledger = context.ledger();
    Set<Edition> inUse = Set.copyOf(ledger.panel().editions());
    Table out = Table.of(Column.text("source", "the publisher's id"),
        Column.text("edition", "the edition's id"),
        Column.text("title", "the edition as the publisher names it"),
        Column.text("published", "publication date"),
        Column.count("price_base_year", "", "the year of the constant-price series' prices"),
        Column.text("origin", "the file the figures were read from"),
        Column.text("in_use", "whether the answers use this edition"),
        Column.text("terms", "the publisher's terms of use"));
    ledger.availableEditions().stream()
        .sorted(Comparator.comparing(Edition::source).thenComparing(Edition::published))
        .forEach(e -> out.row(e.source().id(), e.id(), e.title(), e.published().toString(),
            e.priceBase().isPresent() ? e.priceBase().getAsInt() : null, e.origin(),
            inUse.contains(e), e.source().terms()));
    List<String> notes = new ArrayList<>(ledger.problems());
    if (request.verify()) {
      List<String> found = ledger.verify();
      notes.addAll(found.isEmpty() ? List.of("verified: every imported edition passes the"
          + " import's checks") : found);
    }
    return out.notes(notes);
  }
}
