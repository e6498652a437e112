package dev.bulwark.cli;

import dev.bulwark.guarantees.Ids;
import dev.bulwark.guarantees.treaty.Clause;
import dev.bulwark.guarantees.treaty.Instrument;
import dev.bulwark.guarantees.treaty.Party;
import dev.bulwark.guarantees.treaty.TargetKind;
import dev.bulwark.guarantees.treaty.Treaties;
import dev.bulwark.cli.output.Column;
import dev.bulwark.cli.output.Tabular;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The treaty base: instruments, their clauses and their parties, with sources. */
@Command(name = "treaties", mixinStandardHelpOptions = true,
    description = {
        "Lists the collective-defence instruments Bulwark knows, one row per clause (article, kind,",
        "strength, geographic scope, what it covers, confidence V/M/C/D, source), or with --parties",
        "one row per spell of membership (from, to, status). Facts come from the project's",
        "treaty fact sheet; docs/guarantees.md lists the rules the engine applies to them.",
    },
    footer = {"", "Examples:", "  bulwark treaties", "  bulwark treaties --id nato",
        "  bulwark treaties --id csto --parties --format csv"})
final class TreatiesCommand implements Runnable {

  @Mixin
  private OutputOptions output;

  @Option(names = "--id", paramLabel = "ID", description = "Only this instrument (nato, eu-42-7,"
      + " us-japan, us-rok, us-philippines, anzus, rio, taiwan-relations-act, budapest,"
      + " ukraine-2024, csto, russia-dprk-2024, china-dprk-1961, russia-belarus-2024, jef).")
  private String id;

  @Option(names = "--parties", description = "List the parties instead of the clauses.")
  private boolean parties;

  @Override
  public void run() {
    Treaties treaties = Treaties.bundled();
    List<Instrument> chosen = id == null ? treaties.all() : List.of(treaties.byId(id));
    output.print(parties ? parties(chosen) : clauses(chosen));
  }

  private static Tabular clauses(List<Instrument> instruments) {
    Tabular out = new Tabular(Column.text("instrument"), Column.text("name"),
        Column.text("article"), Column.text("kind"), Column.text("strength_level"),
        Column.text("strength"), Column.text("scope"), Column.text("targets"),
        Column.text("from"), Column.text("to"), Column.text("parties_today"),
        Column.text("confidence"), Column.text("trigger"), Column.text("source"));
    LocalDate today = LocalDate.now();
    for (Instrument i : instruments) {
      for (Clause c : i.clauses()) {
        out.row(i.id(), i.name(), c.article(), Ids.of(c.kind()), c.strength().level(),
            c.strength().id(), Ids.of(c.scope()),
            String.join(" ", c.targets().stream().map(TargetKind::id).sorted().toList()),
            c.period().from().toString(), c.period().to().map(LocalDate::toString).orElse(null),
            String.join(" ", i.partiesOn(today).stream().map(Party::iso3).toList()),
            c.confidence().mark(), c.trigger(), i.source());
      }
    }
    out.note("");
    out.note("Confidence: V verified against a consulted source, M from memory, C computed"
        + " (derived by a documented tool), D disputed.");
    return out;
  }

  private static Tabular parties(List<Instrument> instruments) {
    Tabular out = new Tabular(Column.text("instrument"), Column.text("iso3"), Column.text("from"),
        Column.text("to"), Column.text("status"), Column.text("confidence"), Column.text("note"),
        Column.text("source"));
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
