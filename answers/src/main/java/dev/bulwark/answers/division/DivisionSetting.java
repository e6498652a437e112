package dev.bulwark.answers.division;

import dev.bulwark.answers.AnswersException;
import dev.bulwark.answers.posture.CampaignCatalogue;
import dev.bulwark.core.BadInputException;
import dev.bulwark.core.yaml.YamlReader;
import dev.bulwark.posture.campaign.Posture;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The setting of the division of labour (the bundled {@code division.yaml}): the two theatres it
 * is judged in, how Europe's new brigades reach the Baltic, and the pool of US forces in Europe
 * that can move, in the order they move. Model: docs/division-of-labour.md.
 *
 * @param baltic the Baltic side
 * @param taiwan the Taiwan Strait side
 * @param europe how Europe's extra spending becomes brigades in the Baltic
 * @param pool the movable US forces, in the order they move
 */
public record DivisionSetting(BalticSide baltic, TaiwanSide taiwan, EuropeanForces europe,
    List<MovableForce> pool) {

  private static final String FILE = "division.yaml";

  public DivisionSetting {
    BadInputException.require(baltic != null && taiwan != null && europe != null,
        FILE + " needs baltic, taiwan and europe");
    BadInputException.require(pool != null && !pool.isEmpty(), FILE + " needs a pool");
    pool = List.copyOf(pool);
    Set<String> ids = new HashSet<>();
    double airShares = 0;
    for (MovableForce force : pool) {
      BadInputException.require(ids.add(force.id()), "pool element '" + force.id()
          + "' is listed twice");
      airShares += force.baltic().airShare();
    }
    BadInputException.require(airShares <= baltic.usAirShare() + 1e-12, "the pool's Baltic air"
        + " shares add to " + airShares + ", more than the US share " + baltic.usAirShare());
  }

  /**
   * The Baltic side.
   *
   * @param posture the bundled Baltic posture of today
   * @param holdDay the day by whose end neither objective may have fallen
   * @param usAirShare the share of the posture's air support excess that is American
   * @param source the basis of the US share
   */
  public record BalticSide(String posture, int holdDay, double usAirShare, String source) {

    public BalticSide {
      BadInputException.require(holdDay >= 1 && holdDay <= 100, "the Baltic hold day must be 1 "
          + "to 100, was " + holdDay);
      BadInputException.require(usAirShare >= 0 && usAirShare <= 1, "the US air share must be a"
          + " fraction in [0, 1], was " + usAirShare);
    }
  }

  /**
   * The Taiwan Strait side.
   *
   * @param posture the bundled Taiwan posture of today
   * @param day the day by whose end the invasion must be defeated
   */
  public record TaiwanSide(String posture, int day) {

    public TaiwanSide {
      BadInputException.require(day >= 1 && day <= 100, "the Taiwan day must be 1 to 100, was "
          + day);
    }
  }

  /**
   * How Europe's extra spending becomes brigades in the Baltic.
   *
   * @param force the bundled replacement scenario Europe builds (its brigades, lead times, ramps)
   * @param balticShare the share of its new brigades that fights in the Baltic states
   * @param firstArrivalDay the day the first of them arrives
   * @param arrivalInterval days between one arrival and the next
   * @param source the basis of the figures
   */
  public record EuropeanForces(String force, double balticShare, double firstArrivalDay,
      double arrivalInterval, String source) {

    public EuropeanForces {
      BadInputException.require(balticShare >= 0 && balticShare <= 1, "the Baltic share must be"
          + " a fraction in [0, 1], was " + balticShare);
      BadInputException.require(firstArrivalDay >= 0 && arrivalInterval >= 0,
          "arrival days must not be negative");
    }
  }

  /**
   * Returns the bundled setting, read once and checked against the bundled postures: both
   * postures exist and every Baltic unit of the pool is in the Baltic posture.
   */
  public static DivisionSetting bundled() {
    return Holder.BUNDLED;
  }

  /** The bundled setting, read on first use. */
  private static final class Holder {
    static final DivisionSetting BUNDLED = read();
  }

  private static DivisionSetting read() {
    try (InputStream in = DivisionSetting.class.getResourceAsStream(FILE)) {
      if (in == null) {
        throw AnswersException.failure(FILE + " is missing from the build", null);
      }
      DivisionSetting setting = YamlReader.withDefaults().readValue(FILE, in,
          DivisionSetting.class);
      Posture balticPosture = setting.balticPosture();
      setting.taiwanPosture();
      for (MovableForce force : setting.pool()) {
        force.baltic().units().forEach(balticPosture::unit);
      }
      return setting;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the Baltic posture of today. */
  public Posture balticPosture() {
    return CampaignCatalogue.posture("baltic", baltic.posture());
  }

  /** Returns the Taiwan posture of today. */
  public Posture taiwanPosture() {
    return CampaignCatalogue.posture("taiwan", taiwan.posture());
  }

  /** Names what a division answer comes from, for its sources. */
  public List<String> sources() {
    return List.of("campaign model (Baltic " + baltic.posture() + ", Taiwan Strait "
        + taiwan.posture() + ")", "replacement scenario " + europe.force(),
        "Bulwark division.yaml (assumptions)");
  }

  /** Returns the pool's personnel. */
  public int personnel() {
    return pool.stream().mapToInt(MovableForce::personnel).sum();
  }
}
