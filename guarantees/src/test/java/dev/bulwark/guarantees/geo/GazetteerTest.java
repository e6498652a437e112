package dev.bulwark.guarantees.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.bulwark.core.BulwarkException;
import dev.bulwark.guarantees.GuaranteesException;
import org.junit.jupiter.api.Test;

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
}
