package dev.bulwark.cli;

import dev.bulwark.core.country.Countries;
import dev.bulwark.core.country.Country;
import java.util.Map;

/** The names of the places in the US personnel series: countries, territories and two states. */
final class PlaceNames {

  private static final Map<String, String> STATES = Map.of("US-HI", "Hawaii", "US-AK", "Alaska");

  private PlaceNames() {
  }

  /** The place's English name; the code itself when nothing is known of it. */
  static String of(String place) {
    String state = STATES.get(place);
    return state != null ? state
        : Countries.bundled().find(place).map(Country::name).orElse(place);
  }
}
