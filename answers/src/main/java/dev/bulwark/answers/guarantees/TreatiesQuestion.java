package dev.bulwark.answers.guarantees;

import static dev.bulwark.answers.guarantees.GuaranteeParams.DATE;

import dev.bulwark.answers.AnswerContext;
import dev.bulwark.answers.question.Arguments;
import dev.bulwark.answers.question.Param;
import dev.bulwark.answers.question.ParamTypes;
import dev.bulwark.answers.question.Question;
import dev.bulwark.answers.question.Spec;
import dev.bulwark.answers.table.Column;
import dev.bulwark.answers.table.Table;
import dev.bulwark.guarantees.Ids;
import dev.bulwark.guarantees.treaty.Clause;
import dev.bulwark.guarantees.treaty.Instrument;
import dev.bulwark.guarantees.treaty.Party;
import dev.bulwark.guarantees.treaty.TargetKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The treaty base: one row per clause of each collective-defence instrument (with the parties on
 * the date), or one row per spell of membership; facts from the project's treaty fact sheet.
 */
public final class TreatiesQuestion implements Question<TreatiesQuestion.Request> {

  /**
   * The request.
   *
   * @param id the instrument, or empty for every one
   * @param parties whether to list the parties instead of the clauses
   * @param date the day the parties of a clause row are read on
   */
  public record Request(Optional<String> id, boolean parties, LocalDate date) {}

  static final Param<String> ID = Param.optional("id", ParamTypes.of("ID", "string",
      "an instrument id (nato, eu-42-7, us-japan, anzus, ...)", (field, text, context) ->
          ParamTypes.guarded(field, text, t -> context.engine().treaties().byId(t).id())),
      "Only this instrument (nato, eu-42-7, us-japan, us-rok, us-philippines, anzus, rio, "
          + "taiwan-relations-act, budapest, ukraine-2024, csto, russia-dprk-2024, "
          + "china-dprk-1961, russia-belarus-2024, jef, ...).", "nato");
  static final Param<Boolean> PARTIES = Param.of("parties", ParamTypes.flag(), "false",
      "List the parties instead of the clauses.", "true");

  private static final Spec SPEC = new Spec("treaties", "/api/guarantees/treaties",
      "The treaty base, one row per clause",
      List.of(
          "Lists the collective-defence instruments Bulwark knows, one row per clause (article, kind,",
          "strength, geographic scope, what it covers, the parties on --date, confidence V/M/C/D,",
          "source), or with --parties one row per spell of membership (from, to, status). Facts",
          "come from the project's treaty fact sheet; docs/guarantees.md lists the rules the engine",
          "applies to them."),
      List.of("bulwark treaties", "bulwark treaties --id nato",
          "bulwark treaties --id csto --parties --format csv"),
      List.of(ID, PARTIES, DATE));

  @Override
  public Spec spec() {
    return SPEC;
  }

  @Override
  public Request request(Arguments arguments) {
    return new Request(arguments.optional(ID), arguments.value(PARTIES), arguments.value(DATE));
  }

  @Override
  public Table answer(Request request, AnswerContext context) {
    var treaties = context.engine().treaties();
    List<Instrument> chosen = request.id().map(id -> List.of(treaties.byId(id)))
        .orElse(treaties.all());
    Table out = request.parties() ? parties(chosen) : clauses(chosen, request.date());
    return out.query("id", request.id().orElse(null)).query("parties", request.parties())
        .query("date", request.date().toString())
        .sources(List.of("Bulwark treaty base (docs/guarantees.md)"));
  }

  private static Table clauses(List<Instrument> instruments, LocalDate date) {
    Table out = Table.of(GuaranteeParams.INSTRUMENT, Column.text("name", "the instrument"),
        GuaranteeParams.ARTICLE, Column.text("kind", "what the clause does"),
        GuaranteeParams.STRENGTH_LEVEL, GuaranteeParams.STRENGTH,
        Column.text("scope", "where it applies"),
        Column.text("targets", "what attacks it covers, separated by spaces"),
        Column.text("from", "in force from"), Column.text("to", "in force to, empty if still"),
        Column.text("parties_today", "the parties on the date, separated by spaces"),
        Column.text("confidence", "V verified, M from memory, C computed, D disputed"),
        Column.text("trigger", "what engages it"), Column.text("source", "the source of the text"));
    for (Instrument i : instruments) {
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
    return out.notes("Confidence: V verified against a consulted source, M from memory, C"
        + " computed (derived by a documented tool), D disputed.");
  }

  private static Table parties(List<Instrument> instruments) {
    Table out = Table.of(GuaranteeParams.INSTRUMENT, Column.text("iso3", "the party"),
        Column.text("from", "party from"), Column.text("to", "party to, empty if still"),
        Column.text("status", "member, beneficiary, ..."),
        Column.text("confidence", "V verified, M from memory, C computed, D disputed"),
        Column.text("note", "what the record notes"), Column.text("source", "the source"));
    for (Instrument i : instruments) {
      i.beneficiary().ifPresent(b -> out.row(i.id(), b, i.inForce().toString(), null,
          "beneficiary", i.confidence().mark(), "the state the instrument protects", i.source()));
      for (Party p : i.parties()) {
        out.row(i.id(), p.iso3(), p.period().from().toString(),
            p.period().to().map(LocalDate::toString).orElse(null), Ids.of(p.status()),
            p.confidence().mark(), p.note(), p.source().isEmpty() ? i.source() : p.source());
      }
    }
    return out;
  }
}
