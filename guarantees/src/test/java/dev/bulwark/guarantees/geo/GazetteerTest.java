package dev.bulwark.guarantees.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.core.BulwarkException;
import dev.bulwark.core.country.Countries;
import dev.bulwark.core.country.Country;
import dev.bulwark.core.country.CountryKind;
import dev.bulwark.guarantees.GuaranteesException;
import dev.bulwark.guarantees.treaty.Confidence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Places by id, alias, country and point; distances by haversine. */
final class GazetteerTest {

  private final Gazetteer gazetteer = Gazetteer.bundled();

  @Test
  void haversineDistanceMatchesAnIndependentComputation() {
    // python3: 2*6371.0088*asin(sqrt(sin(dphi/2)^2 + cos(phi1)cos(phi2)sin(dlambda/2)^2)),
    // Warsaw (52.2297, 21.0122) to Vilnius (54.6872, 25.2797).
    assertThat(Gazetteer.distanceKm(52.2297, 21.0122, 54.6872, 25.2797))
        .isCloseTo(392.93141396213116, within(1e-6));
  }

  @Test
  void aPointInTheMiddleOfTheBalticFindsTheBalticSeaWithItsDistance() {
    Located located = gazetteer.locate("58.5,19");

    assertThat(located.place().id()).isEqualTo("baltic-sea");
    // python3 haversine from (58.5, 19) to the reference point (58, 20).
    assertThat(located.distanceKm()).isCloseTo(80.71265433359886, within(1e-6));
    assertThat(located.named()).isFalse();
  }

  @Test
  void aPointJustOffTheSenkakusFindsTheIslandsRatherThanTheSea() {
    assertThat(gazetteer.locate("25.75,123.6").place().id()).isEqualTo("senkaku-islands");
  }

  @Test
  void placesAreFoundByIdAliasOrCountry() {
    assertThat(gazetteer.locate("Diaoyu Islands").place().id()).isEqualTo("senkaku-islands");
    assertThat(gazetteer.locate("RAF Akrotiri").place().id()).isEqualTo("akrotiri-and-dhekelia");
    assertThat(gazetteer.locate("UKR").place().id()).isEqualTo("ukraine");
    assertThat(gazetteer.locate("Türkiye").place().sovereign()).isEqualTo("TUR");
  }

  @Test
  void theGazetteerHoldsTheOverseasPlacesThatDecideCases() {
    assertThat(gazetteer.all()).extracting(Place::id).contains("hawaii", "alaska", "guam",
        "puerto-rico", "french-guiana", "reunion", "canary-islands", "ceuta", "melilla", "azores",
        "madeira", "greenland", "faroe-islands", "svalbard", "falkland-islands", "gibraltar",
        "akrotiri-and-dhekelia", "aruba", "curacao", "sint-maarten", "bermuda", "kaliningrad",
        "senkaku-islands", "mediterranean-sea", "north-atlantic", "black-sea", "baltic-sea",
        "south-china-sea", "east-china-sea");
    assertThat(gazetteer.byId("senkaku-islands").claimants()).containsExactly("CHN", "TWN");
  }

  @Test
  void everyStateWorldAtlasDrawsHasAMetropolitanTerritory() throws IOException {
    Set<Integer> drawn = worldAtlasIds();
    List<Country> states = Countries.bundled().all().stream()
        .filter(c -> c.kind() == CountryKind.STATE && drawn.contains(c.isoNumeric())).toList();

    assertThat(states).hasSizeGreaterThan(190);
    assertThat(states).allSatisfy(state -> assertThat(gazetteer.metropolitan(state.iso3())
        .sovereign()).isEqualTo(state.iso3()));
  }

  @Test
  void curatedTerritoriesWinAndDerivedOnesAreMarkedComputed() {
    assertThat(gazetteer.metropolitan("UKR").confidence()).isEqualTo(Confidence.VERIFIED);
    assertThat(gazetteer.metropolitan("KEN").confidence()).isEqualTo(Confidence.DERIVED);
    assertThat(gazetteer.all().stream().filter(p -> p.kind() == PlaceKind.METROPOLITAN)
        .map(Place::sovereign)).doesNotHaveDuplicates();
  }

  @Test
  void aDerivedTerritoryHasTheAreaOfTheOfficialTables() {
    // Radius of the circle of equal area, sqrt(A / pi), from the national statistics offices'
    // total areas: Mongolia 1,564,116 km2 -> 705.6 km, Kenya 580,367 km2 -> 429.8 km (python3).
    // The 1:50m outline is coarse, so 2% is allowed.
    assertThat(gazetteer.metropolitan("MNG").radiusKm()).isCloseTo(705.6, within(14.1));
    assertThat(gazetteer.metropolitan("KEN").radiusKm()).isCloseTo(429.8, within(8.6));
  }

  /**
   * Distances by python3 haversine (R = 6371.0088 km) from the point to the place's reference
   * point: Nairobi to Kenya's (0.60, 37.80) is 236.5 km, inside its 435.1 km radius (Tanzania's
   * circle ends 49 km short of the city); Ulaanbaatar to Mongolia's (46.69, 103.09) is 319.3 km,
   * and Mongolia, though China's circle holds the city too, is the smaller place; the
   * mid-Atlantic point to the North Atlantic area's (45, -35) is 690.4 km, inside its 2200 km,
   * the Azores (38.7, -27.2) being 1,109 km away.
   */
  @ParameterizedTest(name = "{0} finds {2}")
  @CsvSource({
      "Nairobi,       '-1.2864,36.8172',  kenya,          236.51585343462196",
      "Ulaanbaatar,   '47.9184,106.9177', mongolia,       319.25789936381045",
      "mid-Atlantic,  '40,-40',           north-atlantic, 690.4412880784788"})
  void aPointFindsThePlaceThatHoldsIt(String where, String point, String id, double km) {
    Located located = gazetteer.locate(point);

    assertThat(located.place().id()).isEqualTo(id);
    assertThat(located.distanceKm()).isCloseTo(km, within(1e-6));
  }

  @Test
  void anUnknownPlaceFailsWithSuggestions() {
    assertThatThrownBy(() -> gazetteer.locate("senkaku"))
        .isInstanceOf(UnknownPlaceException.class)
        .hasMessageContaining("senkaku-islands")
        .extracting(e -> ((BulwarkException) e).kind()).isEqualTo(BulwarkException.Kind.BAD_INPUT);
  }

  @Test
  void aPointOffTheGlobeIsBadInput() {
    assertThatThrownBy(() -> gazetteer.locate("91,0")).isInstanceOf(GuaranteesException.class)
        .hasMessageContaining("latitude in [-90, 90]");
  }

  /** Returns the ISO numeric ids of the countries the dashboard's world-atlas file draws. */
  private static Set<Integer> worldAtlasIds() throws IOException {
    Path relative = Path.of("server", "src", "main", "resources", "dev", "bulwark", "server",
        "web", "vendor", "world-atlas", "countries-50m.json");
    Optional<Path> atlas = Optional.empty();
    for (Path dir = Path.of("").toAbsolutePath(); dir != null && atlas.isEmpty();
        dir = dir.getParent()) {
      atlas = Optional.of(dir.resolve(relative)).filter(Files::isRegularFile);
    }
    Assumptions.assumeTrue(atlas.isPresent(), "world-atlas countries-50m.json (the dashboard's"
        + " vendored copy) is not in this checkout; skipping the coverage check");
    Set<Integer> ids = new HashSet<>();
    JsonNode geometries = new ObjectMapper().readTree(atlas.get().toFile())
        .path("objects").path("countries").path("geometries");
    geometries.forEach(g -> {
      if (g.hasNonNull("id")) {
        ids.add(Integer.parseInt(g.get("id").asText()));
      }
    });
    return ids;
  }
}
