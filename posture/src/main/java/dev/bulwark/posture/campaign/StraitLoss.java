package dev.bulwark.posture.campaign;

import java.util.Locale;

/**
 * What the Taiwan Strait model counts in each replication, by the day the outcome is decided
 * (or the last day): each side's losses and, for scale, the PLA troops landed and the allied
 * anti-ship rounds fired. Equations in {@code docs/taiwan-model.md}, section 4.
 */
public enum StraitLoss {
  /** PLA major ships sunk or put out of action: lift ships and escorts. */
  PLA_MAJOR_SHIPS("PLA", "ships", "PLA major ships sunk: amphibious, RO-RO and escorts"),
  /** PLA amphibious and RO-RO ships sunk. */
  PLA_LIFT_SHIPS("PLA", "ships", "PLA amphibious and RO-RO ships sunk"),
  /** PLA soldiers lost at sea with their ships. */
  PLA_TROOPS_AT_SEA("PLA", "soldiers", "PLA soldiers lost at sea in sunk lift ships"),
  /** PLA soldiers lost ashore (the lodgement's attrition, in soldiers). */
  PLA_TROOPS_ASHORE("PLA", "soldiers", "PLA soldiers lost ashore (killed, wounded, captured)"),
  /** PLA soldiers left in a broken lodgement when the invasion is defeated. */
  PLA_TROOPS_CUT_OFF("PLA", "soldiers", "PLA soldiers left in the broken lodgement at defeat"),
  /** PLA soldiers landed in all (for scale). */
  PLA_TROOPS_LANDED("PLA", "soldiers", "PLA soldiers landed, airborne included (not a loss)"),
  /** US aircraft carriers lost. */
  US_CARRIERS("US", "ships", "US aircraft carriers lost"),
  /** US major surface warships lost, carriers apart. */
  US_SURFACE_SHIPS("US", "ships", "US major surface warships lost, carriers apart"),
  /** US service members killed at sea and with the aircraft lost. */
  US_KILLED("US", "people", "US service members killed with the ships and aircraft lost"),
  /** Japanese major surface warships lost. */
  JAPAN_SHIPS("Japan", "ships", "Japanese major surface warships lost"),
  /** US and Japanese combat aircraft lost, mostly on the ground. */
  ALLIED_AIRCRAFT("US and Japan", "aircraft", "US and Japanese combat aircraft lost"),
  /** Taiwan's destroyers and frigates lost. */
  TAIWAN_SHIPS("Taiwan", "ships", "Taiwan's destroyers and frigates lost"),
  /** Taiwan's ground combat power lost. */
  TAIWAN_GROUND_HBE("Taiwan", "HBE", "Taiwan's ground combat power lost, heavy brigade "
      + "equivalents"),
  /** Allied anti-ship rounds fired (for scale). */
  ANTI_SHIP_ROUNDS("allies", "rounds", "allied anti-ship rounds fired (not a loss)"),
  /** The day the outcome was decided, or the last day. */
  DAY_DECIDED("both", "day", "the day the outcome was decided, or the horizon");

  private final String side;
  private final String unit;
  private final String description;

  StraitLoss(String side, String unit, String description) {
    this.side = side;
    this.unit = unit;
    this.description = description;
  }

  /** Its id in tables ({@code pla_major_ships}). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whose loss it is. */
  public String side() {
    return side;
  }

  /** Its unit. */
  public String unit() {
    return unit;
  }

  /** What it counts. */
  public String description() {
    return description;
  }
}
