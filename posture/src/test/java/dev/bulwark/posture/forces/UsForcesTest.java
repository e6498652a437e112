package dev.bulwark.posture.forces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.core.BulwarkException;
import dev.bulwark.posture.PostureException;
import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

final class UsForcesTest {

  private final UsForces forces = UsForces.bundled();

  @Test
  void germanyInDecember2024HoldsTheReportedActiveDutyReservesAndCivilians() {
    // DMDC December 2024 report, Germany: 34,949 active duty, 36,356 with Guard and Reserve
    // (so 1,407 Guard/Reserve), 11,966 civilians (troopdata quarterly file, commit bab0a9c).
    PersonnelCount germany = forces.at(Quarter.parse("2024Q4")).get("DEU");
    assertThat(germany.activeDuty()).hasValue(34_949);
    assertThat(germany.guardReserve()).hasValue(36_356 - 34_949);
    assertThat(germany.civilians()).hasValue(11_966);
    assertThat(germany.source()).isEqualTo("DMDC December 2024");
    assertThat(germany.flag()).isEqualTo(ReportFlag.REPORTED);
  }

  @Test
  void theThreeQuartersDmdcNeverReportedAreMissingNotZero() {
    for (String quarter : new String[] {"2022Q4", "2023Q1", "2023Q2"}) {
      Quarter q = Quarter.parse(quarter);
      assertThat(forces.reported(q)).as(quarter).isFalse();
      assertThat(forces.at(q).get("DEU").activeDuty()).as(quarter).isEmpty();
      assertThat(forces.at(q).get("DEU").flag()).isEqualTo(ReportFlag.NOT_REPORTED);
    }
    assertThat(forces.reported(Quarter.parse("2022Q3"))).isTrue();
  }

  @Test
  void theLatestReportBeforeTheFebruary2025ClaimsIsDecember2024() {
    assertThat(forces.latestBefore(LocalDate.of(2025, 2, 12))).contains(Quarter.parse("2024Q4"));
    assertThat(forces.latest()).isEqualTo(Quarter.parse("2025Q4"));
  }

  @Test
  void hostsAreResolvedByCodeNotByTheirLabel() {
    // Botswana's row is labelled "Swaziland" (ISO BWA): 15 in December 2024; COW 817 "Vietnam"
    // is South Vietnam: 537,377 in September 1968 (DMDC via troopdata).
    assertThat(forces.activeDuty("BWA", Quarter.parse("2024Q4"))).hasValue(15);
    assertThat(forces.activeDuty("RVN", Quarter.parse("1968Q3"))).hasValue(537_377);
    assertThat(forces.activeDuty("VNM", Quarter.parse("1968Q3"))).isNotEqualTo(
        OptionalInt.of(537_377));
  }

  @Test
  void hawaiiAndAlaskaAreSeriesPlacesFrom2008() {
    // troopdata US state file, Hawaii, December 2024: 43,844 active duty.
    assertThat(forces.activeDuty("US-HI", Quarter.parse("2024Q4"))).hasValue(43_844);
    assertThat(forces.at(Quarter.parse("2007Q3"))).doesNotContainKey("US-HI");
  }

  @Test
  void iraqsSeptemberCountsLeftOutOfTheCountryReportsAreJuneEstimates() {
    PersonnelCount iraq = forces.at(Quarter.parse("2003Q3")).get("IRQ");
    assertThat(iraq.activeDuty()).hasValue(136_000);
    assertThat(iraq.flag()).isEqualTo(ReportFlag.ESTIMATE);
  }

  @Test
  void countsTheCompilationCarriesWithoutAReportNameNone() {
    // troopdata, June 1951, United States: 1,414,526 with source NA.
    PersonnelCount home = forces.at(Quarter.parse("1951Q2")).get("USA");
    assertThat(home.activeDuty()).hasValue(1_414_526);
    assertThat(home.flag()).isEqualTo(ReportFlag.UNSOURCED);
    assertThat(home.source()).isEmpty();
  }

  @Test
  void aQuarterOutsideTheSeriesNamesTheRangeCovered() {
    assertThatThrownBy(() -> forces.at(Quarter.parse("2013Q1")))
        .isInstanceOf(PostureException.class)
        .hasMessageContaining("2013Q1").hasMessageContaining("1950Q2 to 2025Q4")
        .extracting(e -> ((BulwarkException) e).kind()).isEqualTo(BulwarkException.Kind.BAD_INPUT);
  }

  @Test
  void quartersParseInTheirWrittenFormsAndRejectOthers() {
    assertThat(Quarter.parse("2024-q4")).isEqualTo(new Quarter(2024, 4));
    assertThat(Quarter.parse("2024Q4").endDate()).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThatThrownBy(() -> Quarter.parse("2024-12")).hasMessageContaining("2024Q4")
        .hasMessageContaining("'2024-12'");
  }
}
