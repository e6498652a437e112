package dev.bulwark.answers.division;

import dev.bulwark.core.BadInputException;
import dev.bulwark.posture.campaign.Launcher;
import java.util.List;

/**
 * One element of the pool of US forces in Europe that can move to the Indo-Pacific, with what it
 * is worth in each theatre (docs/division-of-labour.md, "The pool"). Moving a fraction {@code f}
 * of it takes {@code f} of its Baltic units' strength and of its share of the Baltic air support
 * away, and adds {@code f} of its Strait worth to the Taiwan posture.
 *
 * @param id a short id, unique in the pool
 * @param name what it is
 * @param personnel its US personnel, by which a share of the pool is measured
 * @param basis published or assumption, for the personnel figure
 * @param source where the figures come from
 * @param baltic what it is worth in the Baltic
 * @param taiwan what it is worth in the Taiwan Strait
 */
public record MovableForce(String id, String name, int personnel, String basis, String source,
    BalticWorth baltic, StraitWorth taiwan) {

  public MovableForce {
    BadInputException.require(id != null && id.matches("[a-z0-9-]+"), "a pool element needs an "
        + "id of lower-case letters, digits and hyphens, was '" + id + "'");
    BadInputException.require(personnel > 0, "pool element '" + id + "' needs personnel above 0, "
        + "was " + personnel);
    BadInputException.require(baltic != null && taiwan != null, "pool element '" + id
        + "' needs both a baltic and a taiwan worth");
  }

  /**
   * What an element is worth in the Baltic.
   *
   * @param units the ids of the Baltic posture's units it is
   * @param airShare the share of the posture's air support excess over 1 it provides
   * @param source the basis of the figures
   */
  public record BalticWorth(List<String> units, double airShare, String source) {

    public BalticWorth {
      units = units == null ? List.of() : List.copyOf(units);
      BadInputException.require(airShare >= 0 && airShare <= 1, "a Baltic air share must be a "
          + "fraction in [0, 1], was " + airShare);
    }
  }

  /**
   * What an element adds to the Taiwan posture when it moves there.
   *
   * @param airSupport added to each of the air support's low, mode and high
   * @param aircraft US combat aircraft added on bases in Japan
   * @param surfaceShips US major surface warships added within reach of the strait
   * @param launchers anti-ship launchers added, at full stock and salvo
   * @param source the basis of the figures
   */
  public record StraitWorth(double airSupport, int aircraft, int surfaceShips,
      List<Launcher> launchers, String source) {

    public StraitWorth {
      launchers = launchers == null ? List.of() : List.copyOf(launchers);
      BadInputException.require(airSupport >= 0 && aircraft >= 0 && surfaceShips >= 0,
          "a Strait worth must not be negative, was air support " + airSupport + ", aircraft "
              + aircraft + ", ships " + surfaceShips);
    }
  }
}
