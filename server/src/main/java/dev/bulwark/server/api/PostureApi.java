package dev.bulwark.server.api;

import dev.bulwark.core.BulwarkException;
import dev.bulwark.core.country.Countries;
import dev.bulwark.posture.campaign.Posture;
import dev.bulwark.posture.forces.PersonnelCount;
import dev.bulwark.posture.forces.Quarter;
import dev.bulwark.posture.theatre.Command;
import dev.bulwark.posture.theatre.HostCount;
import dev.bulwark.posture.theatre.ReconciledClaim;
import dev.bulwark.posture.theatre.Reconciliation;
import dev.bulwark.posture.theatre.TheatrePosture;
import dev.bulwark.posture.theatre.TheatreTotal;
import dev.bulwark.server.ServerException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Where the forces stand: US personnel by combatant command and host from DMDC's quarterly
 * reports (unreported quarters missing, never zero), the trend, the reconciliation of the
 * February 2025 claims, and the campaign model's postures. The JSON twin of
 * {@code bulwark posture}; rules are those of {@code dev.bulwark.posture.theatre}.
 */
public final class PostureApi {

  private static final String SOURCE = "DMDC, Military and Civilian Personnel by Service/Agency"
      + " by State/Country (quarterly), via troopdata; Bulwark's command plan";
  private static final String[] TOTAL_COLUMNS = {"quarter", "command", "abroad_active_duty",
      "us_territories_active_duty", "us_states_active_duty", "in_theatre_active_duty",
      "abroad_guard_reserve", "abroad_civilians", "hosts"};
  private static final Map<String, String> STATES = Map.of("US-HI", "Hawaii", "US-AK", "Alaska");

  private final TheatrePosture posture;
  private final Reconciliation reconciliation;
  private final Countries countries;

  /** Returns the endpoints over the posture ledger. */
  public PostureApi(TheatrePosture posture, Reconciliation reconciliation, Countries countries) {
    this.posture = posture;
    this.reconciliation = reconciliation;
    this.countries = countries;
  }

  /** Active duty by combatant command in one quarter. */
  public Table totals(Query q) {
    Quarter quarter = quarter(q);
    Table out = new Table(TOTAL_COLUMNS);
    posture.totals(quarter).forEach(t -> total(out, t));
    return out.query("quarter", quarter.toString()).notes("report: DMDC " + quarter
        + "; United States (domestic) active duty, not in any row: "
        + posture.forces().activeDuty("USA", quarter).orElse(0), "Source: " + SOURCE);
  }

  /** Every host with personnel in one quarter, for the map; optionally one command's. */
  public Table hosts(Query q) {
    Quarter quarter = quarter(q);
    List<Command> commands = q.text("theater").map(t -> List.of(command(t)))
        .orElseGet(() -> Arrays.stream(Command.values()).toList());
    Table out = new Table("quarter", "place", "country", "command", "setting", "active_duty",
        "guard_reserve", "civilians", "source", "flag");
    for (Command command : commands) {
      for (HostCount host : posture.hosts(quarter, command)) {
        PersonnelCount c = host.count();
        if (c.activeDutyOrZero() == 0 && c.flag().hasCounts()) {
          continue;
        }
        out.row(quarter.toString(), c.place(), placeName(c.place()), command.name(),
            host.setting().code(), cell(c.activeDuty()), cell(c.guardReserve()),
            cell(c.civilians()), c.source(), c.flag().code());
      }
    }
    return out.query("quarter", quarter.toString()).query("theater", commands.size() == 1
        ? commands.get(0).name() : null).notes("hosts with no personnel left out; Source: "
        + SOURCE);
  }

  /** The quarters of the series, for a time slider. */
  public Map<String, Object> quarters() {
    List<Quarter> all = posture.forces().quarters();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("quarters", all.stream().map(Quarter::toString).toList());
    body.put("latest", posture.forces().latest().toString());
    body.put("unreported", all.stream().filter(x -> !posture.forces().reported(x))
        .map(Quarter::toString).toList());
    return body;
  }

  /** Totals by command, quarter by quarter, over years. */
  public Table trend(Query q) {
    Quarter latest = posture.forces().latest();
    int first = q.integer("from", posture.forces().quarters().get(0).year(), latest.year())
        .orElse(latest.year());
    int last = q.integer("to", first, latest.year()).orElse(latest.year());
    TheatrePosture.Trend trend = posture.trend(new Quarter(first, 1), new Quarter(last, 4));
    Table out = new Table(TOTAL_COLUMNS);
    trend.totals().forEach(t -> total(out, t));
    if (!trend.unreported().isEmpty()) {
      out.notes("not reported by DMDC (missing, not zero): " + trend.unreported());
    }
    return out.query("from", first).query("to", last).notes("Source: " + SOURCE);
  }

  /** The February 2025 claims beside what the counts support. */
  public Table reconcile(Query q) {
    Table out = new Table("claim_id", "claim", "claim_source", "claimed", "supported",
        "difference", "unit", "quarter", "basis", "reason");
    for (ReconciledClaim c : reconciliation.claims()) {
      out.row(c.id(), c.claim(), c.claimSource(), c.claimed(), c.supported(), c.difference(),
          c.unit(), c.quarter().toString(), c.basis(), c.reason());
    }
    return out.notes("claimed: figures as stated in public (claims, not data); supported: "
        + "DMDC's counts in the latest report before the claims (" + reconciliation.quarter()
        + ")", "Source: " + SOURCE);
  }

  /** The postures the campaign model knows. */
  public Table postures(Query q) {
    Table out = new Table("id", "name", "theatre", "year");
    for (String id : Posture.bundledIds()) {
      Posture p = Posture.bundled(id);
      out.row(p.id(), p.name(), p.theatre(), p.year());
    }
    return out;
  }

  private static void total(Table out, TheatreTotal t) {
    if (t.command() == Command.UNASSIGNED && t.inTheatre() == 0) {
      return;
    }
    out.row(t.quarter().toString(), t.command().name(), t.abroad(), t.usTerritories(),
        t.usStates(), t.inTheatre(), t.abroadGuardReserve(), t.abroadCivilians(), t.hosts());
  }

  private Quarter quarter(Query q) {
    return q.text("quarter").map(text -> {
      Quarter quarter;
      try {
        quarter = Quarter.parse(text);
      } catch (BulwarkException e) {
        throw ServerException.badInput("quarter", text, e.getMessage());
      }
      List<Quarter> all = posture.forces().quarters();
      if (!all.contains(quarter)) {
        throw ServerException.badInput("quarter", text, "quarter must be a DMDC report quarter "
            + "from " + all.get(0) + " to " + all.get(all.size() - 1) + ", was " + text);
      }
      return quarter;
    }).orElseGet(() -> posture.forces().latest());
  }

  private static Command command(String name) {
    try {
      return Command.of(name);
    } catch (BulwarkException e) {
      throw ServerException.badInput("theater", name, e.getMessage(), Arrays.stream(
          Command.values()).filter(c -> c != Command.UNASSIGNED).map(Command::name).toList(), e);
    }
  }

  private String placeName(String place) {
    String state = STATES.get(place);
    return state != null ? state : countries.find(place).map(c -> c.name()).orElse(place);
  }

  private static Integer cell(OptionalInt value) {
    return value.isPresent() ? value.getAsInt() : null;
  }
}
