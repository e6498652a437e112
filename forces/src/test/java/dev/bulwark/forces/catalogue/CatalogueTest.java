package dev.bulwark.forces.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.bulwark.forces.ForcesException;
import org.junit.jupiter.api.Test;

final class CatalogueTest {

  private final Catalogue catalogue = Catalogue.bundled();

  @Test
  void aFigureQuotedInAnEarlierYearIsRepricedWithTheDeflator() {
    // lr_sam_battery is quoted at 1,100 million US$ of 2023 (Raytheon's price as reported in
    // November 2023). Hand derivation: 1,100 x 125.23 / 122.27 = 1,100 x 1.0242087 = 1,126.63.
    assertThat(catalogue.unit("lr_sam_battery").acquisitionUsdM().mode())
        .isCloseTo(1126.63, within(0.005));
  }

  @Test
  void aEuroFigureIsConvertedAtItsYearsRateThenRepriced() {
    // 100 EUR of 2022: 100 x 1.0530 x 125.23 / 117.98 = 111.77 US$ of 2024 (hand derivation).
    assertThat(100 * catalogue.prices().toBase("EUR", 2022)).isCloseTo(111.77, within(0.005));
  }

  @Test
  void everyRowCarriesASourceAndAConfidence() {
    assertThat(catalogue.units()).hasSizeGreaterThanOrEqualTo(20).allSatisfy(u -> {
      assertThat(u.source()).isNotBlank();
      assertThat(u.confidence()).isNotNull();
    });
  }

  @Test
  void anUnknownUnitIsRefusedNamingTheKnownOnes() {
    assertThatThrownBy(() -> catalogue.unit("armored_brigade")).isInstanceOf(ForcesException.class)
        .hasMessageContaining("'armored_brigade'").hasMessageContaining("armoured_brigade");
  }

  @Test
  void aBadRowIsRefusedNamingItsRowAndColumn() {
    String text = "id,name,category,unit,personnel,tanks,ifvs,artillery,combat_aircraft,warships,"
        + "lr_sam,acquisition_low_m,acquisition_mode_m,acquisition_high_m,operating_low_m,"
        + "operating_mode_m,operating_high_m,currency,price_year,lead_time_years,ramp_low,"
        + "ramp_mode,ramp_high,source,confidence\n"
        + "x,X,land,brigade,10,0,0,0,0,0,0,1,2,three,1,1,1,USD,2024,1,1,1,1,s,E\n";
    assertThatThrownBy(() -> Catalogue.read("mine.csv", text, catalogue.prices()))
        .isInstanceOf(ForcesException.class).hasMessageContaining("mine.csv row 1")
        .hasMessageContaining("acquisition_high_m").hasMessageContaining("'three'");
  }
}
