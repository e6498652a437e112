package dev.bulwark.posture.scenario;

import dev.bulwark.core.country.Countries;
import dev.bulwark.posture.PostureException;
import dev.bulwark.posture.forces.PersonnelCount;
import dev.bulwark.posture.forces.Quarter;
import dev.bulwark.posture.forces.ReportFlag;
import dev.bulwark.posture.forces.UsForces;
import dev.bulwark.posture.theatre.Command;
import dev.bulwark.posture.theatre.HostCount;
import dev.bulwark.posture.theatre.ReconciledClaim;
import dev.bulwark.posture.theatre.Reconciliation;
import dev.bulwark.posture.theatre.Setting;
import dev.bulwark.posture.theatre.TheatrePosture;
import dev.bulwark.posture.theatre.TheatreTotal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Applies a scenario's force moves to the baseline quarter of the US personnel series and lists
 * every posture figure that changed: each place's active duty, each command's totals, and the
 * supported figures of the reconciliation.
 *
 * <p>A move from a host takes the personnel from it (never more than it has). A move from a
 * command takes them from its foreign hosts in proportion to their active duty; a move to a
 * command adds them to its places (hosts, territories, Hawaii and Alaska) in proportion to
 * theirs; shares are rounded by the largest-remainder rule so totals are exact. Moves apply in
 * the file's order.
 */
public final class ForceScenario {

  private final TheatrePosture baseline;

  private ForceScenario(TheatrePosture baseline) {
    this.baseline = Objects.requireNonNull(baseline, "baseline");
  }

  /** Scenarios over the bundled series and command plan. */
  public static ForceScenario withDefaults() {
    return new ForceScenario(TheatrePosture.withDefaults());
  }

  /** Scenarios over another baseline posture. */
  public ForceScenario withBaseline(TheatrePosture other) {
    return new ForceScenario(other);
  }

  /**
   * Applies the scenario's moves.
   *
   * @throws PostureException BAD_INPUT when a move names an unknown place or takes more
   *     personnel than are there
   */
  public Result apply(Scenario scenario) {
    UsForces forces = baseline.forces();
    Quarter quarter = scenario.baselineQuarter().orElse(forces.latest());
    PostureException.require(forces.reported(quarter), "baseline " + quarter
        + " has no DMDC report: choose a reported quarter such as " + forces.latest());
    Map<String, Integer> active = new TreeMap<>();
    baseline.hosts(quarter).forEach(h -> active.put(h.count().place(),
        h.count().activeDutyOrZero()));
    for (ForceMove move : scenario.forces()) {
      take(active, quarter, move);
      give(active, quarter, move);
    }
    TheatrePosture changed = baseline.withForces(replace(forces, quarter, active));
    return new Result(quarter, changed, changes(quarter, changed));
  }

  /**
   * Takes the move's personnel from its source. Counts are summed as longs and the move is
   * checked against them, so the amount moved fits an int afterwards (no host has more).
   */
  private void take(Map<String, Integer> active, Quarter quarter, ForceMove move) {
    long moved = move.movedPersonnel();
    Map<String, Integer> from = endpoint(active, quarter, move.from(), true);
    long available = from.values().stream().mapToLong(Integer::longValue).sum();
    PostureException.require(moved <= available, "the move of " + moved + " personnel from "
        + move.from() + " exceeds the " + available + " active duty there in " + quarter);
    allocate(Math.toIntExact(moved), from).forEach((place, n) -> active.merge(place, -n,
        Integer::sum));
  }

  private void give(Map<String, Integer> active, Quarter quarter, ForceMove move) {
    Map<String, Integer> to = endpoint(active, quarter, move.to(), false);
    allocate(Math.toIntExact(move.movedPersonnel()), to).forEach((place, n) -> active.merge(
        place, n, Math::addExact));
  }

  /** The places a move takes from or gives to, weighted by their active duty. */
  private Map<String, Integer> endpoint(Map<String, Integer> active, Quarter quarter,
      String name, boolean source) {
    Map<String, Integer> places = new LinkedHashMap<>();
    if (isCommand(name)) {
      Command command = Command.of(name);
      for (HostCount host : baseline.hosts(quarter, command)) {
        boolean eligible = source ? host.setting() == Setting.ABROAD
            : host.setting() != Setting.UNITED_STATES;
        if (eligible) {
          places.put(host.count().place(), active.getOrDefault(host.count().place(), 0));
        }
      }
      PostureException.require(!places.isEmpty(), command + " has no places in " + quarter);
    } else {
      String place = name.strip().startsWith("US-") ? name.strip()
          : Countries.bundled().resolve(name).iso3();
      places.put(place, active.getOrDefault(place, 0));
    }
    return places;
  }

  private static boolean isCommand(String name) {
    try {
      Command.of(name);
      return true;
    } catch (PostureException notACommand) {
      return false;
    }
  }

  /**
   * Splits {@code total} over the places in proportion to their weights (evenly when all are
   * zero), by the largest-remainder rule: floors first, then one more to the largest remainders.
   */
  static Map<String, Integer> allocate(int total, Map<String, Integer> weights) {
    long sum = weights.values().stream().mapToLong(Integer::longValue).sum();
    Map<String, Integer> shares = new LinkedHashMap<>();
    Map<String, Double> remainders = new LinkedHashMap<>();
    int given = 0;
    for (Map.Entry<String, Integer> e : weights.entrySet()) {
      double exact = sum == 0 ? (double) total / weights.size()
          : (double) total * e.getValue() / sum;
      int floor = (int) Math.floor(exact);
      shares.put(e.getKey(), floor);
      remainders.put(e.getKey(), exact - floor);
      given += floor;
    }
    List<String> order = new ArrayList<>(remainders.keySet());
    order.sort(Comparator.comparing((String p) -> remainders.get(p)).reversed()
        .thenComparing(Comparator.naturalOrder()));
    for (int i = 0; i < total - given; i++) {
      shares.merge(order.get(i), 1, Integer::sum);
    }
    return shares;
  }

  private static UsForces replace(UsForces forces, Quarter quarter, Map<String, Integer> active) {
    List<PersonnelCount> counts = new ArrayList<>();
    for (PersonnelCount c : forces.counts()) {
      if (!c.quarter().equals(quarter)) {
        counts.add(c);
      }
    }
    Map<String, PersonnelCount> before = forces.at(quarter);
    active.forEach((place, n) -> {
      PersonnelCount old = before.get(place);
      counts.add(old == null
          ? new PersonnelCount(place, quarter, OptionalInt.of(n), OptionalInt.empty(),
              OptionalInt.empty(), "scenario", ReportFlag.ESTIMATE)
          : new PersonnelCount(place, quarter, OptionalInt.of(n), old.guardReserve(),
              old.civilians(), old.source(), old.flag()));
    });
    return UsForces.of(counts);
  }

  private List<FigureChange> changes(Quarter quarter, TheatrePosture changed) {
    String basis = "DMDC report of " + quarter + " with the scenario's moves";
    List<FigureChange> changes = new ArrayList<>();
    Map<String, PersonnelCount> before = baseline.forces().at(quarter);
    Map<String, PersonnelCount> after = changed.forces().at(quarter);
    for (String place : new TreeSet<>(after.keySet())) {
      int b = before.containsKey(place) ? before.get(place).activeDutyOrZero() : 0;
      int a = after.get(place).activeDutyOrZero();
      if (a != b) {
        changes.add(new FigureChange("posture", place, "active_duty", b, a, basis));
      }
    }
    for (Command command : Command.values()) {
      TheatreTotal b = baseline.total(quarter, command);
      TheatreTotal a = changed.total(quarter, command);
      addIfChanged(changes, command.name(), "abroad_active_duty", b.abroad(), a.abroad(), basis);
      addIfChanged(changes, command.name(), "in_theatre_active_duty", b.inTheatre(),
          a.inTheatre(), basis);
    }
    if (quarter.equals(Reconciliation.withDefaults().withPosture(baseline).quarter())) {
      List<ReconciledClaim> b = Reconciliation.withDefaults().withPosture(baseline).claims();
      List<ReconciledClaim> a = Reconciliation.withDefaults().withPosture(changed).claims();
      for (int i = 0; i < b.size(); i++) {
        addIfChanged(changes, b.get(i).id(), "supported_" + b.get(i).unit(),
            b.get(i).supported(), a.get(i).supported(), "reconciliation: " + b.get(i).basis());
      }
    }
    return List.copyOf(changes);
  }

  private static void addIfChanged(List<FigureChange> changes, String subject, String measure,
      double before, double after, String basis) {
    if (before != after) {
      changes.add(new FigureChange("posture", subject, measure, before, after, basis));
    }
  }

  /**
   * The scenario's posture.
   *
   * @param quarter the baseline quarter the moves were applied to
   * @param posture the posture with the moves applied (other quarters unchanged)
   * @param changes every posture figure that differs from the baseline
   */
  public record Result(Quarter quarter, TheatrePosture posture, List<FigureChange> changes) {
    public Result {
      Objects.requireNonNull(quarter, "quarter");
      Objects.requireNonNull(posture, "posture");
      changes = List.copyOf(changes);
    }
  }
}
