package dev.bulwark.posture.theatre;

import dev.bulwark.posture.PostureException;
import dev.bulwark.posture.forces.PersonnelCount;
import dev.bulwark.posture.forces.Quarter;
import dev.bulwark.posture.forces.ReportFlag;
import dev.bulwark.posture.forces.UsForces;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * US personnel aggregated to combatant commands: each place's count goes to the command the
 * {@link CommandPlan} gives it at the end of the quarter, in the column of its {@link Setting}.
 *
 * <p>abroad(c, q) = Σ active duty of the foreign hosts h with command(h, end of q) = c; US
 * territories and the US states shown on their own (Hawaii, Alaska) are summed apart; DMDC's
 * United States total is never part of a command's figure. Unreported quarters are left out of
 * trends and listed in {@link Trend#unreported()}. Parts a report did not cover are listed in
 * each total's {@link TheatreTotal#missing()}, never read as zero: Hawaii and Alaska when the
 * plan gives the command a US state the quarter has no count for (before 2008), Guard and
 * Reserve and civilians when no foreign host of the command has a figure for them (before
 * 2008). Hosts whose count is an estimate are named in {@link TheatreTotal#estimated()}.
 */
public final class TheatrePosture {

  private final UsForces forces;
  private final CommandPlan plan;

  private TheatrePosture(UsForces forces, CommandPlan plan) {
    this.forces = Objects.requireNonNull(forces, "forces");
    this.plan = Objects.requireNonNull(plan, "plan");
  }

  /** The bundled series under the bundled command plan. */
  public static TheatrePosture withDefaults() {
    return new TheatrePosture(UsForces.bundled(), CommandPlan.bundled());
  }

  /** The same analysis over another series (a scenario's, or a test's). */
  public TheatrePosture withForces(UsForces other) {
    return new TheatrePosture(other, plan);
  }

  /** The same analysis under another command plan. */
  public TheatrePosture withPlan(CommandPlan other) {
    return new TheatrePosture(forces, other);
  }

  public UsForces forces() {
    return forces;
  }

  public CommandPlan plan() {
    return plan;
  }

  /** Every place in a quarter with its command and setting, largest active duty first. */
  public List<HostCount> hosts(Quarter quarter) {
    List<HostCount> hosts = new ArrayList<>();
    for (PersonnelCount count : forces.at(quarter).values()) {
      hosts.add(new HostCount(count, plan.command(count.place(), quarter.endDate()),
          plan.setting(count.place())));
    }
    hosts.sort(Comparator.comparingInt((HostCount h) -> h.count().activeDutyOrZero()).reversed()
        .thenComparing(h -> h.count().place()));
    return List.copyOf(hosts);
  }

  /**
   * Checks that DMDC reported the quarter.
   *
   * @throws PostureException of kind BAD_INPUT when it did not: its counts are missing, not zero
   */
  public void requireReported(Quarter quarter) {
    if (!forces.reported(quarter)) {
      throw PostureException.badInput("quarter " + quarter + " was not reported by DMDC: its "
          + "counts are missing, not zero (the latest report is " + forces.latest() + ")");
    }
  }

  /** The places of one command in a quarter, largest first. */
  public List<HostCount> hosts(Quarter quarter, Command command) {
    return hosts(quarter).stream().filter(h -> h.command() == command).toList();
  }

  /**
   * One total per command in the quarter (the United States' domestic total excluded).
   *
   * @throws PostureException when DMDC did not report the quarter: its totals are unknown
   */
  public List<TheatreTotal> totals(Quarter quarter) {
    requireReported(quarter);
    Map<Command, long[]> sums = new EnumMap<>(Command.class);
    for (Command command : Command.values()) {
      sums.put(command, new long[6]);
    }
    Map<Command, Set<String>> reportedParts = new EnumMap<>(Command.class);
    Map<Command, List<String>> estimated = new EnumMap<>(Command.class);
    for (HostCount host : hosts(quarter)) {
      long[] sum = sums.get(host.command());
      PersonnelCount c = host.count();
      if (c.flag() == ReportFlag.ESTIMATE) {
        estimated.computeIfAbsent(host.command(), k -> new ArrayList<>()).add(c.place());
      }
      switch (host.setting()) {
        case ABROAD -> {
          sum[0] += c.activeDutyOrZero();
          sum[3] += c.guardReserve().orElse(0);
          sum[4] += c.civilians().orElse(0);
          sum[5] += c.activeDutyOrZero() > 0 ? 1 : 0;
          Set<String> parts = reportedParts.computeIfAbsent(host.command(), k -> new TreeSet<>());
          c.guardReserve().ifPresent(v -> parts.add(TheatreTotal.GUARD_RESERVE));
          c.civilians().ifPresent(v -> parts.add(TheatreTotal.CIVILIANS));
        }
        case US_TERRITORY -> sum[1] += c.activeDutyOrZero();
        case US_STATE -> sum[2] += c.activeDutyOrZero();
        case UNITED_STATES -> { }
        default -> throw new IllegalStateException(host.setting().toString());
      }
    }
    List<TheatreTotal> totals = new ArrayList<>();
    sums.forEach((command, s) -> totals.add(new TheatreTotal(quarter, command, s[0], s[1], s[2],
        s[3], s[4], (int) s[5], missing(quarter, command, reportedParts.get(command)),
        estimated.getOrDefault(command, List.of()))));
    return List.copyOf(totals);
  }

  /** The parts of a command's total the quarter's report did not cover. */
  private List<String> missing(Quarter quarter, Command command, Set<String> reported) {
    List<String> missing = new ArrayList<>();
    Map<String, PersonnelCount> counts = forces.at(quarter);
    boolean statesUncounted = plan.assignments().stream()
        .anyMatch(a -> a.setting() == Setting.US_STATE && a.command() == command
            && a.holdsOn(quarter.endDate()) && !counts.containsKey(a.place()));
    if (statesUncounted) {
      missing.add(TheatreTotal.US_STATES);
    }
    Set<String> parts = reported == null ? Set.of() : reported;
    boolean hasHosts = reported != null;
    for (String part : List.of(TheatreTotal.GUARD_RESERVE, TheatreTotal.CIVILIANS)) {
      if (hasHosts && !parts.contains(part)) {
        missing.add(part);
      }
    }
    return missing;
  }

  /** The total of one command in a quarter. */
  public TheatreTotal total(Quarter quarter, Command command) {
    return totals(quarter).stream().filter(t -> t.command() == command).findFirst()
        .orElseThrow();
  }

  /** Totals per command for every reported quarter from {@code from} to {@code to}. */
  public Trend trend(Quarter from, Quarter to) {
    List<TheatreTotal> totals = new ArrayList<>();
    List<Quarter> unreported = new ArrayList<>();
    for (Quarter quarter : forces.quarters()) {
      if (quarter.compareTo(from) < 0 || quarter.compareTo(to) > 0) {
        continue;
      }
      if (forces.reported(quarter)) {
        totals.addAll(totals(quarter));
      } else {
        unreported.add(quarter);
      }
    }
    return new Trend(totals, unreported);
  }

  /**
   * Command totals over time.
   *
   * @param totals one row per reported quarter and command, oldest first
   * @param unreported quarters in the range with no DMDC report: missing, not zero
   */
  public record Trend(List<TheatreTotal> totals, List<Quarter> unreported) {
    public Trend {
      totals = List.copyOf(totals);
      unreported = List.copyOf(unreported);
    }
  }
}
