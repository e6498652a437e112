package dev.bulwark.guarantees.engine;

import static dev.bulwark.guarantees.engine.RuleSpec.EVERY_INSTRUMENT;
import static dev.bulwark.guarantees.engine.Verdict.applies;
import static dev.bulwark.guarantees.engine.Verdict.contests;
import static dev.bulwark.guarantees.engine.Verdict.excludes;

import dev.bulwark.guarantees.engine.RuleDefinition.OnAttack;
import dev.bulwark.guarantees.engine.RuleDefinition.OnClause;
import dev.bulwark.guarantees.engine.RuleDefinition.OnParty;
import dev.bulwark.guarantees.geo.Continent;
import dev.bulwark.guarantees.geo.EuStatus;
import dev.bulwark.guarantees.geo.Place;
import dev.bulwark.guarantees.geo.PlaceKind;
import dev.bulwark.guarantees.geo.Sea;
import dev.bulwark.guarantees.treaty.ClauseKind;
import dev.bulwark.guarantees.treaty.Confidence;
import dev.bulwark.guarantees.treaty.Party;
import dev.bulwark.guarantees.treaty.PartyStatus;
import dev.bulwark.guarantees.treaty.Scope;
import dev.bulwark.guarantees.treaty.Suspension;
import dev.bulwark.guarantees.treaty.TargetKind;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of the obligation engine, one short method each, registered by method reference in
 * the definition just above it, which opens with the rule's statement and carries its typed
 * {@link RuleSpec}. A rule's method returns empty when it has nothing to say about the case, else
 * its {@link Verdict}; the definition stamps the rule's id on it. Facts and precedents come from
 * {@code ../shared/reference/treaties.md}, section named in each reason. Which scope rules apply to
 * which clause scope is data: {@code scope-rules.csv}, read by {@link RuleBook}.
 */
final class Rules {

  /** The western edge of "the Far East" for the Pacific consultation clauses, degrees East (an assumption). */
  private static final double FAR_EAST_WEST_EDGE = 90.0;

  private static final Confidence V = Confidence.VERIFIED;
  private static final Confidence M = Confidence.FROM_MEMORY;
  private static final Confidence D = Confidence.DISPUTED;
  /** Areas in Europe where a party's occupation forces stood on 1949-08-24, not allied territory today. */
  private static final Set<String> OCCUPATION_AREAS_1949 = Set.of("AUT");
  /** The places the Taiwan Relations Act names: Taiwan (Formosa) and the Pescadores. */
  private static final Set<String> TAIWAN_RELATIONS_ACT_AREA = Set.of("taiwan", "penghu");

  private Rules() {}

  // ---- Gates: when, whom, by whom, how gravely ----

  static final OnClause INSTRUMENT_IN_FORCE = new OnClause(new RuleSpec(RuleId.INSTRUMENT_IN_FORCE,
      "An instrument binds no one before it enters into force.",
      EVERY_INSTRUMENT, "entry into force", V), Rules::instrumentInForce);

  private static Optional<Verdict> instrumentInForce(Case c) {
    return c.instrument().inForceOn(c.date()) ? Optional.empty()
        : Optional.of(excludes(V, c.instrument().name() + " entered into"
            + " force on " + c.instrument().inForce() + ", after " + c.date() + "."));
  }

  static final OnClause TARGET_IS_PROTECTED = new OnClause(new RuleSpec(RuleId.TARGET_IS_PROTECTED,
      "Only a state that is a party on the day of the attack, or the instrument's"
      + " named beneficiary, is protected.",
      EVERY_INSTRUMENT, "parties, accession", V), Rules::targetIsProtected);

  private static Optional<Verdict> targetIsProtected(Case c) {
    if (c.instrument().protectedOn(c.date()).contains(c.target())) {
      return Optional.empty();
    }
    String why = c.instrument().beneficiary()
        .map(b -> " it protects " + Case.name(b) + " alone, not other states or their forces")
        .orElse(" " + c.targetName() + " is not a party on " + c.date());
    return Optional.of(excludes(V,
        c.instrument().name() + " does not protect " + c.targetName() + ":" + why + "."));
  }

  static final OnClause CLAUSE_IN_FORCE = new OnClause(new RuleSpec(RuleId.CLAUSE_IN_FORCE,
      "A clause binds only while it is in the text: the 1949 wording of Article 6"
      + " until 1952-02-18, the Algerian clause until 1962-07-03.",
      List.of("nato"), "6", M), Rules::clauseInForce);

  private static Optional<Verdict> clauseInForce(Case c) {
    return c.clause().inForce(c.date()) ? Optional.empty()
        : Optional.of(excludes(c.clause().confidence(), "Article "
            + c.clause().article() + " was in the text " + c.clause().period()
            + " only, not on " + c.date() + "."));
  }

  static final OnClause NOT_A_GUARANTEE = new OnClause(new RuleSpec(RuleId.NOT_A_GUARANTEE,
      "A framework for optional joint operations (the Joint Expeditionary Force)"
      + " creates no obligation to respond.",
      List.of("jef"), "MoU", V), Rules::notAGuarantee);

  private static Optional<Verdict> notAGuarantee(Case c) {
    return c.clause().kind() != ClauseKind.FRAMEWORK ? Optional.empty()
        : Optional.of(excludes(V, c.instrument().name() + " is a framework for"
            + " operations chosen case by case, not a guarantee (treaties.md §16)."));
  }

  static final OnClause TARGET_KIND_COVERED = new OnClause(new RuleSpec(RuleId.TARGET_KIND_COVERED,
      "A clause is engaged only by the kinds of target its text names: TEU 42(7)"
      + " speaks of aggression on a member's territory, never of its forces abroad.",
      EVERY_INSTRUMENT, "trigger", V), Rules::targetKindCovered);

  private static Optional<Verdict> targetKindCovered(Case c) {
    return c.clause().targets().contains(c.kind()) ? Optional.empty()
        : Optional.of(excludes(V, "Article " + c.clause().article()
            + " covers " + c.clause().targets().stream().map(TargetKind::id).sorted().toList()
            + " only, not an attack on " + c.kind().id() + "."));
  }

  static final OnClause ARMED_ATTACK_THRESHOLD = new OnClause(new RuleSpec(
      RuleId.ARMED_ATTACK_THRESHOLD,
      "Coercion below the level of an armed attack (incursions, drones without"
      + " casualties, water cannon, ramming) engages consultation, never a defence clause.",
      EVERY_INSTRUMENT, "armed attack", V), Rules::armedAttackThreshold);

  private static Optional<Verdict> armedAttackThreshold(Case c) {
    return c.clause().kind() != ClauseKind.DEFENCE
        || c.attack().intensity() != Intensity.BELOW_THRESHOLD ? Optional.empty()
        : Optional.of(excludes(V, "Not an armed attack: incursions"
            + " below that line have led to consultations only (Poland and Estonia 2025,"
            + " treaties.md §17 case 18)."));
  }

  static final OnClause CYBER_IS_CASE_BY_CASE = new OnClause(new RuleSpec(
      RuleId.CYBER_IS_CASE_BY_CASE,
      "A cyber operation is an armed attack only if the parties so decide, case by"
      + " case and with no threshold defined: the answer is disputed.",
      List.of("nato", "eu-42-7"), "5; 42(7)", D), Rules::cyberIsCaseByCase);

  private static Optional<Verdict> cyberIsCaseByCase(Case c) {
    return c.clause().kind() != ClauseKind.DEFENCE || c.kind() != TargetKind.CYBER
        ? Optional.empty()
        : Optional.of(contests("Cyber attacks can amount to an armed attack"
            + " (NATO Wales 2014, Brussels 2021, Strategic Concept 2022; an EU member may judge"
            + " it armed aggression).", "No threshold is defined and no cyber attack has ever"
            + " been declared an armed attack: possible, not automatic."));
  }

  static final OnClause ATTACKER_IS_FELLOW_PARTY = new OnClause(new RuleSpec(
      RuleId.ATTACKER_IS_FELLOW_PARTY,
      "An attack by a fellow party is not excluded by the text but is unprecedented"
      + " and legally contested: the answer is disputed.",
      EVERY_INSTRUMENT, "5; 42(7); bilateral clauses", D), Rules::attackerIsFellowParty);

  private static Optional<Verdict> attackerIsFellowParty(Case c) {
    Optional<String> attacker = c.attack().attacker();
    if (c.clause().kind() != ClauseKind.DEFENCE || attacker.isEmpty()
        || !c.isParty(attacker.get())) {
      return Optional.empty();
    }
    return Optional.of(contests("The text does not exclude an attacker"
        + " that is itself a party, so each other party is individually bound.",
        Case.name(attacker.get()) + " is a party too: collective decisions need consensus it can"
            + " block, and the case is unprecedented (treaties.md §17 case 14)."));
  }

  static final OnParty CONTESTED_PARTY = new OnParty(new RuleSpec(RuleId.CONTESTED_PARTY,
      "A party whose participation is frozen or whose membership is contested"
      + " (Armenia in the CSTO since 2024, Venezuela and Cuba in the Rio Treaty) gives and gets"
      + " only a nominal, disputed obligation.",
      List.of("csto", "rio"), "parties", D), Rules::contestedParty);

  private static Optional<Verdict> contestedParty(Case c, String iso3) {
    Optional<Party> party = c.party(iso3);
    if (party.isEmpty() || party.get().status() == PartyStatus.ACTIVE) {
      return Optional.empty();
    }
    return Optional.of(contests("The text binds " + Case.name(iso3)
        + " as a party.", Case.name(iso3) + "'s membership is " + dev.bulwark.guarantees.Ids.of(party.get().status()) + " (" + party.get().note() + "): the obligation"
        + " is nominal and inoperative in practice."));
  }

  static final OnParty SUSPENDED_OBLIGATION = new OnParty(new RuleSpec(RuleId.SUSPENDED_OBLIGATION,
      "A guarantor whose obligation to the attacked state is suspended (the United"
      + " States to New Zealand under ANZUS since 1986) is not bound.",
      List.of("anzus"), "IV", V), Rules::suspendedObligation);

  private static Optional<Verdict> suspendedObligation(Case c, String guarantor) {
    Optional<Suspension> suspension =
        c.instrument().suspension(guarantor, c.target(), c.date());
    return suspension.map(s -> excludes(s.confidence(),
        "Suspended: " + s.reason() + "."));
  }

  // ---- North Atlantic Treaty, Article 6 ----

  static final OnClause NATO_TERRITORY_IN_EUROPE_OR_NORTH_AMERICA = new OnClause(new RuleSpec(
      RuleId.NATO_TERRITORY_IN_EUROPE_OR_NORTH_AMERICA,
      "Article 6 covers the territory of a party in Europe or North America.",
      List.of("nato"), "6(1)", V), Rules::natoTerritoryInEuropeOrNorthAmerica);

  private static Optional<Verdict> natoTerritoryInEuropeOrNorthAmerica(Case c) {
    Place p = c.place();
    boolean covered = !p.isSea() && c.isParty(p.sovereign())
        && (p.continent() == Continent.EUROPE || p.continent() == Continent.NORTH_AMERICA);
    return covered ? Optional.of(applies(p.confidence(),
        p.name() + " is " + Case.name(p.sovereign()) + "'s territory in "
            + (p.continent() == Continent.EUROPE ? "Europe" : "North America")
            + ", inside Article 6.")) : Optional.empty();
  }

  static final OnClause NATO_TURKISH_TERRITORY = new OnClause(new RuleSpec(
      RuleId.NATO_TURKISH_TERRITORY,
      "Article 6 as amended in 1951 covers the territory of Türkiye, Asian"
      + " Anatolia included.",
      List.of("nato"), "6(1) as amended", V), Rules::natoTurkishTerritory);

  private static Optional<Verdict> natoTurkishTerritory(Case c) {
    boolean covered = c.clause().scope() == Scope.NATO_ARTICLE_6 && !c.place().isSea()
        && c.place().sovereign().equals("TUR");
    return covered ? Optional.of(applies(V, c.place().name()
        + " is Turkish territory, which Article 6 names expressly since 1952.")) : Optional.empty();
  }

  static final OnClause NATO_NORTH_ATLANTIC_ISLANDS = new OnClause(new RuleSpec(
      RuleId.NATO_NORTH_ATLANTIC_ISLANDS,
      "Article 6 covers islands under a party's jurisdiction in the North Atlantic"
      + " area north of the Tropic of Cancer (23.44° N).",
      List.of("nato"), "6(1)", V), Rules::natoNorthAtlanticIslands);

  private static Optional<Verdict> natoNorthAtlanticIslands(Case c) {
    Place p = c.place();
    boolean covered = !p.isSea() && p.island() && p.sea() == Sea.NORTH_ATLANTIC
        && p.northOfTropic() && c.isParty(p.sovereign());
    return covered ? Optional.of(applies(p.confidence(), p.name()
        + " is an island territory of " + Case.name(p.sovereign()) + " in the North Atlantic at "
        + p.latitude() + "° N, north of the Tropic.")) : Optional.empty();
  }

  static final OnClause NATO_FORCES_IN_THE_TREATY_AREA = new OnClause(new RuleSpec(
      RuleId.NATO_FORCES_IN_THE_TREATY_AREA,
      "Article 6 covers a party's forces, vessels and aircraft in or over allied"
      + " territory in the treaty area, the Mediterranean Sea (since 1952) and the North Atlantic"
      + " north of the Tropic.",
      List.of("nato"), "6(2)", V), Rules::natoForcesInTheTreatyArea);

  private static Optional<Verdict> natoForcesInTheTreatyArea(Case c) {
    Place p = c.place();
    boolean mediterranean = p.sea() == Sea.MEDITERRANEAN && c.clause().scope() == Scope.NATO_ARTICLE_6;
    boolean atSea = c.kind() != TargetKind.FORCES || p.isSea();
    if (inNatoAreaTerritory(c)) {
      return Optional.of(applies(V, "The " + c.kind().id()
          + " of " + c.targetName() + " were in or over " + p.name()
          + ", allied territory inside Article 6."));
    }
    if (atSea && (mediterranean || (p.sea() == Sea.NORTH_ATLANTIC && p.northOfTropic()))) {
      return Optional.of(applies(V, "The " + c.kind().id() + " of "
          + c.targetName() + " were in or over the " + (mediterranean ? "Mediterranean Sea"
          : "North Atlantic north of the Tropic") + ", which Article 6 names."));
    }
    return atSea && p.isSea() && p.sea() == Sea.BALTIC
        ? Optional.of(applies(M, "The Baltic, a marginal sea, is"
            + " generally treated as part of the North Atlantic area of Article 6."))
        : Optional.empty();
  }

  static final OnClause NATO_BLACK_SEA = new OnClause(new RuleSpec(RuleId.NATO_BLACK_SEA,
      "Whether the Black Sea beyond allied territorial waters is part of \"the"
      + " Mediterranean Sea\" of Article 6 is unsettled: the answer is disputed.",
      List.of("nato"), "6(2)", D), Rules::natoBlackSea);

  private static Optional<Verdict> natoBlackSea(Case c) {
    return c.place().isSea() && c.place().sea() == Sea.BLACK_SEA
        ? Optional.of(contests("The Black Sea can be read as part of the"
            + " Mediterranean Sea, which Article 6 names.", "Article 6 names the Mediterranean and"
            + " the North Atlantic, not the Black Sea (treaties.md §17 case 19)."))
        : Optional.empty();
  }

  static final OnClause NATO_MEDITERRANEAN_ISLAND_BASES = new OnClause(new RuleSpec(
      RuleId.NATO_MEDITERRANEAN_ISLAND_BASES,
      "A party's forces or territory on a Mediterranean island outside the treaty"
      + " area (the UK Sovereign Base Areas in Cyprus) are a disputed case.",
      List.of("nato"), "6(2)", D), Rules::natoMediterraneanIslandBases);

  private static Optional<Verdict> natoMediterraneanIslandBases(Case c) {
    Place p = c.place();
    return !p.isSea() && p.island() && p.sea() == Sea.MEDITERRANEAN && c.isParty(p.sovereign())
        ? Optional.of(contests(p.name() + " lies in the"
            + " Mediterranean Sea, so forces there can be read as \"in or over the Mediterranean"
            + " Sea\".", p.name() + " is on an island in Asia, not in Europe, North America or the"
            + " North Atlantic, and a land base is not at sea; the 2026 strike on RAF Akrotiri"
            + " opened no NATO process (treaties.md §17 case 5)."))
        : Optional.empty();
  }

  static final OnClause NATO_OCCUPATION_FORCES_CLAUSE = new OnClause(new RuleSpec(
      RuleId.NATO_OCCUPATION_FORCES_CLAUSE,
      "Forces in Austria, a 1949 occupation area, are covered only on a literal"
      + " reading of a clause that is dead in practice: the answer is disputed.",
      List.of("nato"), "6(2)(b)", D), Rules::natoOccupationForcesClause);

  private static Optional<Verdict> natoOccupationForcesClause(Case c) {
    return c.kind() != TargetKind.TERRITORY && OCCUPATION_AREAS_1949.contains(c.place().sovereign())
        ? Optional.of(contests("Article 6 still covers forces in"
            + " areas of Europe where occupation forces stood on 1949-08-24.", "The occupation"
            + " ended in 1955 and Austria, neutral, hosts no allied forces: the clause is dead."))
        : Optional.empty();
  }

  static final OnClause CARIBBEAN_IS_NOT_NORTH_AMERICA = new OnClause(new RuleSpec(
      RuleId.CARIBBEAN_IS_NOT_NORTH_AMERICA,
      "Caribbean islands south of the Tropic are outside Article 6; only a minority"
      + " reading counts the Caribbean as North America.",
      List.of("nato"), "6(1)", D), Rules::caribbeanIsNotNorthAmerica);

  private static Optional<Verdict> caribbeanIsNotNorthAmerica(Case c) {
    Place p = c.place();
    return !p.isSea() && p.continent() == Continent.CARIBBEAN && !p.northOfTropic()
        ? Optional.of(excludes(D, p.name() + " is a Caribbean"
            + " island south of the Tropic, outside Article 6 (a minority reading counts the"
            + " Caribbean as North America)."))
        : Optional.empty();
  }

  static final OnClause ALGERIAN_DEPARTMENTS = new OnClause(new RuleSpec(
      RuleId.ALGERIAN_DEPARTMENTS,
      "Until 1962-07-03 an attack on France's Algerian departments counted as one"
      + " in the treaty area; the clause has lapsed.",
      List.of("nato"), "6(1) Algerian departments", M), Rules::algerianDepartments);

  private static Optional<Verdict> algerianDepartments(Case c) {
    return c.place().sovereign().equals("DZA") && c.target().equals("FRA")
        ? Optional.of(applies(M, "Algeria's departments were French"
            + " and named in Article 6 until independence."))
        : Optional.empty();
  }

  /** The territory test of Article 6, shared by the territory and the forces rules. */
  private static boolean inNatoAreaTerritory(Case c) {
    return natoTurkishTerritory(c).or(() -> natoTerritoryInEuropeOrNorthAmerica(c))
        .or(() -> natoNorthAtlanticIslands(c)).isPresent();
  }

  // ---- Other instruments' scopes ----

  static final OnClause EU_ARMED_AGGRESSION_ON_ITS_TERRITORY = new OnClause(new RuleSpec(
      RuleId.EU_ARMED_AGGRESSION_ON_ITS_TERRITORY,
      "TEU 42(7) is engaged by armed aggression on a member state's territory where"
      + " the EU treaties apply, outermost regions (French Guiana, the Canaries, Ceuta) included.",
      List.of("eu-42-7"), "42(7)", V), Rules::euArmedAggressionOnItsTerritory);

  private static Optional<Verdict> euArmedAggressionOnItsTerritory(Case c) {
    Place p = c.place();
    return p.heldBy(c.target()) && p.eu() == EuStatus.MEMBER
        ? Optional.of(applies(V, p.name() + " is "
            + c.targetName() + "'s territory within the EU, so the other members owe aid by all"
            + " the means in their power once it invokes 42(7)."))
        : Optional.empty();
  }

  static final OnClause EU_OVERSEAS_COUNTRIES_AND_TERRITORIES = new OnClause(new RuleSpec(
      RuleId.EU_OVERSEAS_COUNTRIES_AND_TERRITORIES,
      "Whether 42(7) covers a member's territory outside the EU treaties (Greenland,"
      + " the Faroes, Aruba, New Caledonia) is untested: the answer is disputed.",
      List.of("eu-42-7"), "42(7)", D), Rules::euOverseasCountriesAndTerritories);

  private static Optional<Verdict> euOverseasCountriesAndTerritories(Case c) {
    Place p = c.place();
    return p.heldBy(c.target()) && p.eu() == EuStatus.OUTSIDE_EU_LAW
        ? Optional.of(contests(p.name() + " is still "
            + c.targetName() + "'s territory, and 42(7) speaks of the member's territory.",
            p.name() + " lies outside the EU treaties, and no EU institution has said 42(7)"
                + " reaches it (treaties.md §2)."))
        : Optional.empty();
  }

  static final OnClause JAPAN_ADMINISTERED_TERRITORY = new OnClause(new RuleSpec(
      RuleId.JAPAN_ADMINISTERED_TERRITORY,
      "US–Japan Article V covers an armed attack on either party in the territories"
      + " under the administration of Japan, and nowhere else.",
      List.of("us-japan"), "V", V), Rules::japanAdministeredTerritory);

  private static Optional<Verdict> japanAdministeredTerritory(Case c) {
    Place p = c.place();
    return !p.isSea() && p.administrator().equals("JPN")
        ? Optional.of(applies(V, p.name() + " is under the"
            + " administration of Japan" + (p.claimants().isEmpty() ? "" : " (the US takes no"
            + " position on the claims of " + String.join(", ", p.claimants()) + ")") + "."))
        : Optional.empty();
  }

  static final OnClause KOREA_PACIFIC_ADMINISTERED_TERRITORY = new OnClause(new RuleSpec(
      RuleId.KOREA_PACIFIC_ADMINISTERED_TERRITORY,
      "US–ROK Article III covers an armed attack in the Pacific area on territory"
      + " under the Republic of Korea's administration; the ROK's duty for US Pacific territory"
      + " rests on the text alone and is disputed.",
      List.of("us-rok"), "III", D), Rules::koreaPacificAdministeredTerritory);

  private static Optional<Verdict> koreaPacificAdministeredTerritory(Case c) {
    Place p = c.place();
    if (!p.isSea() && p.administrator().equals("KOR")) {
      return Optional.of(applies(V, p.name()
          + " is under the Republic of Korea's administrative control in the Pacific area."));
    }
    return !p.isSea() && p.administrator().equals("USA") && p.island() && p.sea().isPacific()
        ? Optional.of(contests("Article III is reciprocal:"
            + " " + p.name() + " is US-administered territory in the Pacific area.",
            "No official statement confirms a ROK duty to defend US territory (treaties.md §4)."))
        : Optional.empty();
  }

  static final OnClause SOUTH_CHINA_SEA_IS_PACIFIC = new OnClause(new RuleSpec(
      RuleId.SOUTH_CHINA_SEA_IS_PACIFIC,
      "The US has declared the South China Sea part of the Pacific for the"
      + " Philippine treaty (2019, 2023); for ANZUS that reading is unstated and disputed.",
      List.of("us-philippines", "anzus"), "IV-V", V), Rules::southChinaSeaIsPacific);

  private static Optional<Verdict> southChinaSeaIsPacific(Case c) {
    if (c.place().sea() != Sea.SOUTH_CHINA_SEA || c.kind() == TargetKind.TERRITORY) {
      return Optional.empty();
    }
    return c.clause().scope() == Scope.PACIFIC_SOUTH_CHINA_SEA_AFFIRMED
        ? Optional.of(applies(V, "The " + c.kind().id() + " of "
            + c.targetName() + " (coast guard included) were in the South China Sea, declared"
            + " part of the Pacific (Pompeo 2019, Guidelines 2023)."))
        : Optional.of(contests("By analogy with the Philippine treaty"
            + " the South China Sea is part of the Pacific.", "Canberra and Washington have not"
            + " said so for ANZUS (treaties.md §6)."));
  }

  static final OnClause PACIFIC_AREA_ATTACK = new OnClause(new RuleSpec(RuleId.PACIFIC_AREA_ATTACK,
      "The Philippine and ANZUS treaties cover a party's metropolitan territory, its"
      + " island territories in the Pacific, and its forces, public vessels and aircraft in the"
      + " Pacific.",
      List.of("us-philippines", "anzus"), "IV-V", V), Rules::pacificAreaAttack);

  private static Optional<Verdict> pacificAreaAttack(Case c) {
    Place p = c.place();
    if (c.kind() == TargetKind.TERRITORY) {
      boolean metropolitan = p.kind() == PlaceKind.METROPOLITAN;
      return metropolitan || (p.island() && p.sea().isPacific())
          ? Optional.of(applies(V, p.name() + " is " + c.targetName() + "'s "
              + (metropolitan ? "metropolitan territory" : "island territory in the Pacific")
              + ", which Article V names.")) : Optional.empty();
    }
    return p.sea().isPacific()
        ? Optional.of(applies(V, "The " + c.kind().id() + " of "
            + c.targetName() + " were in the Pacific at " + p.name() + "."))
        : Optional.empty();
  }

  static final OnClause AMERICAN_STATE_ATTACKED = new OnClause(new RuleSpec(
      RuleId.AMERICAN_STATE_ATTACKED,
      "The Rio Treaty is engaged by an armed attack on an American state party in"
      + " the Americas, though no party can be made to use armed force (Art 20).",
      List.of("rio"), "3(1), 20", V), Rules::americanStateAttacked);

  private static Optional<Verdict> americanStateAttacked(Case c) {
    Continent where = c.place().continent();
    return where == Continent.NORTH_AMERICA || where == Continent.SOUTH_AMERICA
        || where == Continent.CARIBBEAN || c.place().sea() == Sea.CARIBBEAN
        ? Optional.of(applies(V, c.targetName() + " is an American"
            + " state attacked in the Americas; each party assists, none is compelled to use"
            + " armed force.")) : Optional.empty();
  }

  static final OnClause TAIWAN_AND_PENGHU_ONLY = new OnClause(new RuleSpec(
      RuleId.TAIWAN_AND_PENGHU_ONLY,
      "The Taiwan Relations Act concerns Taiwan and the Pescadores; Kinmen and Matsu"
      + " are not named.",
      List.of("taiwan-relations-act"), "15(2)", V), Rules::taiwanAndPenghuOnly);

  private static Optional<Verdict> taiwanAndPenghuOnly(Case c) {
    Place p = c.place();
    return p.isSea() || TAIWAN_RELATIONS_ACT_AREA.contains(p.id())
        ? Optional.of(applies(V, "Force against the people on Taiwan is"
            + " of grave concern to the US, which supplies arms; there is no duty to defend."))
        : Optional.of(excludes(V, p.name() + " is not named in the"
            + " Taiwan Relations Act, which defines Taiwan as Taiwan and the Pescadores."));
  }

  static final OnClause NUCLEAR_AGGRESSION_ONLY = new OnClause(new RuleSpec(
      RuleId.NUCLEAR_AGGRESSION_ONLY,
      "The Budapest assurance of Security Council action applies only to aggression"
      + " in which nuclear weapons are used.",
      List.of("budapest"), "4", V), Rules::nuclearAggressionOnly);

  private static Optional<Verdict> nuclearAggressionOnly(Case c) {
    return c.attack().intensity() == Intensity.NUCLEAR
        ? Optional.of(applies(V, "Aggression with nuclear weapons: the"
            + " signatories seek immediate Security Council action."))
        : Optional.of(excludes(V, "Paragraph 4 asks for Security"
            + " Council action only if nuclear weapons are used; there is no duty to defend."));
  }

  static final OnClause PARTY_TERRITORY_ANYWHERE = new OnClause(new RuleSpec(
      RuleId.PARTY_TERRITORY_ANYWHERE,
      "The Russian, Chinese, North Korean, Belarusian and CSTO clauses cover an"
      + " attack on a party's own territory; territory it administers but others recognise as"
      + " another's (Crimea), and forces abroad, are disputed.",
      List.of("csto", "russia-dprk-2024", "china-dprk-1961", "russia-belarus-2024"), "4; II", V),
      Rules::partyTerritoryAnywhere);

  private static Optional<Verdict> partyTerritoryAnywhere(Case c) {
    Place p = c.place();
    if (!p.isSea() && p.sovereign().equals(c.target())) {
      return Optional.of(applies(V, p.name() + " is "
          + c.targetName() + "'s own territory; the clause asks for immediate assistance."));
    }
    return Optional.of(contests("The parties judge for themselves"
        + " what counts as aggression against them, " + p.name() + " included.", p.name()
        + " is not " + c.targetName() + "'s internationally recognised territory (treaties.md"
        + " §12: annexed regions are a major ambiguity)."));
  }

  static final OnClause BILATERAL_AGGRESSION_ON_TERRITORY = new OnClause(new RuleSpec(
      RuleId.BILATERAL_AGGRESSION_ON_TERRITORY,
      "The European bilateral clauses are engaged by armed aggression against a"
      + " party's own territory; the sea beyond it (an exclusive economic zone) is not territory.",
      List.of("france-germany-2019", "france-greece-2021", "france-poland-2025",
          "uk-germany-2025", "uk-sweden-2022", "uk-finland-2022"),
      "4; 2; mutual assistance", M), Rules::bilateralAggressionOnTerritory);

  private static Optional<Verdict> bilateralAggressionOnTerritory(Case c) {
    Place p = c.place();
    return !p.isSea() && p.sovereign().equals(c.target())
        ? Optional.of(applies(V, p.name() + " is "
            + c.targetName() + "'s territory; Article " + c.clause().article() + ": "
            + c.clause().trigger() + "."))
        : Optional.empty();
  }

  static final OnClause PACIFIC_CONSULTATION = new OnClause(new RuleSpec(
      RuleId.PACIFIC_CONSULTATION,
      "The consultation clauses of the Pacific treaties are engaged only by a threat"
      + " that arises in the Pacific or the Far East: at a place in the Pacific, in Oceania, or in"
      + " Asia east of 90 degrees East.",
      List.of("us-japan", "us-philippines", "anzus"), "IV, III, III", M),
      Rules::pacificConsultation);

  private static Optional<Verdict> pacificConsultation(Case c) {
    Place p = c.place();
    boolean pacific = p.sea().isPacific() || p.continent() == Continent.OCEANIA
        || (p.continent() == Continent.ASIA && p.longitude() >= FAR_EAST_WEST_EDGE);
    return pacific ? Optional.of(applies(c.clause().confidence(),
        p.name() + " is in the Pacific or the Far East; Article " + c.clause().article() + ": "
            + c.clause().trigger() + ".")) : Optional.empty();
  }

  static final OnClause CONSULTATION_ANYWHERE = new OnClause(new RuleSpec(
      RuleId.CONSULTATION_ANYWHERE,
      "A consultation clause, or a support pledge to one state, is engaged by a"
      + " threat to or attack on the protected state wherever it arises.",
      EVERY_INSTRUMENT, "consultation clauses", V), Rules::consultationAnywhere);

  private static Optional<Verdict> consultationAnywhere(Case c) {
    return Optional.of(applies(c.clause().confidence(), "Article "
        + c.clause().article() + ": " + c.clause().trigger() + "."));
  }

  static final OnClause OUTSIDE_THE_AREA = new OnClause(new RuleSpec(RuleId.OUTSIDE_THE_AREA,
      "An attack at a place that none of the clause's scope rules covers is outside"
      + " the clause's area.",
      EVERY_INSTRUMENT, "scope", V), Rules::outsideTheArea);

  private static Optional<Verdict> outsideTheArea(Case c) {
    return Optional.of(excludes(c.clause().confidence(), c.place().name()
        + " is outside the area of Article " + c.clause().article() + " (" + c.clause().trigger()
        + ")."));
  }

  // ---- Caveats ----

  static final OnAttack INTERCEPTED_STRIKE = new OnAttack(new RuleSpec(RuleId.INTERCEPTED_STRIKE,
      "A strike intercepted without damage is eligible, but precedent says invocation"
      + " is unlikely: a political decision.",
      EVERY_INSTRUMENT, "5", V), Rules::interceptedStrike);

  static Optional<String> interceptedStrike(Attack attack) {
    return attack.intensity() != Intensity.INTERCEPTED ? Optional.empty()
        : Optional.of("Intercepted without damage: eligible, but when an Iranian missile bound"
            + " for Türkiye was intercepted on 2026-03-04 nobody talked of Article 5"
            + " (treaties.md §17 case 25).");
  }

  /** Returns every rule's definition, each rule once. */
  static List<RuleDefinition> all() {
    return List.of(INSTRUMENT_IN_FORCE, TARGET_IS_PROTECTED, CLAUSE_IN_FORCE, NOT_A_GUARANTEE,
        TARGET_KIND_COVERED, ARMED_ATTACK_THRESHOLD, CYBER_IS_CASE_BY_CASE,
        ATTACKER_IS_FELLOW_PARTY, CONTESTED_PARTY, SUSPENDED_OBLIGATION,
        NATO_TERRITORY_IN_EUROPE_OR_NORTH_AMERICA, NATO_TURKISH_TERRITORY,
        NATO_NORTH_ATLANTIC_ISLANDS, NATO_FORCES_IN_THE_TREATY_AREA, NATO_BLACK_SEA,
        NATO_MEDITERRANEAN_ISLAND_BASES, NATO_OCCUPATION_FORCES_CLAUSE,
        CARIBBEAN_IS_NOT_NORTH_AMERICA, ALGERIAN_DEPARTMENTS, EU_ARMED_AGGRESSION_ON_ITS_TERRITORY,
        EU_OVERSEAS_COUNTRIES_AND_TERRITORIES, JAPAN_ADMINISTERED_TERRITORY,
        KOREA_PACIFIC_ADMINISTERED_TERRITORY, SOUTH_CHINA_SEA_IS_PACIFIC, PACIFIC_AREA_ATTACK,
        AMERICAN_STATE_ATTACKED, TAIWAN_AND_PENGHU_ONLY, NUCLEAR_AGGRESSION_ONLY,
        PARTY_TERRITORY_ANYWHERE, BILATERAL_AGGRESSION_ON_TERRITORY, PACIFIC_CONSULTATION,
        CONSULTATION_ANYWHERE, OUTSIDE_THE_AREA, INTERCEPTED_STRIKE);
  }

  /**
   * Returns the clause rules among {@code rules} that the scope table may name: all but the ones
   * the engine calls itself (the gates and the fallback {@code outsideTheArea}).
   */
  static List<OnClause> scopeRules(List<RuleDefinition> rules) {
    Set<RuleDefinition> wired = new HashSet<>(clauseGates());
    wired.addAll(List.of(INSTRUMENT_IN_FORCE, TARGET_IS_PROTECTED, OUTSIDE_THE_AREA));
    return rules.stream().filter(r -> r instanceof OnClause && !wired.contains(r))
        .map(OnClause.class::cast).toList();
  }

  /** Returns the gates every clause passes, in the order the engine tries them. */
  static List<OnClause> clauseGates() {
    return List.of(CLAUSE_IN_FORCE, NOT_A_GUARANTEE, TARGET_KIND_COVERED, ARMED_ATTACK_THRESHOLD,
        CYBER_IS_CASE_BY_CASE, ATTACKER_IS_FELLOW_PARTY);
  }
}
