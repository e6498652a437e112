package dev.bulwark.guarantees.engine;

import static dev.bulwark.guarantees.engine.Cases.anyDefender;
import static dev.bulwark.guarantees.engine.Cases.assess;
import static dev.bulwark.guarantees.engine.Cases.bound;
import static dev.bulwark.guarantees.engine.Cases.defenders;
import static dev.bulwark.guarantees.engine.Cases.disputed;
import static dev.bulwark.guarantees.engine.Cases.notBoundRules;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.guarantees.treaty.Strength;
import dev.bulwark.guarantees.treaty.TargetKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The 25 edge cases of {@code ../shared/reference/treaties.md} §17, each with the answer documented
 * there (numbers in the test names are the section's).
 */
final class EdgeCasesTest {

  @Test
  void case01UsForcesInHawaiiBindAustraliaAndThePhilippinesNotNatoNorJapanNorNewZealand() {
    Assessment a = assess("CHN", "USA", TargetKind.FORCES, "hawaii", "2025-02-12");

    assertThat(defenders(a, "nato")).isEmpty();
    assertThat(notBoundRules(a, "nato")).contains("outsideTheArea");
    assertThat(bound(a, "nato")).hasSize(31); // Article 4 consultation remains
    assertThat(defenders(a, "anzus")).containsExactly("AUS");
    assertThat(a.notBound()).anyMatch(n -> n.instrument().equals("anzus")
        && n.states().equals(List.of("NZL")) && n.rule().equals("suspendedObligation"));
    assertThat(defenders(a, "us-philippines")).containsExactly("PHL");
    assertThat(disputed(a, "us-rok")).singleElement()
        .satisfies(d -> assertThat(d.guarantors()).containsExactly("KOR"));
    assertThat(defenders(a, "us-japan")).isEmpty();
    assertThat(notBoundRules(a, "us-japan")).contains("outsideTheArea");
  }

  @Test
  void case02AnAttackOnGuamFollowsTheHawaiiPattern() {
    Assessment a = assess("CHN", "USA", TargetKind.TERRITORY, "guam", "2025-02-12");

    assertThat(defenders(a, "nato")).isEmpty();
    assertThat(anyDefender(a)).containsExactly("AUS", "PHL");
    assertThat(disputed(a, "us-rok")).isNotEmpty();
    assertThat(defenders(a, "us-japan")).isEmpty();
  }

  @Test
  void case03FrenchGuianaEngagesTheEuClauseButNotNato() {
    Assessment a = assess("BRA", "FRA", TargetKind.TERRITORY, "Kourou", "2025-02-12");

    assertThat(defenders(a, "nato")).isEmpty();
    assertThat(defenders(a, "eu-42-7")).hasSize(26).contains("AUT", "IRL", "DEU");
    assertThat(a.strongest("DEU").orElseThrow().strength()).isEqualTo(Strength.ALL_MEANS);
    assertThat(notBoundRules(a, "rio")).containsExactly("targetIsProtected");
  }

  @Test
  void case04ArgentinaSeizingTheFalklandsBindsNoOneToHelpTheUnitedKingdom() {
    Assessment a = assess("ARG", "GBR", TargetKind.TERRITORY, "falkland-islands", "2025-02-12");

    assertThat(anyDefender(a)).isEmpty();
    assertThat(notBoundRules(a, "nato")).contains("outsideTheArea");
    assertThat(notBoundRules(a, "eu-42-7")).containsExactly("targetIsProtected");
    assertThat(notBoundRules(a, "rio")).containsExactly("targetIsProtected");
  }

  @Test
  void case05AStrikeOnRafAkrotiriIsDisputedForNatoAndOutsideTheEuClause() {
    Assessment a = assess("IRN", "GBR", TargetKind.FORCES, "RAF Akrotiri", "2026-03-02");

    assertThat(disputed(a, "nato")).singleElement().satisfies(d -> {
      assertThat(d.rule()).isEqualTo("natoMediterraneanIslandBases");
      assertThat(d.guarantors()).hasSize(31);
    });
    assertThat(bound(a, "nato")).hasSize(31); // Article 4 remains
    assertThat(defenders(a, "nato")).isEmpty();
    assertThat(notBoundRules(a, "eu-42-7")).containsExactly("targetIsProtected");
  }

  @Test
  void case06ATurkishFrigateInTheEasternMediterraneanBindsTheOther31Allies() {
    Assessment a = assess("SYR", "TUR", TargetKind.VESSEL, "eastern Mediterranean", "2025-02-12");

    assertThat(defenders(a, "nato")).hasSize(31).doesNotContain("TUR");
    assertThat(a.bound()).filteredOn(b -> b.instrument().equals("nato"))
        .allMatch(b -> b.article().equals("5") && b.rule().equals("natoForcesInTheTreatyArea"));
  }

  @Test
  void case07UsTroopsInSyriaAreOutsideArticle5ButUsForcesAtIncirlikAreCovered() {
    Assessment syria = assess("IRN", "USA", TargetKind.FORCES, "syria", "2025-02-12");
    Assessment incirlik = assess("IRN", "USA", TargetKind.FORCES, "incirlik", "2025-02-12");

    assertThat(anyDefender(syria)).isEmpty();
    assertThat(bound(syria, "nato")).hasSize(31);
    assertThat(syria.strongest("DEU").orElseThrow().strength()).isEqualTo(Strength.CONSULTATION);
    assertThat(defenders(incirlik, "nato")).hasSize(31).contains("TUR");
  }

  @Test
  void case08EuropeanPeacekeepersAttackedInUkraineAreCoveredByNoCollectiveDefenceClause() {
    Assessment a = assess("RUS", "FRA", TargetKind.FORCES, "UKR", "2025-02-12");

    assertThat(anyDefender(a)).isEmpty();
    assertThat(notBoundRules(a, "nato")).contains("outsideTheArea");
    assertThat(notBoundRules(a, "eu-42-7")).containsExactly("targetKindCovered");
    assertThat(notBoundRules(a, "ukraine-2024")).containsExactly("targetIsProtected");
    Assessment paris = assess("RUS", "FRA", TargetKind.TERRITORY, "france", "2025-02-12");
    assertThat(defenders(paris, "nato")).hasSize(31);
  }

  @Test
  void case09FireOnAJapanCoastGuardVesselAtTheSenkakusEngagesUsJapanArticleV() {
    Assessment a = assess("CHN", "JPN", TargetKind.VESSEL, "senkaku-islands", "2025-02-12");
    Assessment beyond = assess("CHN", "JPN", TargetKind.VESSEL, "east-china-sea", "2025-02-12");

    assertThat(defenders(a, "us-japan")).containsExactly("USA");
    assertThat(a.strongest("USA").orElseThrow().strength())
        .isEqualTo(Strength.CONSTITUTIONAL_PROCESSES);
    assertThat(defenders(beyond, "us-japan")).isEmpty();
    Assessment waterCannon = Cases.ENGINE.assess(Cases.attack("CHN", "JPN", TargetKind.VESSEL,
        "senkaku-islands", "2025-02-12").withIntensity(Intensity.BELOW_THRESHOLD));
    assertThat(defenders(waterCannon, "us-japan")).isEmpty();
    assertThat(notBoundRules(waterCannon, "us-japan")).contains("armedAttackThreshold");
  }

  @Test
  void case10FireOnAPhilippineCoastGuardCutterAtSecondThomasShoalBindsTheUnitedStates() {
    Assessment a = assess("CHN", "PHL", TargetKind.VESSEL, "Ayungin Shoal", "2025-02-12");

    assertThat(defenders(a, "us-philippines")).containsExactly("USA");
    assertThat(a.bound()).filteredOn(b -> b.instrument().equals("us-philippines"))
        .allMatch(b -> b.rule().equals("southChinaSeaIsPacific"));
  }

  @Test
  void case11AnAttackOnUsBasesInOkinawaBindsJapanButTaiwanGetsNoTreatyObligation() {
    Assessment okinawa = assess("CHN", "USA", TargetKind.FORCES, "okinawa", "2025-02-12");
    Assessment taiwan = assess("CHN", "TWN", TargetKind.TERRITORY, "taiwan", "2025-02-12");
    Assessment kinmen = assess("CHN", "TWN", TargetKind.TERRITORY, "kinmen", "2025-02-12");

    assertThat(defenders(okinawa, "us-japan")).containsExactly("JPN");
    assertThat(anyDefender(taiwan)).isEmpty();
    assertThat(taiwan.strongest("USA").orElseThrow().strength()).isEqualTo(Strength.ASSURANCES);
    assertThat(bound(kinmen, "taiwan-relations-act")).isEmpty();
    assertThat(notBoundRules(kinmen, "taiwan-relations-act")).contains("taiwanAndPenghuOnly");
  }

  @Test
  void case12CeutaIsOutsideNatoTerritoryButInsideTheEuClauseAndSpanishShipsOffItAreCovered() {
    Assessment land = assess("MAR", "ESP", TargetKind.TERRITORY, "ceuta", "2025-02-12");
    Assessment ship = assess("MAR", "ESP", TargetKind.VESSEL, "ceuta", "2025-02-12");
    Assessment canaries = assess("MAR", "ESP", TargetKind.TERRITORY, "canary-islands", "2025-02-12");

    assertThat(defenders(land, "nato")).isEmpty();
    assertThat(defenders(land, "eu-42-7")).hasSize(26);
    assertThat(defenders(ship, "nato")).hasSize(31);
    assertThat(defenders(canaries, "nato")).hasSize(31);
  }

  @Test
  void case13AnAttackOnGreenlandByRussiaEngagesNatoWhileTheEuClauseIsDisputed() {
    Assessment a = assess("RUS", "DNK", TargetKind.TERRITORY, "greenland", "2025-02-12");

    assertThat(defenders(a, "nato")).hasSize(31);
    assertThat(disputed(a, "eu-42-7")).singleElement()
        .satisfies(d -> assertThat(d.rule()).isEqualTo("euOverseasCountriesAndTerritories"));
  }

  @Test
  void case14AnAttackOnGreenlandByTheUnitedStatesIsUnprecedentedAndDisputed() {
    Assessment a = assess("USA", "DNK", TargetKind.TERRITORY, "greenland", "2026-01-05");

    assertThat(defenders(a, "nato")).isEmpty();
    assertThat(disputed(a, "nato")).singleElement().satisfies(d -> {
      assertThat(d.rule()).isEqualTo("attackerIsFellowParty");
      assertThat(d.guarantors()).hasSize(30).doesNotContain("USA", "DNK");
    });
    assertThat(disputed(a, "eu-42-7")).isNotEmpty();
  }

  @Test
  void case15AnAttackOnSvalbardEngagesNatoAndNotTheEuClause() {
    Assessment a = assess("RUS", "NOR", TargetKind.TERRITORY, "svalbard", "2025-02-12");

    assertThat(defenders(a, "nato")).hasSize(31);
    assertThat(notBoundRules(a, "eu-42-7")).containsExactly("targetIsProtected");
  }

  @Test
  void case16AMassiveCyberAttackOnAnAllysGridIsPossibleNotAutomatic() {
    Assessment a = assess("RUS", "EST", TargetKind.CYBER, "estonia", "2025-02-12");

    assertThat(anyDefender(a)).isEmpty();
    assertThat(disputed(a, "nato")).singleElement()
        .satisfies(d -> assertThat(d.rule()).isEqualTo("cyberIsCaseByCase"));
    assertThat(disputed(a, "eu-42-7")).isNotEmpty();
  }

  @Test
  void case17FinlandAndSwedenAreCoveredByArticle5FromTheDayTheyDeposited() {
    Assessment finlandBefore = assess("RUS", "FIN", TargetKind.TERRITORY, "finland", "2023-04-03");
    Assessment finlandAfter = assess("RUS", "FIN", TargetKind.TERRITORY, "finland", "2023-04-05");
    Assessment swedenBefore = assess("RUS", "SWE", TargetKind.TERRITORY, "gotland", "2024-03-06");
    Assessment swedenAfter = assess("RUS", "SWE", TargetKind.TERRITORY, "gotland", "2024-03-08");

    assertThat(defenders(finlandBefore, "nato")).isEmpty();
    assertThat(notBoundRules(finlandBefore, "nato")).containsExactly("targetIsProtected");
    assertThat(defenders(finlandBefore, "eu-42-7")).hasSize(26);
    assertThat(defenders(finlandAfter, "nato")).hasSize(30).doesNotContain("SWE");
    assertThat(defenders(swedenBefore, "nato")).isEmpty();
    assertThat(defenders(swedenBefore, "eu-42-7")).hasSize(26);
    assertThat(defenders(swedenAfter, "nato")).hasSize(31).contains("FIN");
    // ...and the political UK declarations of 2022-05-11 (level 2, no duty to fight).
    assertThat(bound(finlandBefore, "uk-finland-2022")).containsExactly("GBR");
    assertThat(bound(swedenBefore, "uk-sweden-2022")).containsExactly("GBR");
  }

  @Test
  void case18DronesWithoutCasualtiesOverPolandLeadToArticle4NotArticle5() {
    Assessment a = Cases.ENGINE.assess(Cases.attack("RUS", "POL", TargetKind.AIRCRAFT, "poland",
        "2025-09-10").withIntensity(Intensity.BELOW_THRESHOLD));

    assertThat(anyDefender(a)).isEmpty();
    assertThat(notBoundRules(a, "nato")).contains("armedAttackThreshold");
    assertThat(bound(a, "nato")).hasSize(31);
    assertThat(a.strongest("USA").orElseThrow().article()).isEqualTo("4");
  }

  @Test
  void case19ANatoWarshipAttackedInTheBlackSeaIsUncertain() {
    Assessment a = assess("RUS", "ROU", TargetKind.VESSEL, "black-sea", "2025-02-12");

    assertThat(defenders(a, "nato")).isEmpty();
    assertThat(disputed(a, "nato")).singleElement()
        .satisfies(d -> assertThat(d.rule()).isEqualTo("natoBlackSea"));
  }

  @Test
  void case20KforTroopsAttackedInKosovoAreNotCoveredByArticle6() {
    Assessment a = assess("SRB", "ITA", TargetKind.FORCES, "kosovo", "2025-02-12");

    assertThat(defenders(a, "nato")).isEmpty();
    assertThat(notBoundRules(a, "nato")).contains("outsideTheArea");
  }

  @Test
  void case21AUsStrikeOnNorthKoreaEngagesTheRussianAndChineseTreatiesAndADprkAttackEngagesTheUs() {
    Assessment strike = assess("USA", "PRK", TargetKind.TERRITORY, "north-korea", "2025-02-12");
    Assessment before = assess("USA", "PRK", TargetKind.TERRITORY, "north-korea", "2024-08-06");
    Assessment south = assess("PRK", "KOR", TargetKind.TERRITORY, "south-korea", "2025-02-12");

    assertThat(defenders(strike, "russia-dprk-2024")).containsExactly("RUS");
    assertThat(defenders(strike, "china-dprk-1961")).containsExactly("CHN");
    assertThat(strike.strongest("RUS").orElseThrow().strength()).isEqualTo(Strength.AUTOMATIC);
    assertThat(notBoundRules(before, "russia-dprk-2024")).containsExactly("instrumentInForce");
    assertThat(defenders(south, "us-rok")).containsExactly("USA");
  }

  @Test
  void case22AnAttackOnBelarusBindsRussiaTwiceAndTheCstoExceptFrozenArmenia() {
    Assessment a = assess("POL", "BLR", TargetKind.TERRITORY, "belarus", "2025-06-01");

    assertThat(defenders(a, "russia-belarus-2024")).containsExactly("RUS");
    assertThat(defenders(a, "csto")).containsExactly("KAZ", "KGZ", "RUS", "TJK");
    assertThat(disputed(a, "csto")).singleElement()
        .satisfies(d -> assertThat(d.guarantors()).containsExactly("ARM"));
  }

  @Test
  void case23AzerbaijanAttackingArmeniaGivesANominalInoperativeCstoObligation() {
    Assessment a = assess("AZE", "ARM", TargetKind.TERRITORY, "armenia", "2025-02-12");

    assertThat(defenders(a, "csto")).isEmpty();
    assertThat(disputed(a, "csto")).first().satisfies(d -> {
      assertThat(d.rule()).isEqualTo("contestedParty");
      assertThat(d.guarantors()).contains("RUS", "KAZ");
      assertThat(d.notBoundReading()).contains("inoperative");
    });
  }

  @Test
  void case24ARenewedRussianOffensiveGivesUkraineConsultationAndSupportAtMost() {
    Assessment a = assess("RUS", "UKR", TargetKind.TERRITORY, "ukraine", "2025-02-12");

    assertThat(anyDefender(a)).isEmpty();
    assertThat(notBoundRules(a, "nato")).containsExactly("targetIsProtected");
    assertThat(notBoundRules(a, "eu-42-7")).containsExactly("targetIsProtected");
    assertThat(bound(a, "ukraine-2024")).contains("GBR", "FRA", "DEU", "USA", "JPN");
    assertThat(a.strongest("USA").orElseThrow().strength()).isEqualTo(Strength.CONSULT_AND_SUPPORT);
    assertThat(bound(a, "budapest")).containsExactly("GBR", "USA");
  }

  @Test
  void case25AnInterceptedIranianMissileAtTurkiyeIsEligibleButInvocationIsUnlikely() {
    Assessment a = Cases.ENGINE.assess(Cases.attack("IRN", "TUR", TargetKind.TERRITORY,
        "turkiye", "2026-03-04").withIntensity(Intensity.INTERCEPTED));

    assertThat(defenders(a, "nato")).hasSize(31);
    assertThat(a.caveats()).anyMatch(c -> c.contains("2026-03-04"))
        .anyMatch(c -> c.contains("political"));
  }
}
