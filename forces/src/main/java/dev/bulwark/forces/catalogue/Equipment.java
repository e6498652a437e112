package dev.bulwark.forces.catalogue;

import dev.bulwark.forces.ForcesException;
import java.util.List;

/**
 * The major equipment a unit type holds, counted as the studies count it.
 *
 * @param tanks main battle tanks
 * @param ifvs infantry fighting vehicles
 * @param artillery howitzers and rocket launchers
 * @param combatAircraft combat aircraft
 * @param warships destroyers, frigates and submarines
 * @param lrSam long-range surface-to-air missile systems (batteries)
 */
public record Equipment(int tanks, int ifvs, int artillery, int combatAircraft, int warships,
    int lrSam) {

  /** The names of the counts, as the catalogue's columns and the scenario files name them. */
  public static final List<String> NAMES = List.of("tanks", "ifvs", "artillery",
      "combat_aircraft", "warships", "lr_sam");

  public Equipment {
    ForcesException.require(tanks >= 0 && ifvs >= 0 && artillery >= 0 && combatAircraft >= 0
        && warships >= 0 && lrSam >= 0, "equipment counts must not be negative");
  }

  /**
   * Returns the count of a kind of equipment by its name ({@link #NAMES}).
   *
   * @throws ForcesException naming the known names
   */
  public int count(String name) {
    return switch (name) {
      case "tanks" -> tanks;
      case "ifvs" -> ifvs;
      case "artillery" -> artillery;
      case "combat_aircraft" -> combatAircraft;
      case "warships" -> warships;
      case "lr_sam" -> lrSam;
      default -> throw ForcesException.badInput("equipment must be one of " + NAMES + ", was '"
          + name + "'");
    };
  }
}
