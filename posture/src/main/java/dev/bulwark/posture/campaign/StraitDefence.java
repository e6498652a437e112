package dev.bulwark.posture.campaign;

import dev.bulwark.posture.PostureException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The allied side of a Taiwan Strait posture beyond its ground units: whether the United States
 * may fight from Japan's bases, how hard Taiwan's ground forces resist, how long Taiwan's stocks
 * last without resupply, the anti-ship launchers and their stocks, and the ships and aircraft
 * exposed to the PLA's strikes. See {@code docs/taiwan-model.md}.
 *
 * @param japanBases whether US forces may fight from bases in Japan (CSIS's third condition)
 * @param resistance r, the share of Taiwan's ground combat power that fights (first condition)
 * @param stockDays the days Taiwan's ground forces can fight at full rate on the stocks they hold
 *     when the war starts, with no resupply through the blockade (second condition)
 * @param launchers the anti-ship launchers, ids distinct
 * @param usCarriers US aircraft carriers within reach of the PLA's anti-ship attacks
 * @param usSurfaceShips other US major surface warships so exposed
 * @param japanShips Japanese major surface warships so exposed
 * @param taiwanShips Taiwan's destroyers and frigates
 * @param aircraftJapan US and Japanese combat aircraft on bases in Japan
 * @param usAircraftShare the US share of the aircraft in Japan (for the US killed)
 * @param aircraftDistant US combat aircraft on distant bases (Guam and beyond)
 * @param source where the figures come from
 * @param airArrivals air support that joins after the war starts (an element moved from EUCOM
 *     arriving later), each added to the multiplier m from its day on; none in the bundled
 *     postures, whose air support is there from day 0
 */
public record StraitDefence(boolean japanBases, Triangular resistance, Triangular stockDays,
    List<Launcher> launchers, int usCarriers, int usSurfaceShips, int japanShips,
    int taiwanShips, int aircraftJapan, double usAircraftShare, int aircraftDistant,
    String source, List<AirArrival> airArrivals) {

  /**
   * Air support that joins the defence of Taiwan on a day after the war starts.
   *
   * @param day the first day it counts, 1 to 365
   * @param added what it adds to the air-support multiplier m from that day
   */
  public record AirArrival(int day, double added) {
    public AirArrival {
      Checks.within(day, 1, 365, "day air support arrives");
      PostureException.require(Double.isFinite(added) && added > 0,
          "air support arriving on day " + day + " must add more than 0, was " + added);
    }
  }

  /** The parameter a posture's resistance replaces. */
  public static final String RESISTANCE = "taiwan_resistance";
  /** The parameter a posture's stock days replace. */
  public static final String STOCK_DAYS = "taiwan_stock_days";

  public StraitDefence {
    PostureException.require(resistance != null && resistance.low() >= 0
        && resistance.high() <= 1, "resistance must be a fraction in [0, 1], was " + resistance);
    PostureException.require(stockDays != null && stockDays.low() >= 0,
        "stock days must be 0 or more, was " + stockDays);
    launchers = Checks.distinct(launchers, Launcher::id, "launcher", "the strait defence");
    for (int count : new int[] {usCarriers, usSurfaceShips, japanShips, taiwanShips,
        aircraftJapan, aircraftDistant}) {
      Checks.within(count, 0, 100_000, "a ship or aircraft count of the strait defence");
    }
    PostureException.require(usAircraftShare >= 0 && usAircraftShare <= 1,
        "usAircraftShare must be a fraction in [0, 1], was " + usAircraftShare);
    source = Checks.source(source);
    airArrivals = airArrivals == null ? List.of() : airArrivals;
    PostureException.require(airArrivals.stream().allMatch(Objects::nonNull),
        "airArrivals must not hold an empty item");
    airArrivals = List.copyOf(airArrivals);
  }

  /** The US combat aircraft on bases in Japan: {@code usAircraftShare × aircraftJapan}. */
  public double usAircraftJapan() {
    return usAircraftShare * aircraftJapan;
  }

  /**
   * Returns the launcher with this id.
   *
   * @throws PostureException of kind BAD_INPUT for an unknown id, with the known ones
   */
  public Launcher launcher(String launcherId) {
    return launchers.stream().filter(l -> l.id().equals(launcherId)).findFirst()
        .orElseThrow(() -> PostureException.badInput("unknown launcher '" + launcherId
            + "': expected one of " + launchers.stream().map(Launcher::id).toList()));
  }

  /** Returns this defence with other launchers (ids distinct); the rest unchanged. */
  public StraitDefence withLaunchers(List<Launcher> replaced) {
    return new StraitDefence(japanBases, resistance, stockDays, replaced, usCarriers,
        usSurfaceShips, japanShips, taiwanShips, aircraftJapan, usAircraftShare,
        aircraftDistant, source, airArrivals);
  }

  /**
   * Returns this defence with other ship and aircraft counts; the aircraft in Japan are given by
   * nation, and the US share is recomputed from them (unchanged when none are left).
   */
  public StraitDefence withCounts(int carriers, int surfaceShips, int japanese, int taiwanese,
      double usInJapan, double japaneseInJapan, int distant) {
    long inJapan = Math.round(usInJapan + japaneseInJapan);
    double share = inJapan == 0 ? usAircraftShare : Math.min(1, usInJapan / inJapan);
    return new StraitDefence(japanBases, resistance, stockDays, launchers, carriers,
        surfaceShips, japanese, taiwanese, (int) inJapan, share, distant, source, airArrivals);
  }

  /** Returns this defence with air support arriving on a day after the war starts. */
  public StraitDefence withAirArriving(AirArrival arrival) {
    List<AirArrival> more = new ArrayList<>(airArrivals);
    more.add(arrival);
    return new StraitDefence(japanBases, resistance, stockDays, launchers, usCarriers,
        usSurfaceShips, japanShips, taiwanShips, aircraftJapan, usAircraftShare,
        aircraftDistant, source, more);
  }
}
