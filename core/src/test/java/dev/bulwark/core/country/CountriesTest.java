package dev.bulwark.core.country;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class CountriesTest {

  private final Countries countries = Countries.bundled();

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(delimiter = ';', value = {
      "Türkiye;TUR", "Turkey;TUR", "Turkiye;TUR", "TURKEY;TUR",
      "Czechia;CZE", "Czech Republic;CZE",
      "Slovakia;SVK", "Slovak Republic;SVK",
      "Korea, South;KOR", "Korea, Rep.;KOR", "South Korea;KOR", "Republic of Korea;KOR",
      "Korea, North;PRK", "Korea, Dem. People's Rep.;PRK", "North Korea;PRK", "DPRK;PRK",
      "Russia;RUS", "Russian Federation;RUS",
      "USSR;SUN", "Soviet Union;SUN",
      "Germany;DEU", "Germany FRG;DEU", "Federal Republic of Germany;DEU", "West Germany;DEU",
      "United States;USA", "United States of America;USA", "USA;USA",
      "United Kingdom;GBR", "UK;GBR", "Great Britain;GBR",
      "Viet Nam;VNM", "Vietnam;VNM",
      "Iran;IRN", "Iran, Islamic Rep.;IRN",
      "Egypt;EGY", "Egypt, Arab Rep.;EGY",
      "Congo, DR;COD", "Congo, Dem. Rep.;COD", "DR Congo;COD",
      "Cote d'Ivoire;CIV", "Côte d'Ivoire;CIV", "Ivory Coast;CIV",
      "Timor Leste;TLS", "Timor-Leste;TLS", "East Timor;TLS",
      "Kyrgyz Republic;KGZ", "Kyrgyzstan;KGZ",
      "Laos;LAO", "Lao PDR;LAO",
      "Cape Verde;CPV", "Cabo Verde;CPV",
      "Eswatini;SWZ", "Swaziland;SWZ",
      "North Macedonia;MKD", "Macedonia;MKD", "FYROM;MKD",
      "Myanmar;MMR", "Burma;MMR",
      "Gambia, The;GMB", "Gambia;GMB",
      "German Democratic Republic;DDR", "East Germany;DDR",
      "Yugoslavia;YUG", "Serbia and Montenegro;SCG", "Serbia;SRB", "Czechoslovakia;CSK",
      "Yemen, North;YAR", "Yemen Arab Republic;YAR", "Yemen;YEM", "Netherlands Antilles;ANT",
      "Kosovo;XKX", "Congo, Republic;COG", "Taiwan;TWN", "  guam ;GUM"})
  void resolvesEverySpellingTheSourcesUse(String spelling, String iso3) {
    assertThat(countries.resolve(spelling).iso3()).isEqualTo(iso3);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
      "DEU,DEU", "deu,DEU", "DE,DEU", "276,DEU", "280,DEU", "cow:255,DEU", "COW:260,DEU",
      "US,USA", "840,USA", "cow:2,USA", "004,AFG", "4,AFG", "cow:365,RUS", "810,SUN",
      "cow:345,SRB", "cow:678,YAR", "XKX,XKX", "XK,XKX", "cow:347,XKX"})
  void resolvesIsoAndCowCodes(String code, String iso3) {
    assertThat(countries.resolve(code).iso3()).isEqualTo(iso3);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
      "NATO Total,NATO_TOTAL", "NATO_TOTAL,NATO_TOTAL", "NATO Europe and Canada,NATO_EUROPE_CANADA",
      "World,WLD", "WLD,WLD", "European Union,EUU", "EU,EUU", "Middle East,SIPRI_MIDDLE_EAST",
      "Asia & Oceania,SIPRI_ASIA_OCEANIA", "sub-Saharan Africa,SIPRI_SUB_SAHARAN_AFRICA",
      "Southeast Asia,SIPRI_SOUTH_EAST_ASIA", "SIPRI_EUROPE,SIPRI_EUROPE"})
  void resolvesAggregates(String spelling, String iso3) {
    Country aggregate = countries.resolve(spelling);

    assertThat(aggregate.iso3()).isEqualTo(iso3);
    assertThat(aggregate.kind()).isEqualTo(CountryKind.AGGREGATE);
  }

  @Test
  void aMisspellingSuggestsTheClosestCountry() {
    assertThatThrownBy(() -> countries.resolve("Germny"))
        .isInstanceOf(UnknownCountryException.class)
        .hasMessageContaining("unknown country 'Germny'")
        .hasMessageContaining("did you mean Germany (DEU)?");
  }

  @Test
  void theSuggestionsAreCarriedAsEvidence() {
    UnknownCountryException miss =
        catchThrowableOfType(UnknownCountryException.class, () -> countries.resolve("Polnad"));

    assertThat(miss.query()).isEqualTo("Polnad");
    assertThat(miss.suggestions()).first().extracting(Country::iso3).isEqualTo("POL");
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {"", "   ", "\t"})
  void blankInputFindsNothingAndSuggestsNothing(String blank) {
    assertThat(countries.find(blank)).isEmpty();
    assertThatThrownBy(() -> countries.resolve(blank))
        .isInstanceOf(UnknownCountryException.class)
        .hasMessageContaining("give an ISO 3166 code");
  }

  @Test
  void nullFindsNothing() {
    assertThat(countries.find(null)).isEmpty();
  }

  @Test
  void byIso3TakesOnlyTheExactCode() {
    assertThat(countries.byIso3("POL").name()).isEqualTo("Poland");
    assertThatThrownBy(() -> countries.byIso3("pol"))
        .isInstanceOf(UnknownCountryException.class)
        .hasMessageContaining("Poland (POL)");
  }

  @Test
  void everyNameAliasAndCodeNamesOneRow() {
    Map<String, String> owners = new HashMap<>();
    for (Country country : countries.all()) {
      for (String text : keysOf(country)) {
        String previous = owners.put(Countries.fold(text), country.iso3());
        assertThat(previous).as("'%s' of %s", text, country.iso3())
            .isIn(null, country.iso3());
      }
      List<String> folded = country.aliases().stream().map(Countries::fold).toList();
      assertThat(folded).as("aliases of %s", country.iso3()).doesNotHaveDuplicates()
          .doesNotContain(Countries.fold(country.name()));
    }
  }

  @Test
  void theTableCoversStatesTerritoriesFormerStatesAndAggregates() {
    // 249 ISO 3166-1 entries (iso-codes 4.15): 193 UN members + VAT, PSE, TWN as states,
    // 53 territories; plus Kosovo, 25 former states and 4 territories outside ISO 3166-1,
    // and 25 aggregates: 7 (see tools/countries/curated.csv) and SIPRI's 18 regional totals.
    Map<CountryKind, Long> kinds = new HashMap<>();
    countries.all().forEach(c -> kinds.merge(c.kind(), 1L, Long::sum));

    assertThat(kinds).containsEntry(CountryKind.STATE, 197L)
        .containsEntry(CountryKind.TERRITORY, 57L)
        .containsEntry(CountryKind.HISTORICAL, 25L)
        .containsEntry(CountryKind.AGGREGATE, 25L);
  }

  @Test
  void allIsSortedByIso3() {
    List<String> codes = countries.all().stream().map(Country::iso3).toList();

    assertThat(codes).isSorted().hasSize(304);
  }

  @Test
  void ofRejectsTwoRowsSharingAName() {
    Country georgia = new Country("GEO", "GE", 268, 372, "Georgia", CountryKind.STATE, List.of());
    Country state = new Country("XGA", "", -1, -1, "State of Georgia", CountryKind.TERRITORY,
        List.of("Georgia"));

    assertThatThrownBy(() -> Countries.of(List.of(georgia, state)))
        .hasMessageContaining("'Georgia' is given to both GEO and XGA");
  }

  private static List<String> keysOf(Country country) {
    Stream<String> codes = Stream.of(country.iso3(), country.iso2(),
        country.isoNumeric() < 0 ? "" : String.valueOf(country.isoNumeric()),
        country.cowCode() < 0 ? "" : "cow:" + country.cowCode(), country.name());
    return Stream.concat(codes, country.aliases().stream()).filter(s -> !s.isEmpty()).distinct()
        .toList();
  }
}
