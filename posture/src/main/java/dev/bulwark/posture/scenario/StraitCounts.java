package dev.bulwark.posture.scenario;

import dev.bulwark.posture.PostureException;

/**
 * Ships and aircraft added to or withdrawn from a Taiwan Strait posture, each 0 to
 * {@value #MAX_COUNT} (0 when omitted), at least one above 0. The posture counts US and Japanese
 * aircraft on bases in Japan together with the US share of them; a scenario names the two
 * nations' aircraft apart so that the share can be recomputed.
 *
 * @param usCarriers US aircraft carriers within reach of the PLA's anti-ship attacks
 * @param usSurfaceShips other US major surface warships so exposed
 * @param japanShips Japanese major surface warships so exposed
 * @param taiwanShips Taiwan's destroyers and frigates
 * @param usAircraftJapan US combat aircraft on bases in Japan
 * @param japanAircraft Japanese combat aircraft on bases in Japan
 * @param aircraftDistant US combat aircraft on distant bases (Guam and beyond)
 */
public record StraitCounts(Integer usCarriers, Integer usSurfaceShips, Integer japanShips,
    Integer taiwanShips, Integer usAircraftJapan, Integer japanAircraft,
    Integer aircraftDistant) {

  /** The largest count: the campaign model's bound on a posture's ships or aircraft. */
  public static final int MAX_COUNT = 100_000;

  public StraitCounts {
    usCarriers = count(usCarriers, "us_carriers");
    usSurfaceShips = count(usSurfaceShips, "us_surface_ships");
    japanShips = count(japanShips, "japan_ships");
    taiwanShips = count(taiwanShips, "taiwan_ships");
    usAircraftJapan = count(usAircraftJapan, "us_aircraft_japan");
    japanAircraft = count(japanAircraft, "japan_aircraft");
    aircraftDistant = count(aircraftDistant, "aircraft_distant");
    PostureException.require(usCarriers + usSurfaceShips + japanShips + taiwanShips
            + usAircraftJapan + japanAircraft + aircraftDistant > 0,
        "ships and aircraft must count at least one of us_carriers, us_surface_ships,"
            + " japan_ships, taiwan_ships, us_aircraft_japan, japan_aircraft, aircraft_distant");
  }

  private static int count(Integer value, String field) {
    int count = value == null ? 0 : value;
    PostureException.require(count >= 0 && count <= MAX_COUNT,
        field + " must be 0 to " + MAX_COUNT + ", was " + count);
    return count;
  }
}
