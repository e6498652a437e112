package dev.bulwark.posture.campaign;

import dev.bulwark.posture.PostureException;
import dev.bulwark.posture.scenario.OrderOfBattleEdit;
import dev.bulwark.posture.scenario.Scenario;
import dev.bulwark.posture.scenario.UnitDelay;
import dev.bulwark.posture.scenario.UnitEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a scenario file's order-of-battle edits for a theatre into the campaign model's changes:
 * the units added, then those withdrawn, then those delayed, as {@link OrderOfBattleEdit} says.
 * A unit a scenario adds is an {@link Basis#ASSUMPTION} sourced to the scenario; without an axis
 * it defends the theatre's first axis.
 */
public final class ScenarioChanges {

  private ScenarioChanges() {}

  /**
   * Returns the posture the scenario describes: {@code baseline} with every edit of the scenario
   * for its theatre applied, renamed after the scenario.
   *
   * @throws PostureException of kind BAD_INPUT when an edit names another posture of this
   *     theatre, an unknown unit or kind
   */
  public static Posture apply(Scenario scenario, Theatre theatre, Posture baseline) {
    PostureException.require(scenario != null, "scenario must be given, was null");
    List<OrderOfBattleChange> changes = new ArrayList<>();
    for (OrderOfBattleEdit edit : scenario.ordersOfBattle()) {
      if (!edit.theatre().equals(theatre.id())) {
        continue;
      }
      PostureException.require(edit.posture() == null || edit.posture().equals(baseline.id()),
          "scenario '" + scenario.name() + "' edits posture '" + edit.posture()
              + "', but the campaign runs posture '" + baseline.id() + "'");
      changes.addAll(changes(edit, theatre));
    }
    return baseline.apply(changes).renamed(baseline.id() + "-scenario",
        baseline.name() + " with scenario '" + scenario.name() + "'");
  }

  /** Returns the changes of one edit, in the order added, withdrawn, delayed. */
  static List<OrderOfBattleChange> changes(OrderOfBattleEdit edit, Theatre theatre) {
    List<OrderOfBattleChange> changes = new ArrayList<>();
    edit.add().forEach(entry -> changes.add(new OrderOfBattleChange.Add(unit(entry, theatre))));
    edit.withdraw().forEach(id -> changes.add(new OrderOfBattleChange.Withdraw(id)));
    for (UnitDelay delay : edit.delay()) {
      changes.add(new OrderOfBattleChange.Delay(delay.unit(), delay.days()));
    }
    return changes;
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
}
