package dev.bulwark.guarantees.engine;

import static dev.bulwark.guarantees.engine.Cases.assess;
import static dev.bulwark.guarantees.engine.Cases.bound;
import static dev.bulwark.guarantees.engine.Cases.defenders;
import static dev.bulwark.guarantees.engine.Cases.disputed;
import static dev.bulwark.guarantees.engine.Cases.notBoundRules;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.guarantees.treaty.Strength;
import dev.bulwark.guarantees.treaty.TargetKind;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** One test per rule of the engine, named after it; facts from treaties.md, section in comments. */
final class RulesTest {

  private static boolean decidedBy(Assessment a, String instrument, String rule) {
    return a.of(instrument).stream().anyMatch(o -> o.rule().equals(rule));
  }

  @Test
  void everyRuleHasATestNamedAfterIt() {
    Set<String> tests = Arrays.stream(RulesTest.class.getDeclaredMethods()).map(Method::getName)
        .collect(Collectors.toSet());

    assertThat(RuleBook.rules()).hasSizeGreaterThan(30)
        .allSatisfy(rule -> assertThat(tests).as(rule.name()).contains(rule.name()));
  }

  @Test
  void everyOutcomeNamesADocumentedRule() {
    Set<String> rules = RuleBook.rules().stream().map(RuleSpec::name).collect(Collectors.toSet());
    List<Assessment> answers = List.of(
        assess("RUS", "EST", TargetKind.TERRITORY, "estonia", "2025-02-12"),
        assess("CHN", "USA", TargetKind.FORCES, "hawaii", "2025-02-12"),
        assess("AZE", "ARM", TargetKind.TERRITORY, "armenia", "2025-02-12"));

    assertThat(answers).flatMap(Assessment::outcomes)
        .allSatisfy(o -> assertThat(rules).contains(o.rule()));
  }

  @Test
  void bilateralAggressionOnTerritory() {
    // §15: France–Greece Art 2 (4a) covers aggression against a party's territory, an ally's
    // included; the Treaty of Nancy binds France to Poland from its entry into force, 2026-01-22.
    Assessment greece = assess("TUR", "GRC", TargetKind.TERRITORY, "greece", "2025-02-12");
    Assessment poland = assess("RUS", "POL", TargetKind.TERRITORY, "poland", "2026-01-22");
    Assessment ships = assess("RUS", "DEU", TargetKind.VESSEL, "baltic-sea", "2025-09-01");

    assertThat(defenders(greece, "france-greece-2021")).containsExactly("FRA");
    assertThat(greece.bound()).filteredOn(b -> b.instrument().equals("france-greece-2021"))
        .extracting(Outcome.Bound::strength).containsExactly(Strength.ALL_MEANS);
    assertThat(decidedBy(greece, "france-greece-2021", "bilateralAggressionOnTerritory")).isTrue();
    assertThat(defenders(poland, "france-poland-2025")).containsExactly("FRA");
    assertThat(notBoundRules(ships, "uk-germany-2025")).containsExactly("targetKindCovered");
  }

  @Test
  void instrumentInForce() {
    // §14: Russia–Belarus in force 2025-03-13.
    Assessment a = assess("POL", "BLR", TargetKind.TERRITORY, "belarus", "2025-03-12");
    assertThat(notBoundRules(a, "russia-belarus-2024")).containsExactly("instrumentInForce");
    // §15: the Treaty of Nancy, signed 2025-05-09, is in force from 2026-01-22.
    Assessment nancy = assess("RUS", "POL", TargetKind.TERRITORY, "poland", "2026-01-21");
    assertThat(notBoundRules(nancy, "france-poland-2025")).containsExactly("instrumentInForce");
  }

  @Test
  void targetIsProtected() {
    // §10: the Ukraine agreements protect Ukraine, not the contributors' troops.
    Assessment a = assess("RUS", "GBR", TargetKind.FORCES, "ukraine", "2025-02-12");
    assertThat(notBoundRules(a, "ukraine-2024")).containsExactly("targetIsProtected");
    assertThat(notBoundRules(a, "csto")).containsExactly("targetIsProtected");
  }

  @Test
  void clauseInForce() {
    // §1.5: the Algerian clause lapsed on 1962-07-03.
    Assessment a = assess(null, "FRA", TargetKind.FORCES, "algeria", "1970-01-01");
    assertThat(notBoundRules(a, "nato")).contains("clauseInForce");
    assertThat(defenders(a, "nato")).isEmpty();
  }

  @Test
  void notAGuarantee() {
    // §16: JEF membership never creates an obligation.
    Assessment a = assess("RUS", "EST", TargetKind.TERRITORY, "estonia", "2025-02-12");
    assertThat(notBoundRules(a, "jef")).containsExactly("notAGuarantee");
  }

  @Test
  void targetKindCovered() {
    // §2: 42(7) speaks of territory only.
    Assessment a = assess("RUS", "DEU", TargetKind.VESSEL, "baltic-sea", "2025-02-12");
    assertThat(notBoundRules(a, "eu-42-7")).containsExactly("targetKindCovered");
  }

  @Test
  void armedAttackThreshold() {
    // §17 case 18: the MiG-31s over Estonia led to Article 4 on 2025-09-23.
    Assessment a = Cases.ENGINE.assess(Cases.attack("RUS", "EST", TargetKind.AIRCRAFT, "estonia",
        "2025-09-19").withIntensity(Intensity.BELOW_THRESHOLD));
    assertThat(notBoundRules(a, "nato")).contains("armedAttackThreshold");
    assertThat(a.strongest("FIN").orElseThrow().strength()).isEqualTo(Strength.CONSULTATION);
  }

  @Test
  void cyberIsCaseByCase() {
    Assessment a = assess("RUS", "FRA", TargetKind.CYBER, "france", "2025-02-12");
    assertThat(disputed(a, "nato")).singleElement()
        .satisfies(d -> assertThat(d.rule()).isEqualTo("cyberIsCaseByCase"));
    assertThat(disputed(a, "eu-42-7")).singleElement()
        .satisfies(d -> assertThat(d.rule()).isEqualTo("cyberIsCaseByCase"));
  }

  @Test
  void attackerIsFellowParty() {
    // §1.5 on 1952 text; §17 case 6 caveat (b): Greece attacking a Turkish vessel.
    Assessment a = assess("GRC", "TUR", TargetKind.VESSEL, "mediterranean-sea", "2025-02-12");
    assertThat(disputed(a, "nato")).singleElement().satisfies(d -> {
      assertThat(d.rule()).isEqualTo("attackerIsFellowParty");
      assertThat(d.guarantors()).hasSize(30).doesNotContain("GRC", "TUR");
    });
  }

  @Test
  void contestedParty() {
    // §7: Venezuela's 2019 return to the Rio Treaty is contested.
    Assessment a = assess("USA", "COL", TargetKind.TERRITORY, "colombia", "2025-02-12");
    assertThat(a.disputed()).anyMatch(d -> d.instrument().equals("rio")
        && d.rule().equals("contestedParty") && d.guarantors().contains("VEN"));
    assertThat(bound(a, "rio")).contains("BRA", "ARG").doesNotContain("VEN", "MEX");
  }

  @Test
  void suspendedObligation() {
    // §6: the US suspended its obligations to New Zealand in 1986.
    Assessment a = assess("CHN", "NZL", TargetKind.TERRITORY, "new-zealand", "2025-02-12");
    Assessment before = assess("CHN", "NZL", TargetKind.TERRITORY, "new-zealand", "1985-01-01");
    assertThat(defenders(a, "anzus")).containsExactly("AUS");
    assertThat(notBoundRules(a, "anzus")).containsExactly("suspendedObligation");
    assertThat(defenders(before, "anzus")).containsExactly("AUS", "USA");
  }

  @Test
  void natoTerritoryInEuropeOrNorthAmerica() {
    Assessment alaska = assess("RUS", "USA", TargetKind.TERRITORY, "alaska", "2025-02-12");
    assertThat(defenders(alaska, "nato")).hasSize(31);
    assertThat(decidedBy(alaska, "nato", "natoTerritoryInEuropeOrNorthAmerica")).isTrue();
  }

  @Test
  void natoTurkishTerritory() {
    Assessment a = assess("SYR", "TUR", TargetKind.TERRITORY, "akcakale", "2025-02-12");
    Assessment in1950 = assess("SYR", "TUR", TargetKind.TERRITORY, "turkiye", "1950-01-01");
    assertThat(decidedBy(a, "nato", "natoTurkishTerritory")).isTrue();
    assertThat(defenders(a, "nato")).hasSize(31);
    assertThat(notBoundRules(in1950, "nato")).containsExactly("targetIsProtected");
  }

  @Test
  void natoNorthAtlanticIslands() {
    // §1.5: Madeira (about 32.7° N, on the African plate) is covered as a North Atlantic island.
    Assessment a = assess(null, "PRT", TargetKind.TERRITORY, "madeira", "2025-02-12");
    assertThat(decidedBy(a, "nato", "natoNorthAtlanticIslands")).isTrue();
    assertThat(defenders(a, "nato")).hasSize(31);
  }

  @Test
  void natoForcesInTheTreatyArea() {
    Assessment atlantic = assess("RUS", "NOR", TargetKind.VESSEL, "40,-40", "2025-02-12");
    Assessment baltic = assess("RUS", "DEU", TargetKind.VESSEL, "baltic-sea", "2025-02-12");
    Assessment before1952 = assess(null, "ITA", TargetKind.VESSEL, "mediterranean-sea", "1951-01-01");
    assertThat(defenders(atlantic, "nato")).hasSize(31);
    assertThat(decidedBy(baltic, "nato", "natoForcesInTheTreatyArea")).isTrue();
    assertThat(defenders(before1952, "nato")).isEmpty();
  }

  @Test
  void natoBlackSea() {
    Assessment a = assess("RUS", "TUR", TargetKind.AIRCRAFT, "black-sea", "2025-02-12");
    assertThat(disputed(a, "nato")).singleElement()
        .satisfies(d -> assertThat(d.rule()).isEqualTo("natoBlackSea"));
  }

  @Test
  void natoMediterraneanIslandBases() {
    Assessment a = assess("IRN", "GBR", TargetKind.TERRITORY, "akrotiri-and-dhekelia", "2026-03-02");
    assertThat(disputed(a, "nato")).singleElement()
        .satisfies(d -> assertThat(d.notBoundReading()).contains("Asia"));
  }

  @Test
  void natoOccupationForcesClause() {
    Assessment a = assess(null, "USA", TargetKind.FORCES, "austria", "2025-02-12");
    assertThat(disputed(a, "nato")).singleElement()
        .satisfies(d -> assertThat(d.rule()).isEqualTo("natoOccupationForcesClause"));
  }

  @Test
  void caribbeanIsNotNorthAmerica() {
    // §1.5: Puerto Rico not covered [D]; Aruba and Guadeloupe not covered.
    Assessment a = assess(null, "USA", TargetKind.TERRITORY, "puerto-rico", "2025-02-12");
    assertThat(notBoundRules(a, "nato")).contains("caribbeanIsNotNorthAmerica");
    assertThat(defenders(a, "nato")).isEmpty();
  }

  @Test
  void algerianDepartments() {
    Assessment a = assess(null, "FRA", TargetKind.FORCES, "algeria", "1960-01-01");
    assertThat(defenders(a, "nato")).hasSize(14);
    assertThat(decidedBy(a, "nato", "algerianDepartments")).isTrue();
  }

  @Test
  void euArmedAggressionOnItsTerritory() {
    Assessment a = assess("TUR", "CYP", TargetKind.TERRITORY, "cyprus", "2025-02-12");
    assertThat(defenders(a, "eu-42-7")).hasSize(26).contains("GRC", "AUT");
    assertThat(decidedBy(a, "eu-42-7", "euArmedAggressionOnItsTerritory")).isTrue();
  }

  @Test
  void euOverseasCountriesAndTerritories() {
    Assessment a = assess(null, "NLD", TargetKind.TERRITORY, "aruba", "2025-02-12");
    assertThat(disputed(a, "eu-42-7")).singleElement()
        .satisfies(d -> assertThat(d.guarantors()).hasSize(26));
  }

  @Test
  void japanAdministeredTerritory() {
    Assessment senkaku = assess("CHN", "JPN", TargetKind.TERRITORY, "Diaoyu Islands", "2025-02-12");
    Assessment kurils = assess("RUS", "JPN", TargetKind.FORCES, "northern-territories", "2025-02-12");
    assertThat(defenders(senkaku, "us-japan")).containsExactly("USA");
    assertThat(defenders(kurils, "us-japan")).isEmpty();
  }

  @Test
  void koreaPacificAdministeredTerritory() {
    Assessment yeonpyeong = assess("PRK", "KOR", TargetKind.TERRITORY, "yeonpyeong", "2025-02-12");
    Assessment mainland = assess("PRK", "USA", TargetKind.TERRITORY, "united-states", "2025-02-12");
    assertThat(defenders(yeonpyeong, "us-rok")).containsExactly("USA");
    assertThat(defenders(mainland, "us-rok")).isEmpty();
    assertThat(notBoundRules(mainland, "us-rok")).contains("outsideTheArea");
  }

  @Test
  void southChinaSeaIsPacific() {
    Assessment a = assess("CHN", "AUS", TargetKind.VESSEL, "south-china-sea", "2025-02-12");
    assertThat(disputed(a, "anzus")).singleElement()
        .satisfies(d -> assertThat(d.rule()).isEqualTo("southChinaSeaIsPacific"));
  }

  @Test
  void pacificAreaAttack() {
    // §6: Australia applied ANZUS to 9/11, an attack on US metropolitan territory.
    Assessment a = assess(null, "USA", TargetKind.TERRITORY, "united-states", "2001-09-11");
    Assessment gulf = assess("IRN", "AUS", TargetKind.VESSEL, "indian-ocean", "2025-02-12");
    assertThat(defenders(a, "anzus")).containsExactly("AUS");
    assertThat(defenders(gulf, "anzus")).isEmpty();
  }

  @Test
  void americanStateAttacked() {
    Assessment a = assess("GBR", "ARG", TargetKind.TERRITORY, "argentina", "1982-05-01");
    assertThat(defenders(a, "rio")).contains("USA", "BRA", "MEX", "VEN");
    assertThat(decidedBy(a, "rio", "americanStateAttacked")).isTrue();
  }

  @Test
  void taiwanAndPenghuOnly() {
    Assessment penghu = assess("CHN", "TWN", TargetKind.TERRITORY, "Pescadores", "2025-02-12");
    Assessment matsu = assess("CHN", "TWN", TargetKind.TERRITORY, "matsu", "2025-02-12");
    assertThat(bound(penghu, "taiwan-relations-act")).containsExactly("USA");
    assertThat(notBoundRules(matsu, "taiwan-relations-act")).contains("taiwanAndPenghuOnly");
  }

  @Test
  void nuclearAggressionOnly() {
    Assessment nuclear = Cases.ENGINE.assess(Cases.attack("RUS", "UKR", TargetKind.TERRITORY,
        "ukraine", "2025-02-12").withIntensity(Intensity.NUCLEAR));
    Assessment conventional = assess("RUS", "UKR", TargetKind.TERRITORY, "ukraine", "2025-02-12");
    assertThat(nuclear.bound()).anyMatch(b -> b.instrument().equals("budapest")
        && b.article().equals("4") && b.guarantor().equals("USA"));
    assertThat(notBoundRules(conventional, "budapest")).contains("nuclearAggressionOnly");
  }

  @Test
  void partyTerritoryAnywhere() {
    // §12: Russia's claimed annexed regions are a major ambiguity.
    Assessment crimea = assess("UKR", "RUS", TargetKind.FORCES, "crimea", "2025-02-12");
    assertThat(disputed(crimea, "russia-dprk-2024")).singleElement()
        .satisfies(d -> assertThat(d.guarantors()).containsExactly("PRK"));
  }

  @Test
  void pacificConsultation() {
    // §3: Art IV, "international peace and security in the Far East"; §5 and §6: "in the Pacific".
    Assessment a = assess("CHN", "JPN", TargetKind.VESSEL, "south-china-sea", "2025-02-12");
    assertThat(a.strongest("USA").orElseThrow().article()).isEqualTo("IV");
    assertThat(decidedBy(a, "us-japan", "pacificConsultation")).isTrue();
    // §17.7: US forces attacked in Syria engage no US bilateral treaty, not even its consultation.
    Assessment syria = assess("IRN", "USA", TargetKind.FORCES, "syria", "2025-02-12");
    assertThat(syria.bound()).noneMatch(b -> List.of("us-japan", "us-philippines", "anzus")
        .contains(b.instrument()));
  }

  @Test
  void consultationAnywhere() {
    // §4: US–ROK Art II has no geographic limit.
    Assessment a = assess("IRN", "USA", TargetKind.FORCES, "syria", "2025-02-12");
    assertThat(decidedBy(a, "us-rok", "consultationAnywhere")).isTrue();
  }

  @Test
  void outsideTheArea() {
    Assessment a = assess("CHN", "FRA", TargetKind.TERRITORY, "new-caledonia", "2025-02-12");
    assertThat(notBoundRules(a, "nato")).contains("outsideTheArea");
    assertThat(defenders(a, "nato")).isEmpty();
  }

  @Test
  void interceptedStrike() {
    Assessment plain = assess("IRN", "TUR", TargetKind.TERRITORY, "turkiye", "2026-03-04");
    assertThat(plain.caveats()).noneMatch(c -> c.contains("Intercepted"));
    assertThat(Rules.interceptedStrike(plain.attack().withIntensity(Intensity.INTERCEPTED)))
        .hasValueSatisfying(c -> assertThat(c).contains("2026-03-04"));
  }
}
