package dev.bulwark.posture.campaign;

import dev.bulwark.posture.PostureException;
import java.util.stream.Stream;

/**
 * A change to a posture's order of battle, as a scenario states it: a unit added, withdrawn or
 * delayed; in a Taiwan Strait posture a launcher added, withdrawn or delayed, ships and aircraft
 * added or withdrawn; and the air support changed. {@link Posture#apply} applies a list of them
 * in order.
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

  /**
   * Anti-ship launchers join a Taiwan Strait posture.
   *
   * @param launcher the launchers, their id not yet in the posture
   */
  record AddLauncher(Launcher launcher) implements OrderOfBattleChange {
    public AddLauncher {
      PostureException.require(launcher != null, "launcher to add must be given, was null");
    }

    @Override
    public Posture applyTo(Posture posture) {
      StraitDefence strait = posture.straitDefence();
      PostureException.require(strait.launchers().stream()
              .noneMatch(l -> l.id().equals(launcher.id())),
          "launcher '" + launcher.id() + "' is already in posture '" + posture.id() + "'");
      return posture.withStrait(strait.withLaunchers(Stream.concat(strait.launchers().stream(),
          Stream.of(launcher)).toList()));
    }
  }

  /**
   * Launchers leave a Taiwan Strait posture, with their stock.
   *
   * @param launcherId the id of a launcher of the posture
   */
  record WithdrawLauncher(String launcherId) implements OrderOfBattleChange {
    public WithdrawLauncher {
      PostureException.require(launcherId != null && !launcherId.isBlank(),
          "launcher to withdraw must be named, was " + launcherId);
    }

    @Override
    public Posture applyTo(Posture posture) {
      StraitDefence strait = posture.straitDefence();
      strait.launcher(launcherId);
      return posture.withStrait(strait.withLaunchers(strait.launchers().stream()
          .filter(l -> !l.id().equals(launcherId)).toList()));
    }
  }

  /**
   * Launchers of a Taiwan Strait posture fire first later (or, with negative days, earlier, but
   * never before day 0, the day the invasion sails).
   *
   * @param launcherId the id of a launcher of the posture
   * @param days the whole days added to its first day
   */
  record DelayLauncher(String launcherId, int days) implements OrderOfBattleChange {
    public DelayLauncher {
      PostureException.require(launcherId != null && !launcherId.isBlank(),
          "launcher to delay must be named, was " + launcherId);
    }

    @Override
    public Posture applyTo(Posture posture) {
      StraitDefence strait = posture.straitDefence();
      Launcher delayed = strait.launcher(launcherId).delayedBy(days);
      return posture.withStrait(strait.withLaunchers(strait.launchers().stream()
          .map(x -> x.id().equals(launcherId) ? delayed : x).toList()));
    }
  }

  /**
   * Ships and aircraft join (positive counts) or leave (negative counts) a Taiwan Strait
   * posture. No count may fall below zero; the US share of the aircraft in Japan is recomputed
   * from the US and Japanese aircraft there ({@link StraitDefence#withCounts}).
   *
   * @param usCarriers the change in US aircraft carriers
   * @param usSurfaceShips the change in other US major surface warships
   * @param japanShips the change in Japanese major surface warships
   * @param taiwanShips the change in Taiwan's destroyers and frigates
   * @param usAircraftJapan the change in US combat aircraft on bases in Japan
   * @param japanAircraft the change in Japanese combat aircraft there
   * @param aircraftDistant the change in US combat aircraft on distant bases
   */
  record ShipsAndAircraft(int usCarriers, int usSurfaceShips, int japanShips, int taiwanShips,
      int usAircraftJapan, int japanAircraft, int aircraftDistant)
      implements OrderOfBattleChange {

    @Override
    public Posture applyTo(Posture posture) {
      StraitDefence s = posture.straitDefence();
      String owner = posture.id();
      // The aircraft in Japan by nation, whole numbers in every bundled posture; rounding to
      // 1e-9 keeps a share such as 0.6 x 400 from reading as 239.99999999999997.
      double us = Math.round(s.usAircraftJapan() * 1e9) / 1e9;
      double japanese = s.aircraftJapan() - us;
      return posture.withStrait(s.withCounts(
          left(s.usCarriers(), usCarriers, "US carriers", owner),
          left(s.usSurfaceShips(), usSurfaceShips, "US surface ships", owner),
          left(s.japanShips(), japanShips, "Japanese ships", owner),
          left(s.taiwanShips(), taiwanShips, "Taiwan's ships", owner),
          left(us, usAircraftJapan, "US aircraft in Japan", owner),
          left(japanese, japanAircraft, "Japanese aircraft in Japan", owner),
          left(s.aircraftDistant(), aircraftDistant, "US aircraft on distant bases", owner)));
    }

    private static int left(int count, int change, String what, String posture) {
      return (int) left((double) count, change, what, posture);
    }

    private static double left(double count, int change, String what, String posture) {
      PostureException.require(count + change >= 0, "cannot withdraw " + -change + " " + what
          + " from posture '" + posture + "': it has " + count(count));
      return count + change;
    }

    private static String count(double count) {
      return count == Math.rint(count) ? Long.toString((long) count) : Double.toString(count);
    }
  }

  /**
   * The air support's distribution changes: its excess over 1 is scaled by {@code kept}, then
   * {@code added} is added, on the low, mode and high alike:
   * {@code m' = 1 + (m − 1) × kept + added}.
   *
   * @param kept the share of the excess over 1 kept, in [0, 1]
   * @param added the multiplier added, 0 or more
   */
  record AirSupport(double kept, double added) implements OrderOfBattleChange {
    public AirSupport {
      PostureException.require(kept >= 0 && kept <= 1, "the share of air support kept must be"
          + " a fraction in [0, 1], was " + kept);
      PostureException.require(Double.isFinite(added) && added >= 0,
          "the air support added must be 0 or more, was " + added);
    }

    @Override
    public Posture applyTo(Posture posture) {
      Triangular a = posture.airSupport();
      return posture.withAirSupport(new Triangular(1 + (a.low() - 1) * kept + added,
          1 + (a.mode() - 1) * kept + added, 1 + (a.high() - 1) * kept + added));
    }
  }

  /**
   * Air support joins the defence of Taiwan on a day after the war starts: from that day the
   * strait model's air-support multiplier is {@code m + added} ({@link
   * StraitDefence#airArrivals}).
   *
   * @param arrival its day and what it adds
   */
  record AirArriving(StraitDefence.AirArrival arrival) implements OrderOfBattleChange {
    public AirArriving {
      PostureException.require(arrival != null, "air support arriving must be given, was null");
    }

    @Override
    public Posture applyTo(Posture posture) {
      return posture.withStrait(posture.straitDefence().withAirArriving(arrival));
    }
  }
}
