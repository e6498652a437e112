package dev.bulwark.answers.posture;

import dev.bulwark.answers.AnswerContext;
import dev.bulwark.answers.AnswersException;
import dev.bulwark.answers.question.Arguments;
import dev.bulwark.answers.question.Param;
import dev.bulwark.answers.question.ParamTypes;
import dev.bulwark.answers.question.Question;
import dev.bulwark.answers.question.Spec;
import dev.bulwark.answers.table.Column;
import dev.bulwark.answers.table.Table;
import dev.bulwark.posture.forces.HistoricalNames;
import dev.bulwark.posture.forces.PersonnelCount;
import dev.bulwark.posture.forces.Quarter;
import dev.bulwark.posture.theatre.Command;
import dev.bulwark.posture.theatre.HostCount;
import dev.bulwark.posture.theatre.ReconciledClaim;
import dev.bulwark.posture.theatre.Reconciliation;
import dev.bulwark.posture.theatre.TheatrePosture;
import dev.bulwark.posture.theatre.TheatreTotal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where US forces stand: active duty by combatant command in a quarter, one command's hosts (or
 * every host), the totals over years, or the February 2025 claims beside the counts, from DMDC's
 * quarterly reports with Bulwark's command plan ({@link TheatrePosture}). Unreported quarters are
 * missing, never zero.
 */
public final class PostureQuestion implements Question<PostureQuestion.Request> {

  /**
   * The request.
   *
   * @param theater one command, or empty for every command ({@code all} lists every host)
   * @param hosts whether to list hosts rather than command totals
   * @param quarter the report quarter, or empty for the latest
   * @param from the trend's first year, or empty when no trend is asked
   * @param to the trend's last year, or empty when no trend is asked
   * @param reconcile whether to answer the claims instead
   */
  public record Request(Optional<Command> theater, boolean hosts, Optional<Quarter> quarter,
      Optional<Integer> from, Optional<Integer> to, boolean reconcile) {}

  private static final String SOURCE = "DMDC, Military and Civilian Personnel by Service/Agency"
      + " by State/Country (quarterly), via troopdata; Bulwark's command plan";
  private static final String ALL = "all";

  static final Param<String> THEATER = Param.optional("theater", ParamTypes.of("COMMAND",
      "string", "EUCOM, INDOPACOM, CENTCOM, AFRICOM, NORTHCOM, SOUTHCOM, a former command "
          + "(LANTCOM, FECOM, CARIBCOM, NELM, STRICOM, NEC, ALCOM), UNASSIGNED or all",
      (field, text, context) -> text.equalsIgnoreCase(ALL) ? ALL
          : ParamTypes.guarded(field, text, Command::of).name()),
      "Only this command; with one quarter, list its hosts (all: every host).", "EUCOM")
      .alias("--theatre");
  static final Param<Quarter> QUARTER = Param.optional("quarter", ParamTypes.of("YYYYQn",
      "string", "a DMDC report quarter such as 2024Q4", PostureQuestion::quarter),
      "The report quarter (default: the latest report).", "2024Q4");
  static final Param<Integer> FROM = Param.optional("from", ParamTypes.year(),
      "First year of a trend (default with --to: the same year).", "2014");
  static final Param<Integer> TO = Param.optional("to", ParamTypes.year(),
      "Last year of a trend (default with --from: the latest report's year).", "2024");
  static final Param<Boolean> RECONCILE = Param.of("reconcile", ParamTypes.flag(), "false",
      "Set the February 2025 claims beside what the counts support, with reasons.", "true");

  private static final Spec SPEC = new Spec("posture", "/api/posture",
      "US active duty by command, host and quarter, the trend, or the claims reconciled",
      List.of(
          "US military personnel by combatant command (EUCOM, INDOPACOM, CENTCOM, AFRICOM,",
          "NORTHCOM, SOUTHCOM, and before them the commands of each period: US Atlantic Command's",
          "area until 2002, Far East Command until 1957, Caribbean Command until 1963) from DMDC's",
          "reports, 1950 to the latest. Active duty in foreign hosts (stationed abroad) is kept",
          "apart from US territories (Guam, Puerto Rico)",
          "and from Hawaii and Alaska, which belong to a command without being abroad. Hosts",
          "go to the command of the plan in force at the end of the quarter (Israel: EUCOM until",
          "31 August 2021, then CENTCOM). Quarters DMDC did not report (2022Q4, 2023Q1, 2023Q2)",
          "are missing, never zero. --theater lists one command's hosts (all: every host);",
          "--from/--to gives the trend; --reconcile sets the February 2025 claims (about 100,000",
          "in Europe, a third in Germany; 375,000 assigned to the Indo-Pacific) beside what the",
          "counts support. Guard/Reserve, civilians and Hawaii and Alaska were not reported",
          "before 2008: missing (column missing), never 0; totals with estimated host counts name",
          "them (column estimated). Hosts are named as they were (West Germany, USSR), with the",
          "successor's code."),
      List.of("bulwark posture", "bulwark posture --theater EUCOM --quarter 2024Q4",
          "bulwark posture --theater all --quarter 1990Q3",
          "bulwark posture --from 2014 --to 2025 --format csv > posture-trend.csv",
          "bulwark posture --reconcile"),
      List.of(THEATER, QUARTER, FROM, TO, RECONCILE));

  @Override
  public Spec spec() {
    return SPEC;
  }

  @Override
  public Request request(Arguments arguments) {
    Optional<String> theater = arguments.optional(THEATER);
    Optional<Integer> from = arguments.optional(FROM);
    Optional<Integer> to = arguments.optional(TO);
    boolean trend = from.isPresent() || to.isPresent();
    if (trend && arguments.given(QUARTER)) {
      throw AnswersException.badInput("quarter", null, "quarter gives one report; a trend "
          + "(from, to) covers every quarter of its years");
    }
    return new Request(theater.filter(t -> !t.equals(ALL)).map(Command::of),
        theater.isPresent() && !trend, arguments.optional(QUARTER), from, to,
        arguments.value(RECONCILE));
  }

  @Override
  public Table answer(Request request, AnswerContext context) {
    TheatrePosture posture = context.posture();
    if (request.reconcile()) {
      return reconciliation(context.reconciliation());
    }
    if (request.from().isPresent() || request.to().isPresent()) {
      return trend(posture, request);
    }
    Quarter q = request.quarter().orElseGet(() -> posture.forces().latest());
    ParamTypes.guarded(QUARTER.name(), q.toString(), t -> {
      posture.requireReported(q);
      return q;
    });
    Table out = request.hosts() ? hosts(posture, q, request.theater(), context)
        : totals(posture.totals(q), request.theater());
    if (!request.hosts()) {
      out.notes("report: DMDC " + q + "; United States (domestic) active duty, not in any row: "
          + posture.forces().activeDuty("USA", q).orElse(0));
      totalsNotes(out);
    }
    return out.query("quarter", q.toString())
        .query("theater", request.theater().map(Command::name)
            .orElse(request.hosts() ? ALL : null));
  }

  private static Table trend(TheatrePosture posture, Request request) {
    Quarter latest = posture.forces().latest();
    int last = request.to().orElse(latest.year());
    int first = request.from().orElse(last);
    if (first > last) {
      throw AnswersException.badInput("from", String.valueOf(first), "from must not be after "
          + "to, was " + first + " and " + last);
    }
    TheatrePosture.Trend trend = posture.trend(new Quarter(first, 1), new Quarter(last, 4));
    Table out = totals(trend.totals(), request.theater());
    if (!trend.unreported().isEmpty()) {
      out.notes("not reported by DMDC (missing, not zero): " + trend.unreported());
    }
    totalsNotes(out);
    return out.query("from", first).query("to", last)
        .query("theater", request.theater().map(Command::name).orElse(null));
  }

  private static Table totals(List<TheatreTotal> totals, Optional<Command> only) {
    Table out = Table.of(Column.text("quarter", "the report quarter"),
        Column.text("command", "the combatant command"),
        Column.count("abroad_active_duty", "personnel", "active duty in foreign hosts"),
        Column.count("us_territories_active_duty", "personnel",
            "active duty in US territories (Guam, Puerto Rico, ...)"),
        Column.count("us_states_active_duty", "personnel", "active duty in Hawaii and Alaska"),
        Column.count("in_theatre_active_duty", "personnel", "the sum of the three"),
        Column.count("abroad_guard_reserve", "personnel", "Guard and Reserve in foreign hosts"),
        Column.count("abroad_civilians", "personnel", "civilians in foreign hosts"),
        Column.count("hosts", "", "hosts with personnel"),
        Column.text("missing", "the parts not reported that quarter (us_states: Hawaii and "
            + "Alaska; guard_reserve; civilians; before 2008), missing and not zero: their "
            + "columns are empty and in_theatre leaves them out"),
        Column.text("estimated", "the hosts whose count in the total is an estimate (Iraq and "
            + "Afghanistan 2003-2005), separated by spaces"));
    List<String> estimated = new ArrayList<>();
    for (TheatreTotal t : totals) {
      boolean existed = t.command() != Command.UNASSIGNED
          && t.command().existsOn(t.quarter().endDate());
      if (only.map(c -> c == t.command()).orElse(true) && (existed || t.inTheatre() > 0)) {
        out.row(t.quarter().toString(), t.command().name(), t.abroad(), t.usTerritories(),
            part(t, TheatreTotal.US_STATES, t.usStates()), t.inTheatre(),
            part(t, TheatreTotal.GUARD_RESERVE, t.abroadGuardReserve()),
            part(t, TheatreTotal.CIVILIANS, t.abroadCivilians()), t.hosts(),
            String.join(" ", t.missing()), String.join(" ", t.estimated()));
        t.estimated().forEach(place -> estimated.add(t.quarter() + " " + place));
      }
    }
    if (!estimated.isEmpty()) {
      out.notes("Totals that include estimated host counts (the June estimates for in-theatre "
          + "forces the September country reports left out): " + String.join(", ", estimated)
          + ".");
    }
    return out.sources(List.of("DMDC"));
  }

  private static Long part(TheatreTotal total, String part, long value) {
    return total.isMissing(part) ? null : value;
  }

  private static void totalsNotes(Table out) {
    out.notes("abroad: foreign hosts; us_territories: Guam, the Northern Marianas, Puerto Rico "
        + "and other US territories; us_states: Hawaii and Alaska (from 2008); in_theatre = the "
        + "sum of the parts reported. Rotational forces and forces based in the continental US "
        + "are not in these counts.",
        "Guard/Reserve, civilians and Hawaii and Alaska were not reported before 2008: missing "
        + "(empty, named in the missing column), never 0; a trend across 2008 compares totals "
        + "of different parts. Source: " + SOURCE);
  }

  private static Table hosts(TheatrePosture posture, Quarter q, Optional<Command> only,
      AnswerContext context) {
    List<Command> commands = only.map(List::of)
        .orElseGet(() -> Arrays.stream(Command.values()).toList());
    Table out = Table.of(Column.text("quarter", "the report quarter"),
        Column.text("place", "the host's code (ISO3, or US-HI and US-AK)"),
        Column.text("country", "the host's name at the time (West Germany, USSR, Yugoslavia)"),
        Column.text("command", "its command"),
        Column.text("setting", "abroad, us_territory or us_state"),
        Column.count("active_duty", "personnel", "active duty"),
        Column.count("guard_reserve", "personnel", "Guard and Reserve"),
        Column.count("civilians", "personnel", "civilians"),
        Column.text("source", "the report the count comes from"),
        Column.text("flag", "how the count was reported"),
        Column.text("successor_iso3", "for a state that has since ceased to exist or been "
            + "renamed, the present-day state that succeeded it (DEU for West Germany)"));
    HistoricalNames names = HistoricalNames.bundled();
    for (Command command : commands) {
      for (HostCount host : posture.hosts(q, command)) {
        PersonnelCount c = host.count();
        if (c.activeDutyOrZero() == 0 && c.flag().hasCounts()) {
          continue;
        }
        Optional<HistoricalNames.Name> then = names.on(c.place(), q.endDate());
        out.row(q.toString(), c.place(), then.map(HistoricalNames.Name::name)
                .orElseGet(() -> context.placeName(c.place())), command.name(),
            host.setting().code(), cell(c.activeDuty()), cell(c.guardReserve()),
            cell(c.civilians()), c.source(), c.flag().code(),
            then.map(HistoricalNames.Name::successor).orElse(null));
      }
    }
    only.ifPresent(c -> out.notes(c.name() + ": " + c.title() + "."));
    return out.notes("hosts with no personnel left out; Source: " + SOURCE)
        .sources(List.of("DMDC"));
  }

  private static Table reconciliation(Reconciliation reconciliation) {
    Table out = Table.of(Column.text("claim_id", "the claim's id"),
        Column.text("claim", "the claim as stated"), Column.text("claim_source", "who said it"),
        Column.number("claimed", "as the unit says", 1, "the figure claimed"),
        Column.number("supported", "as the unit says", 1, "what DMDC's counts support"),
        Column.number("difference", "as the unit says", 1, "claimed minus supported"),
        Column.text("unit", "the unit of the figures"),
        Column.text("quarter", "the report the counts come from"),
        Column.text("basis", "what the supported figure counts"),
        Column.text("reason", "why they differ"));
    for (ReconciledClaim c : reconciliation.claims()) {
      out.row(c.id(), c.claim(), c.claimSource(), c.claimed(), c.supported(), c.difference(),
          c.unit(), c.quarter().toString(), c.basis(), c.reason());
    }
    return out.notes("claimed: figures as stated in public (claims, not data); supported: DMDC's"
        + " counts of personnel permanently assigned to a place in the latest report before the"
        + " claims (" + reconciliation.quarter() + ").", "Source: " + SOURCE)
        .query("reconcile", true).sources(List.of("DMDC"));
  }

  private static Quarter quarter(String field, String text, AnswerContext context) {
    Quarter quarter = ParamTypes.guarded(field, text, Quarter::parse);
    List<Quarter> all = context.posture().forces().quarters();
    if (!all.contains(quarter)) {
      throw AnswersException.badInput(field, text, "quarter must be a DMDC report quarter from "
          + all.get(0) + " to " + all.get(all.size() - 1) + ", was " + text);
    }
    return quarter;
  }

  private static Integer cell(OptionalInt value) {
    return value.isPresent() ? value.getAsInt() : null;
  }
}
