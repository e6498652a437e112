package dev.bulwark.cli;

import dev.bulwark.cli.output.Column;
import dev.bulwark.cli.output.Tabular;
import dev.bulwark.core.BadInputException;
import dev.bulwark.posture.forces.PersonnelCount;
import dev.bulwark.posture.forces.Quarter;
import dev.bulwark.posture.theatre.Command;
import dev.bulwark.posture.theatre.HostCount;
import dev.bulwark.posture.theatre.ReconciledClaim;
import dev.bulwark.posture.theatre.Reconciliation;
import dev.bulwark.posture.theatre.TheatrePosture;
import dev.bulwark.posture.theatre.TheatreTotal;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Where US forces stand: by combatant command, by host, over time, and against public claims. */
@picocli.CommandLine.Command(name = "posture", mixinStandardHelpOptions = true,
    description = {
        "US military personnel by combatant command (EUCOM, INDOPACOM, CENTCOM, AFRICOM,",
        "NORTHCOM, SOUTHCOM) from DMDC's quarterly reports, 1950 to the latest. Active duty in",
        "foreign hosts (stationed abroad) is kept apart from US territories (Guam, Puerto Rico)",
        "and from Hawaii and Alaska, which belong to a command without being abroad. Hosts",
        "go to the command of the plan in force at the end of the quarter (Israel: EUCOM until",
        "31 August 2021, then CENTCOM). Quarters DMDC did not report (2022Q4, 2023Q1, 2023Q2)",
        "are missing, never zero. --theater lists one command's hosts; --from/--to gives the",
        "trend; --reconcile sets the February 2025 claims (about 100,000 in Europe, a third in",
        "Germany; 375,000 assigned to the Indo-Pacific) beside what the counts support.",
    },
    footer = {"", "Examples:", "  bulwark posture",
        "  bulwark posture --theater EUCOM --quarter 2024Q4",
        "  bulwark posture --from 2014 --to 2025 --format csv > posture-trend.csv",
        "  bulwark posture --reconcile"})
final class PostureCommand implements Runnable {

  private static final String SOURCE = "DMDC, Military and Civilian Personnel by Service/Agency"
      + " by State/Country (quarterly), via troopdata; Bulwark's command plan";

  @Mixin
  private OutputOptions output;

  @Option(names = {"--theater", "--theatre"}, paramLabel = "COMMAND",
      description = "Only this command; with one quarter, list its hosts (EUCOM, INDOPACOM, "
          + "CENTCOM, AFRICOM, NORTHCOM, SOUTHCOM).")
  private String theater;

  @Option(names = "--quarter", paramLabel = "YYYYQn",
      description = "The report quarter, e.g. 2024Q4 (default: the latest report).")
  private String quarter;

  @Option(names = "--from", paramLabel = "YEAR", description = "First year of a trend.")
  private Integer from;

  @Option(names = "--to", paramLabel = "YEAR",
      description = "Last year of a trend (default with --from: the latest report's year).")
  private Integer to;

  @Option(names = "--reconcile",
      description = "Set the February 2025 claims beside what the counts support, with reasons.")
  private boolean reconcile;

  @Override
  public void run() {
    TheatrePosture posture = TheatrePosture.withDefaults();
    Tabular out;
    if (reconcile) {
      out = reconciliation(Reconciliation.withDefaults());
    } else if (from != null || to != null) {
      out = trend(posture);
    } else {
      Quarter q = quarter == null ? posture.forces().latest() : Quarter.parse(quarter);
      posture.requireReported(q);
      out = theater == null ? totals(posture.totals(q), posture, q) : hosts(posture, q);
    }
    output.print(out);
  }

  private Tabular trend(TheatrePosture posture) {
    Quarter latest = posture.forces().latest();
    int first = from == null ? latest.year() : from;
    int last = to == null ? latest.year() : to;
    BadInputException.require(first <= last, "--from must not be after --to, was " + first
        + " and " + last);
    TheatrePosture.Trend trend = posture.trend(new Quarter(first, 1), new Quarter(last, 4));
    Tabular out = totals(trend.totals(), posture, null);
    if (!trend.unreported().isEmpty()) {
      out.note("not reported by DMDC (missing, not zero): " + trend.unreported());
    }
    return out;
  }

  private Tabular totals(List<TheatreTotal> totals, TheatrePosture posture, Quarter q) {
    Tabular out = new Tabular(Column.text("quarter"), Column.text("command"),
        Column.text("abroad_active_duty"), Column.text("us_territories_active_duty"),
        Column.text("us_states_active_duty"), Column.text("in_theatre_active_duty"),
        Column.text("abroad_guard_reserve"), Column.text("abroad_civilians"),
        Column.text("hosts"));
    Command only = theater == null ? null : Command.of(theater);
    for (TheatreTotal t : totals) {
      boolean empty = t.command() == Command.UNASSIGNED && t.inTheatre() == 0;
      if ((only == null || t.command() == only) && !empty) {
        out.row(t.quarter().toString(), t.command().name(), t.abroad(), t.usTerritories(),
            t.usStates(), t.inTheatre(), t.abroadGuardReserve(), t.abroadCivilians(), t.hosts());
      }
    }
    out.note("");
    if (q != null) {
      out.note("report: DMDC " + q + "; United States (domestic) active duty, not in any row: "
          + posture.forces().activeDuty("USA", q).orElse(0));
    }
    out.note("abroad: foreign hosts; us_territories: Guam, the Northern Marianas, Puerto Rico and"
        + " other US territories; us_states: Hawaii and Alaska (from 2008); in_theatre = the sum."
        + " Rotational forces and forces based in the continental US are not in these counts.");
    out.note("Guard/Reserve and civilians are reported from 2008 (0 before). Source: " + SOURCE);
    return out;
  }

  private Tabular hosts(TheatrePosture posture, Quarter q) {
    Command command = Command.of(theater);
    Tabular out = new Tabular(Column.text("quarter"), Column.text("place"),
        Column.text("country"), Column.text("command"), Column.text("setting"),
        Column.text("active_duty"), Column.text("guard_reserve"), Column.text("civilians"),
        Column.text("source"), Column.text("flag"));
    for (HostCount host : posture.hosts(q, command)) {
      PersonnelCount c = host.count();
      if (c.activeDutyOrZero() == 0 && c.flag().hasCounts()) {
        continue;
      }
      out.row(q.toString(), c.place(), PlaceNames.of(c.place()), command.name(),
          host.setting().code(), cell(c.activeDuty()), cell(c.guardReserve()),
          cell(c.civilians()), c.source(), c.flag().code());
    }
    out.note("");
    out.note(command.name() + ": " + command.title() + "; hosts with no personnel left out.");
    out.note("Source: " + SOURCE);
    return out;
  }

  private static Integer cell(java.util.OptionalInt value) {
    return value.isPresent() ? value.getAsInt() : null;
  }

  private static Tabular reconciliation(Reconciliation reconciliation) {
    Tabular out = new Tabular(Column.text("claim_id"), Column.text("claim"),
        Column.text("claim_source"), Column.number("claimed", 1), Column.number("supported", 1),
        Column.number("difference", 1), Column.text("unit"), Column.text("quarter"),
        Column.text("basis"), Column.text("reason"));
    for (ReconciledClaim c : reconciliation.claims()) {
      out.row(c.id(), c.claim(), c.claimSource(), c.claimed(), c.supported(), c.difference(),
          c.unit(), c.quarter().toString(), c.basis(), c.reason());
    }
    out.note("");
    out.note("claimed: figures as stated in public (claims, not data); supported: DMDC's counts of"
        + " personnel permanently assigned to a place in the latest report before the claims ("
        + reconciliation.quarter() + ").");
    out.note("Source: " + SOURCE);
    return out;
  }
}
