package dev.bulwark.guarantees.engine;

import static dev.bulwark.guarantees.engine.Finding.applies;
import static dev.bulwark.guarantees.engine.Finding.contests;
import static dev.bulwark.guarantees.engine.Finding.excludes;

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
import java.util.Optional;
import java.util.Set;

/**
 * The rules of the obligation engine, one short method each, opening with its statement. A rule
 * returns empty when it has nothing to say about the case, else what it found. Facts and
 * precedents come from {@code ../shared/reference/treaties.md}, section named in each reason.
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

  @Rule(statement = "An instrument binds no one before it enters into force.",
      instrument = "all", article = "entry into force", confidence = "V")
  static Optional<Finding> instrumentInForce(Case c) {
    return c.instrument().inForceOn(c.date()) ? Optional.empty()
        : Optional.of(excludes("instrumentInForce", V, c.instrument().name() + " entered into"
            + " force on " + c.instrument().inForce() + ", after " + c.date() + "."));
  }

  @Rule(statement = "Only a state that is a party on the day of the attack, or the instrument's"
      + " named beneficiary, is protected.", instrument = "all", article = "parties, accession",
      confidence = "V")
  static Optional<Finding> targetIsProtected(Case c) {
    if (c.instrument().protectedOn(c.date()).contains(c.target())) {
      return Optional.empty();
    }
    String why = c.instrument().beneficiary()
        .map(b -> " it protects " + Case.name(b) + " alone, not other states or their forces")
        .orElse(" " + c.targetName() + " is not a party on " + c.date());
    return Optional.of(excludes("targetIsProtected", V,
        c.instrument().name() + " does not protect " + c.targetName() + ":" + why + "."));
  }

  @Rule(statement = "A clause binds only while it is in the text: the 1949 wording of Article 6"
      + " until 1952-02-18, the Algerian clause until 1962-07-03.", instrument = "nato",
      article = "6", confidence = "M")
  static Optional<Finding> clauseInForce(Case c) {
    return c.clause().inForce(c.date()) ? Optional.empty()
        : Optional.of(excludes("clauseInForce", c.clause().confidence(), "Article "
            + c.clause().article() + " was in the text " + c.clause().period()
            + " only, not on " + c.date() + "."));
  }

  @Rule(statement = "A framework for optional joint operations (the Joint Expeditionary Force)"
      + " creates no obligation to respond.", instrument = "jef", article = "MoU",
      confidence = "V")
  static Optional<Finding> notAGuarantee(Case c) {
    return c.clause().kind() != ClauseKind.FRAMEWORK ? Optional.empty()
        : Optional.of(excludes("notAGuarantee", V, c.instrument().name() + " is a framework for"
            + " operations chosen case by case, not a guarantee (treaties.md §16)."));
  }

  @Rule(statement = "A clause is engaged only by the kinds of target its text names: TEU 42(7)"
      + " speaks of aggression on a member's territory, never of its forces abroad.",
      instrument = "all", article = "trigger", confidence = "V")
  static Optional<Finding> targetKindCovered(Case c) {
    return c.clause().targets().contains(c.kind()) ? Optional.empty()
        : Optional.of(excludes("targetKindCovered", V, "Article " + c.clause().article()
            + " covers " + c.clause().targets().stream().map(TargetKind::id).sorted().toList()
            + " only, not an attack on " + c.kind().id() + "."));
  }

  @Rule(statement = "Coercion below the level of an armed attack (incursions, drones without"
      + " casualties, water cannon, ramming) engages consultation, never a defence clause.",
      instrument = "all", article = "armed attack", confidence = "V")
  static Optional<Finding> armedAttackThreshold(Case c) {
    return c.clause().kind() != ClauseKind.DEFENCE
        || c.attack().intensity() != Intensity.BELOW_THRESHOLD ? Optional.empty()
        : Optional.of(excludes("armedAttackThreshold", V, "Not an armed attack: incursions"
            + " below that line have led to consultations only (Poland and Estonia 2025,"
            + " treaties.md §17 case 18)."));
  }

  @Rule(statement = "A cyber operation is an armed attack only if the parties so decide, case by"
      + " case and with no threshold defined: the answer is disputed.", instrument = "nato, eu-42-7",
      article = "5; 42(7)", confidence = "D")
  static Optional<Finding> cyberIsCaseByCase(Case c) {
    return c.clause().kind() != ClauseKind.DEFENCE || c.kind() != TargetKind.CYBER
        ? Optional.empty()
        : Optional.of(contests("cyberIsCaseByCase", "Cyber attacks can amount to an armed attack"
            + " (NATO Wales 2014, Brussels 2021, Strategic Concept 2022; an EU member may judge"
            + " it armed aggression).", "No threshold is defined and no cyber attack has ever"
            + " been declared an armed attack: possible, not automatic."));
  }

  @Rule(statement = "An attack by a fellow party is not excluded by the text but is unprecedented"
      + " and legally contested: the answer is disputed.", instrument = "all",
      article = "5; 42(7); bilateral clauses", confidence = "D")
  static Optional<Finding> attackerIsFellowParty(Case c) {
    Optional<String> attacker = c.attack().attacker();
    if (c.clause().kind() != ClauseKind.DEFENCE || attacker.isEmpty()
        || !c.isParty(attacker.get())) {
      return Optional.empty();
    }
    return Optional.of(contests("attackerIsFellowParty", "The text does not exclude an attacker"
        + " that is itself a party, so each other party is individually bound.",
        Case.name(attacker.get()) + " is a party too: collective decisions need consensus it can"
            + " block, and the case is unprecedented (treaties.md §17 case 14)."));
  }

  @Rule(statement = "A party whose participation is frozen or whose membership is contested"
      + " (Armenia in the CSTO since 2024, Venezuela and Cuba in the Rio Treaty) gives and gets"
      + " only a nominal, disputed obligation.", instrument = "csto, rio", article = "parties",
      confidence = "D")
  static Optional<Finding> contestedParty(Case c, String iso3) {
    Optional<Party> party = c.party(iso3);
    if (party.isEmpty() || party.get().status() == PartyStatus.ACTIVE) {
      return Optional.empty();
    }
    return Optional.of(contests("contestedParty", "The text binds " + Case.name(iso3)
        + " as a party.", Case.name(iso3) + "'s membership is " + dev.bulwark.guarantees.Ids.of(party.get().status()) + " (" + party.get().note() + "): the obligation"
        + " is nominal and inoperative in practice."));
  }

  @Rule(statement = "A guarantor whose obligation to the attacked state is suspended (the United"
      + " States to New Zealand under ANZUS since 1986) is not bound.", instrument = "anzus",
      article = "IV", confidence = "V")
  static Optional<Finding> suspendedObligation(Case c, String guarantor) {
    Optional<Suspension> suspension =
        c.instrument().suspension(guarantor, c.target(), c.date());
    return suspension.map(s -> excludes("suspendedObligation", s.confidence(),
        "Suspended: " + s.reason() + "."));
  }

  // ---- North Atlantic Treaty, Article 6 ----

  @Rule(statement = "Article 6 covers the territory of a party in Europe or North America.",
      instrument = "nato", article = "6(1)", confidence = "V")
  static Optional<Finding> natoTerritoryInEuropeOrNorthAmerica(Case c) {
    Place p = c.place();
    boolean covered = !p.isSea() && c.isParty(p.sovereign())
        && (p.continent() == Continent.EUROPE || p.continent() == Continent.NORTH_AMERICA);
    return covered ? Optional.of(applies("natoTerritoryInEuropeOrNorthAmerica", p.confidence(),
        p.name() + " is " + Case.name(p.sovereign()) + "'s territory in "
            + (p.continent() == Continent.EUROPE ? "Europe" : "North America")
            + ", inside Article 6.")) : Optional.empty();
  }

  @Rule(statement = "Article 6 as amended in 1951 covers the territory of Türkiye, Asian"
      + " Anatolia included.", instrument = "nato", article = "6(1) as amended",
      confidence = "V")
  static Optional<Finding> natoTurkishTerritory(Case c) {
    boolean covered = c.clause().scope() == Scope.NATO_ARTICLE_6 && !c.place().isSea()
        && c.place().sovereign().equals("TUR");
    return covered ? Optional.of(applies("natoTurkishTerritory", V, c.place().name()
        + " is Turkish territory, which Article 6 names expressly since 1952.")) : Optional.empty();
  }

  @Rule(statement = "Article 6 covers islands under a party's jurisdiction in the North Atlantic"
      + " area north of the Tropic of Cancer (23.44° N).", instrument = "nato",
      article = "6(1)", confidence = "V")
  static Optional<Finding> natoNorthAtlanticIslands(Case c) {
    Place p = c.place();
    boolean covered = !p.isSea() && p.island() && p.sea() == Sea.NORTH_ATLANTIC
        && p.northOfTropic() && c.isParty(p.sovereign());
    return covered ? Optional.of(applies("natoNorthAtlanticIslands", p.confidence(), p.name()
        + " is an island territory of " + Case.name(p.sovereign()) + " in the North Atlantic at "
        + p.latitude() + "° N, north of the Tropic.")) : Optional.empty();
  }

  @Rule(statement = "Article 6 covers a party's forces, vessels and aircraft in or over allied"
      + " territory in the treaty area, the Mediterranean Sea (since 1952) and the North Atlantic"
      + " north of the Tropic.", instrument = "nato", article = "6(2)", confidence = "V")
  static Optional<Finding> natoForcesInTheTreatyArea(Case c) {
    Place p = c.place();
    boolean mediterranean = p.sea() == Sea.MEDITERRANEAN && c.clause().scope() == Scope.NATO_ARTICLE_6;
    boolean atSea = c.kind() != TargetKind.FORCES || p.isSea();
    if (natoAreaTerritory(c).isPresent()) {
      return Optional.of(applies("natoForcesInTheTreatyArea", V, "The " + c.kind().id()
          + " of " + c.targetName() + " were in or over " + p.name()
          + ", allied territory inside Article 6."));
    }
    if (atSea && (mediterranean || (p.sea() == Sea.NORTH_ATLANTIC && p.northOfTropic()))) {
      return Optional.of(applies("natoForcesInTheTreatyArea", V, "The " + c.kind().id() + " of "
          + c.targetName() + " were in or over the " + (mediterranean ? "Mediterranean Sea"
          : "North Atlantic north of the Tropic") + ", which Article 6 names."));
    }
    return atSea && p.isSea() && p.sea() == Sea.BALTIC
        ? Optional.of(applies("natoForcesInTheTreatyArea", M, "The Baltic, a marginal sea, is"
            + " generally treated as part of the North Atlantic area of Article 6."))
        : Optional.empty();
  }

  @Rule(statement = "Whether the Black Sea beyond allied territorial waters is part of \"the"
      + " Mediterranean Sea\" of Article 6 is unsettled: the answer is disputed.",
      instrument = "nato", article = "6(2)", confidence = "D")
  static Optional<Finding> natoBlackSea(Case c) {
    return c.place().isSea() && c.place().sea() == Sea.BLACK_SEA
        ? Optional.of(contests("natoBlackSea", "The Black Sea can be read as part of the"
            + " Mediterranean Sea, which Article 6 names.", "Article 6 names the Mediterranean and"
            + " the North Atlantic, not the Black Sea (treaties.md §17 case 19)."))
        : Optional.empty();
  }

  @Rule(statement = "A party's forces or territory on a Mediterranean island outside the treaty"
      + " area (the UK Sovereign Base Areas in Cyprus) are a disputed case.", instrument = "nato",
      article = "6(2)", confidence = "D")
  static Optional<Finding> natoMediterraneanIslandBases(Case c) {
    Place p = c.place();
    return !p.isSea() && p.island() && p.sea() == Sea.MEDITERRANEAN && c.isParty(p.sovereign())
        ? Optional.of(contests("natoMediterraneanIslandBases", p.name() + " lies in the"
            + " Mediterranean Sea, so forces there can be read as \"in or over the Mediterranean"
            + " Sea\".", p.name() + " is on an island in Asia, not in Europe, North America or the"
            + " North Atlantic, and a land base is not at sea; the 2026 strike on RAF Akrotiri"
            + " opened no NATO process (treaties.md §17 case 5)."))
        : Optional.empty();
  }

  @Rule(statement = "Forces in Austria, a 1949 occupation area, are covered only on a literal"
      + " reading of a clause that is dead in practice: the answer is disputed.",
      instrument = "nato", article = "6(2)(b)", confidence = "D")
  static Optional<Finding> natoOccupationForcesClause(Case c) {
    return c.kind() != TargetKind.TERRITORY && OCCUPATION_AREAS_1949.contains(c.place().sovereign())
        ? Optional.of(contests("natoOccupationForcesClause", "Article 6 still covers forces in"
            + " areas of Europe where occupation forces stood on 1949-08-24.", "The occupation"
            + " ended in 1955 and Austria, neutral, hosts no allied forces: the clause is dead."))
        : Optional.empty();
  }

  @Rule(statement = "Caribbean islands south of the Tropic are outside Article 6; only a minority"
      + " reading counts the Caribbean as North America.", instrument = "nato", article = "6(1)",
      confidence = "D")
  static Optional<Finding> caribbeanIsNotNorthAmerica(Case c) {
    Place p = c.place();
    return !p.isSea() && p.continent() == Continent.CARIBBEAN && !p.northOfTropic()
        ? Optional.of(excludes("caribbeanIsNotNorthAmerica", D, p.name() + " is a Caribbean"
            + " island south of the Tropic, outside Article 6 (a minority reading counts the"
            + " Caribbean as North America)."))
        : Optional.empty();
  }

  @Rule(statement = "Until 1962-07-03 an attack on France's Algerian departments counted as one"
      + " in the treaty area; the clause has lapsed.", instrument = "nato",
      article = "6(1) Algerian departments", confidence = "M")
  static Optional<Finding> algerianDepartments(Case c) {
    return c.place().sovereign().equals("DZA") && c.target().equals("FRA")
        ? Optional.of(applies("algerianDepartments", M, "Algeria's departments were French"
            + " and named in Article 6 until independence."))
        : Optional.empty();
  }

  /** The territory test of Article 6, shared by the territory and the forces rules. */
  static Optional<Finding> natoAreaTerritory(Case c) {
    Optional<Finding> turkish = natoTurkishTerritory(c);
    if (turkish.isPresent()) {
      return turkish;
    }
    Optional<Finding> mainland = natoTerritoryInEuropeOrNorthAmerica(c);
    return mainland.isPresent() ? mainland : natoNorthAtlanticIslands(c);
  }

  // ---- Other instruments' scopes ----

  @Rule(statement = "TEU 42(7) is engaged by armed aggression on a member state's territory where"
      + " the EU treaties apply, outermost regions (French Guiana, the Canaries, Ceuta) included.",
      instrument = "eu-42-7", article = "42(7)", confidence = "V")
  static Optional<Finding> euArmedAggressionOnItsTerritory(Case c) {
    Place p = c.place();
    return p.heldBy(c.target()) && p.eu() == EuStatus.MEMBER
        ? Optional.of(applies("euArmedAggressionOnItsTerritory", V, p.name() + " is "
            + c.targetName() + "'s territory within the EU, so the other members owe aid by all"
            + " the means in their power once it invokes 42(7)."))
        : Optional.empty();
  }

  @Rule(statement = "Whether 42(7) covers a member's territory outside the EU treaties (Greenland,"
      + " the Faroes, Aruba, New Caledonia) is untested: the answer is disputed.",
      instrument = "eu-42-7", article = "42(7)", confidence = "D")
  static Optional<Finding> euOverseasCountriesAndTerritories(Case c) {
    Place p = c.place();
    return p.heldBy(c.target()) && p.eu() == EuStatus.OUTSIDE_EU_LAW
        ? Optional.of(contests("euOverseasCountriesAndTerritories", p.name() + " is still "
            + c.targetName() + "'s territory, and 42(7) speaks of the member's territory.",
            p.name() + " lies outside the EU treaties, and no EU institution has said 42(7)"
                + " reaches it (treaties.md §2)."))
        : Optional.empty();
  }

  @Rule(statement = "US–Japan Article V covers an armed attack on either party in the territories"
      + " under the administration of Japan, and nowhere else.", instrument = "us-japan",
      article = "V", confidence = "V")
  static Optional<Finding> japanAdministeredTerritory(Case c) {
    Place p = c.place();
    return !p.isSea() && p.administrator().equals("JPN")
        ? Optional.of(applies("japanAdministeredTerritory", V, p.name() + " is under the"
            + " administration of Japan" + (p.claimants().isEmpty() ? "" : " (the US takes no"
            + " position on the claims of " + String.join(", ", p.claimants()) + ")") + "."))
        : Optional.empty();
  }

  @Rule(statement = "US–ROK Article III covers an armed attack in the Pacific area on territory"
      + " under the Republic of Korea's administration; the ROK's duty for US Pacific territory"
      + " rests on the text alone and is disputed.", instrument = "us-rok", article = "III",
      confidence = "D")
  static Optional<Finding> koreaPacificAdministeredTerritory(Case c) {
    Place p = c.place();
    if (!p.isSea() && p.administrator().equals("KOR")) {
      return Optional.of(applies("koreaPacificAdministeredTerritory", V, p.name()
          + " is under the Republic of Korea's administrative control in the Pacific area."));
    }
    return !p.isSea() && p.administrator().equals("USA") && p.island() && p.sea().isPacific()
        ? Optional.of(contests("koreaPacificAdministeredTerritory", "Article III is reciprocal:"
            + " " + p.name() + " is US-administered territory in the Pacific area.",
            "No official statement confirms a ROK duty to defend US territory (treaties.md §4)."))
        : Optional.empty();
  }

  @Rule(statement = "The US has declared the South China Sea part of the Pacific for the"
      + " Philippine treaty (2019, 2023); for ANZUS that reading is unstated and disputed.",
      instrument = "us-philippines, anzus", article = "IV-V", confidence = "V")
  static Optional<Finding> southChinaSeaIsPacific(Case c) {
    if (c.place().sea() != Sea.SOUTH_CHINA_SEA || c.kind() == TargetKind.TERRITORY) {
      return Optional.empty();
    }
    return c.clause().scope() == Scope.PACIFIC_SOUTH_CHINA_SEA_AFFIRMED
        ? Optional.of(applies("southChinaSeaIsPacific", V, "The " + c.kind().id() + " of "
            + c.targetName() + " (coast guard included) were in the South China Sea, declared"
            + " part of the Pacific (Pompeo 2019, Guidelines 2023)."))
        : Optional.of(contests("southChinaSeaIsPacific", "By analogy with the Philippine treaty"
            + " the South China Sea is part of the Pacific.", "Canberra and Washington have not"
            + " said so for ANZUS (treaties.md §6)."));
  }

  @Rule(statement = "The Philippine and ANZUS treaties cover a party's metropolitan territory, its"
      + " island territories in the Pacific, and its forces, public vessels and aircraft in the"
      + " Pacific.", instrument = "us-philippines, anzus", article = "IV-V", confidence = "V")
  static Optional<Finding> pacificAreaAttack(Case c) {
    Place p = c.place();
    if (c.kind() == TargetKind.TERRITORY) {
      boolean metropolitan = p.kind() == PlaceKind.METROPOLITAN;
      return metropolitan || (p.island() && p.sea().isPacific())
          ? Optional.of(applies("pacificAreaAttack", V, p.name() + " is " + c.targetName() + "'s "
              + (metropolitan ? "metropolitan territory" : "island territory in the Pacific")
              + ", which Article V names.")) : Optional.empty();
    }
    return p.sea().isPacific()
        ? Optional.of(applies("pacificAreaAttack", V, "The " + c.kind().id() + " of "
            + c.targetName() + " were in the Pacific at " + p.name() + "."))
        : Optional.empty();
  }

  @Rule(statement = "The Rio Treaty is engaged by an armed attack on an American state party in"
      + " the Americas, though no party can be made to use armed force (Art 20).",
      instrument = "rio", article = "3(1), 20", confidence = "V")
  static Optional<Finding> americanStateAttacked(Case c) {
    Continent where = c.place().continent();
    return where == Continent.NORTH_AMERICA || where == Continent.SOUTH_AMERICA
        || where == Continent.CARIBBEAN || c.place().sea() == Sea.CARIBBEAN
        ? Optional.of(applies("americanStateAttacked", V, c.targetName() + " is an American"
            + " state attacked in the Americas; each party assists, none is compelled to use"
            + " armed force.")) : Optional.empty();
  }

  @Rule(statement = "The Taiwan Relations Act concerns Taiwan and the Pescadores; Kinmen and Matsu"
      + " are not named.", instrument = "taiwan-relations-act", article = "15(2)",
      confidence = "V")
  static Optional<Finding> taiwanAndPenghuOnly(Case c) {
    Place p = c.place();
    return p.isSea() || TAIWAN_RELATIONS_ACT_AREA.contains(p.id())
        ? Optional.of(applies("taiwanAndPenghuOnly", V, "Force against the people on Taiwan is"
            + " of grave concern to the US, which supplies arms; there is no duty to defend."))
        : Optional.of(excludes("taiwanAndPenghuOnly", V, p.name() + " is not named in the"
            + " Taiwan Relations Act, which defines Taiwan as Taiwan and the Pescadores."));
  }

  @Rule(statement = "The Budapest assurance of Security Council action applies only to aggression"
      + " in which nuclear weapons are used.", instrument = "budapest", article = "4",
      confidence = "V")
  static Optional<Finding> nuclearAggressionOnly(Case c) {
    return c.attack().intensity() == Intensity.NUCLEAR
        ? Optional.of(applies("nuclearAggressionOnly", V, "Aggression with nuclear weapons: the"
            + " signatories seek immediate Security Council action."))
        : Optional.of(excludes("nuclearAggressionOnly", V, "Paragraph 4 asks for Security"
            + " Council action only if nuclear weapons are used; there is no duty to defend."));
  }

  @Rule(statement = "The Russian, Chinese, North Korean, Belarusian and CSTO clauses cover an"
      + " attack on a party's own territory; territory it administers but others recognise as"
      + " another's (Crimea), and forces abroad, are disputed.",
      instrument = "csto, russia-dprk-2024, china-dprk-1961, russia-belarus-2024",
      article = "4; II", confidence = "V")
  static Optional<Finding> partyTerritoryAnywhere(Case c) {
    Place p = c.place();
    if (!p.isSea() && p.sovereign().equals(c.target())) {
      return Optional.of(applies("partyTerritoryAnywhere", V, p.name() + " is "
          + c.targetName() + "'s own territory; the clause asks for immediate assistance."));
    }
    return Optional.of(contests("partyTerritoryAnywhere", "The parties judge for themselves"
        + " what counts as aggression against them, " + p.name() + " included.", p.name()
        + " is not " + c.targetName() + "'s internationally recognised territory (treaties.md"
        + " §12: annexed regions are a major ambiguity)."));
  }

  @Rule(statement = "The European bilateral clauses are engaged by armed aggression against a"
      + " party's own territory; the sea beyond it (an exclusive economic zone) is not territory.",
      instrument = "france-germany-2019, france-greece-2021, france-poland-2025, uk-germany-2025,"
          + " uk-sweden-2022, uk-finland-2022",
      article = "4; 2; mutual assistance", confidence = "V")
  static Optional<Finding> bilateralAggressionOnTerritory(Case c) {
    Place p = c.place();
    return !p.isSea() && p.sovereign().equals(c.target())
        ? Optional.of(applies("bilateralAggressionOnTerritory", V, p.name() + " is "
            + c.targetName() + "'s territory; Article " + c.clause().article() + ": "
            + c.clause().trigger() + "."))
        : Optional.empty();
  }

  @Rule(statement = "The consultation clauses of the Pacific treaties are engaged only by a threat"
      + " that arises in the Pacific or the Far East: at a place in the Pacific, in Oceania, or in"
      + " Asia east of 90 degrees East.", instrument = "us-japan, us-philippines, anzus",
      article = "IV, III, III", confidence = "M")
  static Optional<Finding> pacificConsultation(Case c) {
    Place p = c.place();
    boolean pacific = p.sea().isPacific() || p.continent() == Continent.OCEANIA
        || (p.continent() == Continent.ASIA && p.longitude() >= FAR_EAST_WEST_EDGE);
    return pacific ? Optional.of(applies("pacificConsultation", c.clause().confidence(),
        p.name() + " is in the Pacific or the Far East; Article " + c.clause().article() + ": "
            + c.clause().trigger() + ".")) : Optional.empty();
  }

  @Rule(statement = "A consultation clause, or a support pledge to one state, is engaged by a"
      + " threat to or attack on the protected state wherever it arises.", instrument = "all",
      article = "consultation clauses", confidence = "V")
  static Optional<Finding> consultationAnywhere(Case c) {
    return Optional.of(applies("consultationAnywhere", c.clause().confidence(), "Article "
        + c.clause().article() + ": " + c.clause().trigger() + "."));
  }

  @Rule(statement = "An attack at a place that none of the clause's scope rules covers is outside"
      + " the clause's area.", instrument = "all", article = "scope", confidence = "V")
  static Finding outsideTheArea(Case c) {
    return excludes("outsideTheArea", c.clause().confidence(), c.place().name()
        + " is outside the area of Article " + c.clause().article() + " (" + c.clause().trigger()
        + ").");
  }

  // ---- Caveats ----

  @Rule(statement = "A strike intercepted without damage is eligible, but precedent says invocation"
      + " is unlikely: a political decision.", instrument = "all", article = "5",
      confidence = "V")
  static Optional<String> interceptedStrike(Attack attack) {
    return attack.intensity() != Intensity.INTERCEPTED ? Optional.empty()
        : Optional.of("Intercepted without damage: eligible, but when an Iranian missile bound"
            + " for Türkiye was intercepted on 2026-03-04 nobody talked of Article 5"
            + " (treaties.md §17 case 25).");
  }
}
