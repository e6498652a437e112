package dev.bulwark.guarantees.engine;

import static dev.bulwark.guarantees.engine.Verdict.Status.APPLIES;
import static dev.bulwark.guarantees.engine.Verdict.Status.CONTESTS;
import static dev.bulwark.guarantees.engine.Verdict.Status.EXCLUDES;
import static dev.bulwark.guarantees.treaty.Confidence.DISPUTED;
import static dev.bulwark.guarantees.treaty.Confidence.FROM_MEMORY;
import static dev.bulwark.guarantees.treaty.Confidence.VERIFIED;
import static dev.bulwark.guarantees.treaty.TargetKind.AIRCRAFT;
import static dev.bulwark.guarantees.treaty.TargetKind.CYBER;
import static dev.bulwark.guarantees.treaty.TargetKind.FORCES;
import static dev.bulwark.guarantees.treaty.TargetKind.TERRITORY;
import static dev.bulwark.guarantees.treaty.TargetKind.VESSEL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.guarantees.treaty.Confidence;
import dev.bulwark.guarantees.treaty.Instrument;
import dev.bulwark.guarantees.treaty.TargetKind;
import dev.bulwark.guarantees.treaty.Treaties;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each rule alone: one nested class per rule, named after it, gives the rule one attack and one
 * instrument's clause and checks what it finds. Facts come from treaties.md, section in comments.
 */
final class EachRuleTest {

  /** Returns the case of one clause of one instrument held against one attack. */
  private static Case clause(String instrument, String article, Attack attack) {
    Instrument i = Treaties.bundled().byId(instrument);
    return new Case(i, i.clauses().stream().filter(c -> c.article().equals(article)).findFirst()
        .orElseThrow(), attack);
  }

  private static Attack attack(String attacker, String target, TargetKind kind, String place,
      String date) {
    return Cases.attack(attacker, target, kind, place, date);
  }

  /** Checks the finding's status, the rule name outputs show, and its confidence. */
  private static Finding expect(Optional<Finding> found, Verdict.Status status, String rule,
      Confidence confidence) {
    assertThat(found).as(rule).isPresent();
    assertThat(found.get().status()).as(rule).isEqualTo(status);
    assertThat(found.get().ruleName()).isEqualTo(rule);
    assertThat(found.get().confidence()).as(rule).isEqualTo(confidence);
    return found.get();
  }

  @Test
  void everyRuleHasANestedClassNamedAfterIt() {
    Set<String> classes = Arrays.stream(EachRuleTest.class.getDeclaredClasses())
        .map(Class::getSimpleName).collect(Collectors.toSet());

    assertThat(RuleId.values()).allSatisfy(id -> assertThat(classes).contains(
        Character.toUpperCase(id.ruleName().charAt(0)) + id.ruleName().substring(1)));
  }

  @Nested
  class InstrumentInForce {
    @Test
    void russiaBelarusBindsNoOneTheDayBeforeItEntersIntoForce() {
      // §14: the Russia–Belarus security guarantees treaty is in force from 2025-03-13.
      Case c = clause("russia-belarus-2024", "security guarantees",
          attack("POL", "BLR", TERRITORY, "belarus", "2025-03-12"));
      assertThat(expect(Rules.INSTRUMENT_IN_FORCE.apply(c), EXCLUDES, "instrumentInForce",
          VERIFIED).reason()).contains("2025-03-13");
    }
  }

  @Nested
  class TargetIsProtected {
    @Test
    void theUkraineAgreementsDoNotProtectBritishTroopsInUkraine() {
      // §10: the bilateral security agreements protect Ukraine alone.
      Case c = clause("ukraine-2024", "future-attack clause",
          attack("RUS", "GBR", FORCES, "ukraine", "2025-02-12"));
      assertThat(expect(Rules.TARGET_IS_PROTECTED.apply(c), EXCLUDES, "targetIsProtected",
          VERIFIED).reason()).contains("protects Ukraine alone");
    }
  }

  @Nested
  class ClauseInForce {
    @Test
    void theAlgerianClauseHadLapsedBy1970() {
      // §1.5: the Algerian departments clause was inapplicable from 1962-07-03 [M].
      Case c = clause("nato", "6(1) Algerian departments",
          attack(null, "FRA", FORCES, "algeria", "1970-01-01"));
      assertThat(expect(Rules.CLAUSE_IN_FORCE.apply(c), EXCLUDES, "clauseInForce", FROM_MEMORY)
          .reason()).contains("1962-07-03", "not on 1970-01-01");
    }
  }

  @Nested
  class NotAGuarantee {
    @Test
    void theJointExpeditionaryForceObligesNoOne() {
      // §16: JEF is a framework for optional operations.
      Case c = clause("jef", "MoU 2015", attack("RUS", "EST", TERRITORY, "estonia", "2025-02-12"));
      assertThat(expect(Rules.NOT_A_GUARANTEE.apply(c), EXCLUDES, "notAGuarantee", VERIFIED)
          .reason()).contains("not a guarantee");
    }
  }

  @Nested
  class TargetKindCovered {
    @Test
    void article42Of7DoesNotCoverAGermanShipAtSea() {
      // §2: TEU 42(7) speaks of armed aggression on a member's territory.
      Case c = clause("eu-42-7", "42(7)", attack("RUS", "DEU", VESSEL, "baltic-sea", "2025-02-12"));
      assertThat(expect(Rules.TARGET_KIND_COVERED.apply(c), EXCLUDES, "targetKindCovered",
          VERIFIED).reason()).contains("not an attack on vessel");
    }
  }

  @Nested
  class ArmedAttackThreshold {
    @Test
    void anAirspaceIncursionDoesNotEngageArticle5() {
      // §17 case 18: MiG-31s over Estonia in 2025 led to Article 4 consultations only.
      Case c = clause("nato", "5", attack("RUS", "EST", AIRCRAFT, "estonia", "2025-09-19")
          .withIntensity(Intensity.BELOW_THRESHOLD));
      assertThat(expect(Rules.ARMED_ATTACK_THRESHOLD.apply(c), EXCLUDES, "armedAttackThreshold",
          VERIFIED).reason()).contains("Not an armed attack");
    }
  }

  @Nested
  class CyberIsCaseByCase {
    @Test
    void aCyberAttackOnFranceIsDisputedUnderArticle5() {
      // §1: cyber can be an armed attack, decided case by case (Wales 2014, Brussels 2021).
      Case c = clause("nato", "5", attack("RUS", "FRA", CYBER, "france", "2025-02-12"));
      assertThat(expect(Rules.CYBER_IS_CASE_BY_CASE.apply(c), CONTESTS, "cyberIsCaseByCase",
          DISPUTED).otherReading()).contains("No threshold is defined");
    }
  }

  @Nested
  class AttackerIsFellowParty {
    @Test
    void greeceAttackingATurkishShipIsDisputed() {
      // §17 case 6: an attack by one ally on another is unprecedented.
      Case c = clause("nato", "5",
          attack("GRC", "TUR", VESSEL, "mediterranean-sea", "2025-02-12"));
      assertThat(expect(Rules.ATTACKER_IS_FELLOW_PARTY.apply(c), CONTESTS,
          "attackerIsFellowParty", DISPUTED).otherReading()).contains("Greece is a party too");
    }
  }

  @Nested
  class ContestedParty {
    @Test
    void venezuelasObligationUnderTheRioTreatyIsDisputed() {
      // §7: Venezuela's 2019 return to the Rio Treaty is contested.
      Case c = clause("rio", "3(1)", attack("USA", "COL", TERRITORY, "colombia", "2025-02-12"));
      assertThat(expect(Rules.CONTESTED_PARTY.apply(c, "VEN"), CONTESTS, "contestedParty",
          DISPUTED).reason()).contains("Venezuela");
      assertThat(Rules.CONTESTED_PARTY.apply(c, "BRA")).isEmpty();
    }
  }

  @Nested
  class SuspendedObligation {
    @Test
    void theUnitedStatesOwesNewZealandNothingUnderAnzusSince1986() {
      // §6: the US suspended its ANZUS obligations to New Zealand in 1986.
      Case c = clause("anzus", "IV-V",
          attack("CHN", "NZL", TERRITORY, "new-zealand", "2025-02-12"));
      assertThat(expect(Rules.SUSPENDED_OBLIGATION.apply(c, "USA"), EXCLUDES,
          "suspendedObligation", VERIFIED).reason()).contains("1986");
      assertThat(Rules.SUSPENDED_OBLIGATION.apply(c, "AUS")).isEmpty();
    }
  }

  @Nested
  class NatoTerritoryInEuropeOrNorthAmerica {
    @Test
    void alaskaIsAlliedTerritoryInNorthAmerica() {
      // §1: Article 6 names the territory of any party in Europe or North America.
      Case c = clause("nato", "5", attack("RUS", "USA", TERRITORY, "alaska", "2025-02-12"));
      assertThat(expect(Rules.NATO_TERRITORY_IN_EUROPE_OR_NORTH_AMERICA.apply(c), APPLIES,
          "natoTerritoryInEuropeOrNorthAmerica", VERIFIED).reason()).contains("North America");
    }
  }

  @Nested
  class NatoTurkishTerritory {
    @Test
    void asianAnatoliaIsCoveredSince1952() {
      // §1: the 1951 protocol added "the territory of Turkey" to Article 6.
      Case c = clause("nato", "5", attack("SYR", "TUR", TERRITORY, "akcakale", "2025-02-12"));
      assertThat(expect(Rules.NATO_TURKISH_TERRITORY.apply(c), APPLIES, "natoTurkishTerritory",
          VERIFIED).reason()).contains("Turkish territory");
    }
  }

  @Nested
  class NatoNorthAtlanticIslands {
    @Test
    void madeiraIsANorthAtlanticIslandNorthOfTheTropic() {
      // §1.5: Madeira, about 32.7° N, is covered as a North Atlantic island.
      Case c = clause("nato", "5", attack(null, "PRT", TERRITORY, "madeira", "2025-02-12"));
      assertThat(expect(Rules.NATO_NORTH_ATLANTIC_ISLANDS.apply(c), APPLIES,
          "natoNorthAtlanticIslands", VERIFIED).reason()).contains("North Atlantic");
    }
  }

  @Nested
  class NatoForcesInTheTreatyArea {
    @Test
    void aGermanShipInTheBalticIsCoveredOnTheUsualReading() {
      // §1.5: the Baltic is generally treated as part of the North Atlantic area.
      Case c = clause("nato", "5", attack("RUS", "DEU", VESSEL, "baltic-sea", "2025-02-12"));
      assertThat(expect(Rules.NATO_FORCES_IN_THE_TREATY_AREA.apply(c), APPLIES,
          "natoForcesInTheTreatyArea", FROM_MEMORY).reason()).contains("Baltic");
    }
  }

  @Nested
  class NatoBlackSea {
    @Test
    void aTurkishAircraftOverTheBlackSeaIsDisputed() {
      // §17 case 19: whether the Black Sea is part of "the Mediterranean Sea" is unsettled.
      Case c = clause("nato", "5", attack("RUS", "TUR", AIRCRAFT, "black-sea", "2025-02-12"));
      assertThat(expect(Rules.NATO_BLACK_SEA.apply(c), CONTESTS, "natoBlackSea", DISPUTED)
          .otherReading()).contains("not the Black Sea");
    }
  }

  @Nested
  class NatoMediterraneanIslandBases {
    @Test
    void aStrikeOnRafAkrotiriIsDisputed() {
      // §17 case 5: the 2026 strike on RAF Akrotiri opened no NATO process.
      Case c = clause("nato", "5",
          attack("IRN", "GBR", TERRITORY, "akrotiri-and-dhekelia", "2026-03-02"));
      assertThat(expect(Rules.NATO_MEDITERRANEAN_ISLAND_BASES.apply(c), CONTESTS,
          "natoMediterraneanIslandBases", DISPUTED).otherReading()).contains("Asia");
    }
  }

  @Nested
  class NatoOccupationForcesClause {
    @Test
    void usForcesInAustriaAreADeadLetterCase() {
      // §1: Article 6(2)(b) named occupation forces in Europe on 1949-08-24; Austria's ended 1955.
      Case c = clause("nato", "5", attack(null, "USA", FORCES, "austria", "2025-02-12"));
      assertThat(expect(Rules.NATO_OCCUPATION_FORCES_CLAUSE.apply(c), CONTESTS,
          "natoOccupationForcesClause", DISPUTED).otherReading()).contains("1955");
    }
  }

  @Nested
  class CaribbeanIsNotNorthAmerica {
    @Test
    void puertoRicoIsOutsideArticle6() {
      // §1.5: Puerto Rico, south of the Tropic, is not covered [D].
      Case c = clause("nato", "5", attack(null, "USA", TERRITORY, "puerto-rico", "2025-02-12"));
      assertThat(expect(Rules.CARIBBEAN_IS_NOT_NORTH_AMERICA.apply(c), EXCLUDES,
          "caribbeanIsNotNorthAmerica", DISPUTED).reason()).contains("south of the Tropic");
    }
  }

  @Nested
  class AlgerianDepartments {
    @Test
    void frenchForcesInAlgeriaWereCoveredIn1960() {
      // §1.5: the Algerian departments were in Article 6 until independence [M].
      Case c = clause("nato", "6(1) Algerian departments",
          attack(null, "FRA", FORCES, "algeria", "1960-01-01"));
      assertThat(expect(Rules.ALGERIAN_DEPARTMENTS.apply(c), APPLIES, "algerianDepartments",
          FROM_MEMORY).reason()).contains("until independence");
    }
  }

  @Nested
  class EuArmedAggressionOnItsTerritory {
    @Test
    void cyprusIsMemberTerritoryUnder42Of7() {
      // §2: 42(7) covers armed aggression on a member state's territory.
      Case c = clause("eu-42-7", "42(7)", attack("TUR", "CYP", TERRITORY, "cyprus", "2025-02-12"));
      assertThat(expect(Rules.EU_ARMED_AGGRESSION_ON_ITS_TERRITORY.apply(c), APPLIES,
          "euArmedAggressionOnItsTerritory", VERIFIED).reason()).contains("within the EU");
    }
  }

  @Nested
  class EuOverseasCountriesAndTerritories {
    @Test
    void arubaOutsideTheEuTreatiesIsDisputed() {
      // §2: whether 42(7) reaches overseas countries and territories is untested.
      Case c = clause("eu-42-7", "42(7)", attack(null, "NLD", TERRITORY, "aruba", "2025-02-12"));
      assertThat(expect(Rules.EU_OVERSEAS_COUNTRIES_AND_TERRITORIES.apply(c), CONTESTS,
          "euOverseasCountriesAndTerritories", DISPUTED).otherReading())
          .contains("outside the EU treaties");
    }
  }

  @Nested
  class JapanAdministeredTerritory {
    @Test
    void theSenkakusAreUnderJapaneseAdministration() {
      // §3: Article V covers the Senkakus, administered by Japan and claimed by China and Taiwan.
      Case c = clause("us-japan", "V",
          attack("CHN", "JPN", TERRITORY, "Diaoyu Islands", "2025-02-12"));
      assertThat(expect(Rules.JAPAN_ADMINISTERED_TERRITORY.apply(c), APPLIES,
          "japanAdministeredTerritory", VERIFIED).reason()).contains("CHN, TWN");
    }
  }

  @Nested
  class KoreaPacificAdministeredTerritory {
    @Test
    void yeonpyeongIsUnderKoreanAdministration() {
      // §4: Article III covers territory in the Pacific area under ROK administrative control.
      Case c = clause("us-rok", "III",
          attack("PRK", "KOR", TERRITORY, "yeonpyeong", "2025-02-12"));
      assertThat(expect(Rules.KOREA_PACIFIC_ADMINISTERED_TERRITORY.apply(c), APPLIES,
          "koreaPacificAdministeredTerritory", VERIFIED).reason())
          .contains("administrative control");
    }
  }

  @Nested
  class SouthChinaSeaIsPacific {
    @Test
    void aPhilippineVesselInTheSouthChinaSeaIsInThePacific() {
      // §5: the US declared the South China Sea part of the Pacific (2019, 2023 Guidelines).
      Case c = clause("us-philippines", "IV-V",
          attack("CHN", "PHL", VESSEL, "south-china-sea", "2025-02-12"));
      assertThat(expect(Rules.SOUTH_CHINA_SEA_IS_PACIFIC.apply(c), APPLIES,
          "southChinaSeaIsPacific", VERIFIED).reason()).contains("Pompeo 2019");
    }
  }

  @Nested
  class PacificAreaAttack {
    @Test
    void anzusCoveredTheAttackOnUsMetropolitanTerritoryIn2001() {
      // §6: Australia invoked ANZUS after 9/11.
      Case c = clause("anzus", "IV-V",
          attack(null, "USA", TERRITORY, "united-states", "2001-09-11"));
      assertThat(expect(Rules.PACIFIC_AREA_ATTACK.apply(c), APPLIES, "pacificAreaAttack",
          VERIFIED).reason()).contains("metropolitan territory");
    }
  }

  @Nested
  class AmericanStateAttacked {
    @Test
    void argentinaWasAnAmericanStateAttackedIn1982() {
      // §7: the Rio Treaty covers an armed attack on an American state in the Americas.
      Case c = clause("rio", "3(1)", attack("GBR", "ARG", TERRITORY, "argentina", "1982-05-01"));
      assertThat(expect(Rules.AMERICAN_STATE_ATTACKED.apply(c), APPLIES, "americanStateAttacked",
          VERIFIED).reason()).contains("none is compelled");
    }
  }

  @Nested
  class TaiwanAndPenghuOnly {
    @Test
    void matsuIsNotNamedInTheTaiwanRelationsAct() {
      // §9: the Act defines Taiwan as Taiwan and the Pescadores; Kinmen and Matsu are not named.
      Case c = clause("taiwan-relations-act", "2(b), 3(c)",
          attack("CHN", "TWN", TERRITORY, "matsu", "2025-02-12"));
      assertThat(expect(Rules.TAIWAN_AND_PENGHU_ONLY.apply(c), EXCLUDES, "taiwanAndPenghuOnly",
          VERIFIED).reason()).contains("not named");
    }
  }

  @Nested
  class NuclearAggressionOnly {
    @Test
    void nuclearAggressionOnUkraineEngagesParagraph4() {
      // §8: Budapest paragraph 4 seeks Security Council action if nuclear weapons are used.
      Case c = clause("budapest", "4", attack("RUS", "UKR", TERRITORY, "ukraine", "2025-02-12")
          .withIntensity(Intensity.NUCLEAR));
      assertThat(expect(Rules.NUCLEAR_AGGRESSION_ONLY.apply(c), APPLIES, "nuclearAggressionOnly",
          VERIFIED).reason()).contains("Security Council");
    }
  }

  @Nested
  class PartyTerritoryAnywhere {
    @Test
    void russianForcesInCrimeaAreADisputedCaseForNorthKorea() {
      // §12: Russia's annexed regions are a major ambiguity of the Russia–DPRK treaty.
      Case c = clause("russia-dprk-2024", "4",
          attack("UKR", "RUS", FORCES, "crimea", "2025-02-12"));
      assertThat(expect(Rules.PARTY_TERRITORY_ANYWHERE.apply(c), CONTESTS,
          "partyTerritoryAnywhere", DISPUTED).otherReading())
          .contains("internationally recognised territory");
    }
  }

  @Nested
  class BilateralAggressionOnTerritory {
    @Test
    void franceOwesGreeceAidAgainstAggressionOnItsTerritory() {
      // §15: France–Greece Article 2 covers armed aggression against a party's territory [V].
      Case c = clause("france-greece-2021", "2",
          attack("TUR", "GRC", TERRITORY, "greece", "2025-02-12"));
      assertThat(expect(Rules.BILATERAL_AGGRESSION_ON_TERRITORY.apply(c), APPLIES,
          "bilateralAggressionOnTerritory", VERIFIED).reason()).contains("Article 2");
    }
  }

  @Nested
  class PacificConsultation {
    @Test
    void aJapaneseShipInTheSouthChinaSeaEngagesArticleIv() {
      // §3: Article IV, consultation on "international peace and security in the Far East".
      Case c = clause("us-japan", "IV",
          attack("CHN", "JPN", VESSEL, "south-china-sea", "2025-02-12"));
      assertThat(expect(Rules.PACIFIC_CONSULTATION.apply(c), APPLIES, "pacificConsultation",
          FROM_MEMORY).reason()).contains("Article IV");
    }
  }

  @Nested
  class ConsultationAnywhere {
    @Test
    void usRokArticleIiHasNoGeographicLimit() {
      // §4: US–ROK Article II consultation applies whenever either party is threatened.
      Case c = clause("us-rok", "II", attack("IRN", "USA", FORCES, "syria", "2025-02-12"));
      assertThat(expect(Rules.CONSULTATION_ANYWHERE.apply(c), APPLIES, "consultationAnywhere",
          VERIFIED).reason()).startsWith("Article II:");
    }
  }

  @Nested
  class OutsideTheArea {
    @Test
    void newCaledoniaIsOutsideArticle6() {
      // §1.5: French territories in the Pacific lie outside the area of Article 6.
      Case c = clause("nato", "5", attack("CHN", "FRA", TERRITORY, "new-caledonia", "2025-02-12"));
      assertThat(expect(Rules.OUTSIDE_THE_AREA.apply(c), EXCLUDES, "outsideTheArea", VERIFIED)
          .reason()).contains("outside the area of Article 5");
    }
  }

  @Nested
  class InterceptedStrike {
    @Test
    void anInterceptedMissileAtTurkiyeAddsACaveat() {
      // §17 case 25: the missile intercepted on 2026-03-04 led to no talk of Article 5.
      Attack intercepted = attack("IRN", "TUR", TERRITORY, "turkiye", "2026-03-04")
          .withIntensity(Intensity.INTERCEPTED);
      assertThat(Rules.INTERCEPTED_STRIKE.apply(intercepted))
          .hasValueSatisfying(caveat -> assertThat(caveat).contains("2026-03-04"));
      assertThat(Rules.INTERCEPTED_STRIKE.spec().name()).isEqualTo("interceptedStrike");
    }
  }
}
