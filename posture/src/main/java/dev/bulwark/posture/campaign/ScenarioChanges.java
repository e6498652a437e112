package dev.bulwark.posture.campaign;

import dev.bulwark.posture.PostureException;
import dev.bulwark.posture.scenario.EucomMove;
import dev.bulwark.posture.scenario.LauncherDelay;
import dev.bulwark.posture.scenario.LauncherEntry;
import dev.bulwark.posture.scenario.OrderOfBattleEdit;
import dev.bulwark.posture.scenario.Scenario;
import dev.bulwark.posture.scenario.StraitCounts;
import dev.bulwark.posture.scenario.StraitEdit;
import dev.bulwark.posture.scenario.UnitDelay;
import dev.bulwark.posture.scenario.UnitEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Turns a scenario file's order-of-battle edits for a theatre into the campaign model's changes:
 * first the elements moved from EUCOM ({@link EucomPool}), then, edit by edit, the units added,
 * withdrawn and delayed, and the strait edit's launchers added, withdrawn and delayed, ships and
 * aircraft added, then withdrawn, as {@link OrderOfBattleEdit} and {@link StraitEdit} say. A
 * unit or launcher a scenario adds is an {@link Basis#ASSUMPTION} sourced to the scenario; a
 * unit without an axis defends the theatre's first axis.
 *
 * <p>An element moved from EUCOM leaves Europe whichever posture is run: the moves of this
 * theatre's edits apply to an amphibious theatre, and the moves of every edit of the scenario to
 * a land theatre (in Europe), where the pool takes the element's units and air support away.
 */
public final class ScenarioChanges {

  private ScenarioChanges() {}

  /**
   * Returns the posture the scenario describes: {@code baseline} with the scenario's moves from
   * EUCOM and every edit of the scenario for its theatre applied, renamed after the scenario.
   *
   * @throws PostureException of kind BAD_INPUT when an edit names another posture of this
   *     theatre, an unknown unit, kind, launcher, munition, basing or pool element, or withdraws
   *     more ships or aircraft than the posture has
   */
  public static Posture apply(Scenario scenario, Theatre theatre, Posture baseline,
      EucomPool pool) {
    PostureException.require(scenario != null, "scenario must be given, was null");
    List<OrderOfBattleEdit> own = scenario.ordersOfBattle().stream()
        .filter(e -> e.theatre().equals(theatre.id())).toList();
    for (OrderOfBattleEdit edit : own) {
      PostureException.require(edit.posture() == null || edit.posture().equals(baseline.id()),
          "scenario '" + scenario.name() + "' edits posture '" + edit.posture()
              + "', but the campaign runs posture '" + baseline.id() + "'");
    }
    List<EucomMove> moves = (theatre.amphibious() ? own : scenario.ordersOfBattle()).stream()
        .map(OrderOfBattleEdit::strait).filter(Objects::nonNull)
        .flatMap(s -> s.moveFromEucom().stream()).toList();
    List<OrderOfBattleChange> changes = new ArrayList<>();
    if (!moves.isEmpty()) {
      changes.addAll(pool.moved(moves, theatre, baseline));
    }
    own.forEach(edit -> changes.addAll(changes(edit, theatre)));
    return baseline.apply(changes).renamed(baseline.id() + "-scenario",
        baseline.name() + " with scenario '" + scenario.name() + "'");
  }

  /** Returns the changes of one edit but its moves, in the order {@link ScenarioChanges} says. */
  static List<OrderOfBattleChange> changes(OrderOfBattleEdit edit, Theatre theatre) {
    List<OrderOfBattleChange> changes = new ArrayList<>();
    edit.add().forEach(entry -> changes.add(new OrderOfBattleChange.Add(unit(entry, theatre))));
    edit.withdraw().forEach(id -> changes.add(new OrderOfBattleChange.Withdraw(id)));
    for (UnitDelay delay : edit.delay()) {
      changes.add(new OrderOfBattleChange.Delay(delay.unit(), delay.days()));
    }
    StraitEdit strait = edit.strait();
    if (strait == null) {
      return changes;
    }
    PostureException.require(theatre.amphibious(), "the strait edit of theatre '" + theatre.id()
        + "' changes launchers, ships and aircraft, which only an amphibious theatre (taiwan)"
        + " has");
    strait.addLaunchers().forEach(entry -> changes.add(new OrderOfBattleChange.AddLauncher(
        launcher(entry, theatre.crossing()))));
    strait.withdrawLaunchers().forEach(id -> changes.add(
        new OrderOfBattleChange.WithdrawLauncher(id)));
    for (LauncherDelay delay : strait.delayLaunchers()) {
      changes.add(new OrderOfBattleChange.DelayLauncher(delay.launcher(), delay.days()));
    }
    if (strait.add() != null) {
      changes.add(counts(strait.add(), 1));
    }
    if (strait.withdraw() != null) {
      changes.add(counts(strait.withdraw(), -1));
    }
    return changes;
  }

  private static OrderOfBattleChange counts(StraitCounts c, int sign) {
    return new OrderOfBattleChange.ShipsAndAircraft(sign * c.usCarriers(),
        sign * c.usSurfaceShips(), sign * c.japanShips(), sign * c.taiwanShips(),
        sign * c.usAircraftJapan(), sign * c.japanAircraft(), sign * c.aircraftDistant());
  }

  private static Unit unit(UnitEntry entry, Theatre theatre) {
    UnitKind kind;
    try {
      kind = UnitKind.valueOf(entry.kind().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw PostureException.badInput("kind of unit '" + entry.id() + "' must be one of "
          + "heavy_armoured, medium, light, battlegroup, was '" + entry.kind() + "'", e);
    }
    String axis = entry.axis() == null ? theatre.axes().get(0).id() : theatre.axis(entry.axis()).id();
    return new Unit(entry.id(), entry.name(), entry.nation(), kind, entry.strength(), axis,
        entry.arrivalDay(), Basis.ASSUMPTION, entry.source());
  }

  private static Launcher launcher(LauncherEntry entry, Crossing crossing) {
    List<String> munitions = crossing.munitions().stream().map(Munition::id).toList();
    PostureException.require(munitions.contains(entry.munition()), "munition of launcher '"
        + entry.id() + "' must be one of the theatre's crossing munitions "
        + String.join(", ", munitions) + ", was '" + entry.munition() + "'");
    List<String> basings = Arrays.stream(Basing.values())
        .map(b -> b.name().toLowerCase(Locale.ROOT)).toList();
    PostureException.require(basings.contains(entry.basing()), "basing of launcher '"
        + entry.id() + "' must be one of " + String.join(", ", basings) + ", was '"
        + entry.basing() + "'");
    return new Launcher(entry.id(), entry.name(), entry.nation(), entry.munition(),
        Basing.valueOf(entry.basing().toUpperCase(Locale.ROOT)), entry.inventory(),
        entry.salvo(), entry.firstDay(), entry.reloadDays(), Basis.ASSUMPTION, entry.source());
  }
}
