package dev.bulwark.posture.campaign;

import dev.bulwark.posture.PostureException;
import java.util.stream.Stream;

/**
 * A change to a posture's order of battle, as a scenario states it: a unit added, withdrawn or
 * delayed. {@link Posture#apply} applies a list of them in order.
 */
public sealed interface OrderOfBattleChange {

  /** Returns the posture after this change. */
  Posture applyTo(Posture posture);

  /**
   * The unit is no longer in the theatre (moved to another theatre, disbanded).
   *
   * @param unitId the id of a unit of the posture
   */
  record Withdraw(String unitId) implements OrderOfBattleChange {
    public Withdraw {
      PostureException.require(unitId != null && !unitId.isBlank(),
          "unit to withdraw must be named, was " + unitId);
    }

    @Override
    public Posture applyTo(Posture posture) {
      posture.unit(unitId);
      return posture.withUnits(posture.units().stream().filter(u -> !u.id().equals(unitId))
          .toList());
    }
  }

  /**
   * A unit joins the order of battle.
   *
   * @param unit the unit, its id not yet in the posture
   */
  record Add(Unit unit) implements OrderOfBattleChange {
    public Add {
      PostureException.require(unit != null, "unit to add must be given, was null");
    }

    @Override
    public Posture applyTo(Posture posture) {
      PostureException.require(posture.units().stream().noneMatch(u -> u.id().equals(unit.id())),
          "unit '" + unit.id() + "' is already in posture '" + posture.id() + "'");
      return posture.withUnits(Stream.concat(posture.units().stream(), Stream.of(unit)).toList());
    }
  }

  /**
   * A unit arrives later (or, with negative days, earlier, but never before the attack).
   *
   * @param unitId the id of a unit of the posture
   * @param days the days added to its arrival day
   */
  record Delay(String unitId, double days) implements OrderOfBattleChange {
    public Delay {
      PostureException.require(unitId != null && !unitId.isBlank(),
          "unit to delay must be named, was " + unitId);
      PostureException.require(Double.isFinite(days), "delay of unit '" + unitId
          + "' must be a finite number of days, was " + days);
    }

    @Override
    public Posture applyTo(Posture posture) {
      Unit delayed = posture.unit(unitId).delayedBy(days);
      return posture.withUnits(posture.units().stream()
          .map(u -> u.id().equals(unitId) ? delayed : u).toList());
    }
  }
}
