package dev.bulwark.posture.theatre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.posture.PostureException;
import dev.bulwark.posture.forces.UsForces;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

final class CommandPlanTest {

  private final CommandPlan plan = CommandPlan.bundled();

  @Test
  void israelPassesFromEucomToCentcomOnTheFirstOfSeptember2021() {
    assertThat(plan.command("ISR", LocalDate.of(2021, 8, 31))).isEqualTo(Command.EUCOM);
    assertThat(plan.command("ISR", LocalDate.of(2021, 9, 1))).isEqualTo(Command.CENTCOM);
    assertThat(plan.assignment("ISR", LocalDate.of(2021, 9, 1)).orElseThrow().confidence())
        .isEqualTo(Confidence.VERIFIED);
  }

  @Test
  void africaPassesToAfricomOnTheFirstOfOctober2008FromThreeCommands() {
    LocalDate before = LocalDate.of(2008, 9, 30);
    LocalDate after = LocalDate.of(2008, 10, 1);
    assertThat(List.of(plan.command("NGA", before), plan.command("DJI", before),
        plan.command("MDG", before))).containsExactly(Command.EUCOM, Command.CENTCOM,
        Command.INDOPACOM);
    assertThat(List.of(plan.command("NGA", after), plan.command("DJI", after),
        plan.command("MDG", after))).containsOnly(Command.AFRICOM);
    assertThat(plan.command("EGY", after)).isEqualTo(Command.CENTCOM);
  }

  @Test
  void greenlandStaysWithEucomUntilJune2025BecauseThe2021DirectionWasRescinded() {
    assertThat(plan.command("GRL", LocalDate.of(2021, 12, 31))).isEqualTo(Command.EUCOM);
    assertThat(plan.command("GRL", LocalDate.of(2025, 6, 16))).isEqualTo(Command.EUCOM);
    assertThat(plan.command("GRL", LocalDate.of(2025, 6, 17))).isEqualTo(Command.NORTHCOM);
  }

  @Test
  void theUnitedStatesBelongsToNorthcomOnlyFromOctober2002() {
    assertThat(plan.command("USA", LocalDate.of(2002, 9, 30))).isEqualTo(Command.UNASSIGNED);
    assertThat(plan.command("USA", LocalDate.of(2002, 10, 1))).isEqualTo(Command.NORTHCOM);
  }

  @Test
  void guamHawaiiAndAlaskaAreInIndopacomButNotAbroad() {
    LocalDate date = LocalDate.of(2024, 12, 31);
    for (String place : List.of("GUM", "US-HI", "US-AK")) {
      assertThat(plan.command(place, date)).as(place).isEqualTo(Command.INDOPACOM);
      assertThat(plan.setting(place)).as(place).isNotEqualTo(Setting.ABROAD);
    }
    assertThat(plan.setting("JPN")).isEqualTo(Setting.ABROAD);
  }

  @Test
  void everyPlaceOfTheSeriesHasACommandInTheLatestQuarter() {
    UsForces forces = UsForces.bundled();
    LocalDate end = forces.latest().endDate();
    assertThat(forces.places()).allSatisfy(place ->
        assertThat(plan.assignment(place, end)).as(place).isPresent());
  }

  @Test
  void everyPlaceOfTheSeriesHasAnAssignmentInEveryQuarterFrom1950() {
    UsForces forces = UsForces.bundled();
    for (var quarter : forces.quarters()) {
      LocalDate end = quarter.endDate();
      assertThat(forces.at(quarter).keySet()).as(quarter.toString()).allSatisfy(place ->
          assertThat(plan.assignment(place, end)).as(place + " " + quarter).isPresent());
    }
  }

  @Test
  void everyAssignmentNamesItsSourceAndEveryCommandExistsWhileItHasPlaces() {
    assertThat(plan.assignments()).allSatisfy(a -> {
      assertThat(a.source()).as(a.place()).isNotBlank();
      assertThat(a.command().existsOn(a.from().isBefore(LocalDate.of(1950, 1, 1))
          ? LocalDate.of(1950, 12, 31) : a.from())).as(a.place() + " " + a.command()).isTrue();
    });
  }

  /**
   * History of the Unified Command Plan 1946-2012 (Joint History Office, 2013) and the DoD
   * releases 274-97 (29 May 1997: the Caribbean, Puerto Rico and the US Virgin Islands to
   * SOUTHCOM on 1 June 1997) and 188-02 (17 April 2002: NORTHCOM with Canada and Mexico, and
   * Iceland, Greenland and the Azores to EUCOM, from 1 October 2002); UCP 2008 (17 December
   * 2008: the Bahamas, Puerto Rico, the US Virgin Islands and the Turks and Caicos to NORTHCOM).
   */
  @Test
  void in1990CanadaPuertoRicoBermudaIcelandAndGreenlandLayInAtlanticCommandsArea() {
    assertPlan("CAN 1990-09-30 LANTCOM", "PRI 1990-09-30 LANTCOM", "BMU 1990-09-30 LANTCOM",
        "ISL 1990-09-30 LANTCOM", "GRL 1990-09-30 LANTCOM", "CUB 1990-09-30 LANTCOM",
        "PRI 1997-06-01 SOUTHCOM", "PRI 2008-12-17 NORTHCOM", "ISL 2002-10-01 EUCOM",
        "CAN 2002-10-01 NORTHCOM");
  }

  @Test
  void theCommandsOfEachPeriodIncludeThoseThatNoLongerExist() {
    assertPlan("JPN 1955-09-30 FECOM", "JPN 1957-09-30 INDOPACOM", "PAN 1960-09-30 CARIBCOM",
        "PAN 1963-06-06 SOUTHCOM", "GRL 1955-09-30 NEC", "SAU 1965-09-30 STRICOM",
        "RUS 1990-09-30 UNASSIGNED");
    assertThat(Command.LANTCOM.existsOn(LocalDate.of(2002, 10, 1))).isFalse();
  }

  /** Checks rows of "PLACE DATE COMMAND" against the plan. */
  private void assertPlan(String... rows) {
    for (String row : rows) {
      String[] f = row.split(" ");
      assertThat(plan.command(f[0], LocalDate.parse(f[1]))).as(row).isEqualTo(Command.of(f[2]));
    }
  }

  @Test
  void theDatedChangesIncludeIsraelAndAfricom() {
    assertThat(plan.changes()).extracting(a -> a.place() + " " + a.command() + " " + a.from())
        .contains("ISR CENTCOM 2021-09-01", "NGA AFRICOM 2008-10-01", "KAZ CENTCOM 1999-10-01");
  }

  @Test
  void overlappingAssignmentsOfOnePlaceAreRefused() {
    Assignment a = new Assignment("ISR", Command.EUCOM, LocalDate.of(1952, 8, 1),
        LocalDate.of(2022, 1, 1), Setting.ABROAD, Confidence.VERIFIED, "test", "test");
    Assignment b = new Assignment("ISR", Command.CENTCOM, LocalDate.of(2021, 9, 1), null,
        Setting.ABROAD, Confidence.VERIFIED, "test", "test");
    assertThatThrownBy(() -> CommandPlan.of(List.of(a, b))).isInstanceOf(PostureException.class)
        .hasMessageContaining("assignments of ISR overlap");
  }

  @Test
  void anUnknownTheatreNamesTheSixCommands() {
    assertThat(Command.of("pacom")).isEqualTo(Command.INDOPACOM);
    assertThatThrownBy(() -> Command.of("EUROCOM")).hasMessageContaining("'EUROCOM'")
        .hasMessageContaining("EUCOM, INDOPACOM, CENTCOM, AFRICOM, NORTHCOM, SOUTHCOM");
  }
}
