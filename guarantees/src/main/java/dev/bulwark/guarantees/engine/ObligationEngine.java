package dev.bulwark.guarantees.engine;

import dev.bulwark.guarantees.GuaranteesException;
import dev.bulwark.guarantees.treaty.Clause;
import dev.bulwark.guarantees.treaty.ClauseKind;
import dev.bulwark.guarantees.treaty.Instrument;
import dev.bulwark.guarantees.treaty.Party;
import dev.bulwark.guarantees.treaty.TargetKind;
import dev.bulwark.guarantees.treaty.Treaties;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Says which states are bound to respond to an attack, under which instrument and article, how
 * strongly, and why the others are not.
 *
 * <p>For each instrument: it must be in force and protect the target on the day; then its
 * clauses are tried strongest first. A clause is dropped (not bound, with the reason) by the first
 * gate that excludes it: lapsed text, a framework, a target kind the text does not name, an act
 * below the armed-attack threshold; it is disputed when a gate contests it (cyber, a fellow party
 * as attacker, a frozen member); else its scope's rules decide ({@link Rules}, first that speaks
 * wins; none: outside the clause's area). Every party on the day other than target and attacker
 * is then bound unless its obligation is suspended or its membership contested. A defence clause
 * that binds anyone ends the instrument; otherwise the weaker clauses speak too (NATO Article 4
 * when Article 5 does not bind; both Budapest paragraphs). Eligibility is not invocation: the parties decide politically
 * whether an armed attack occurred (treaties.md §0).
 *
 * <p>Cost: O(instruments × clauses × parties) per attack, about a thousand checks.
 */
public final class ObligationEngine {

  private final Treaties treaties;

  private ObligationEngine(Treaties treaties) {
    this.treaties = treaties;
  }

  /** Returns the engine over the bundled treaty base. */
  public static ObligationEngine withDefaults() {
    return new ObligationEngine(Treaties.bundled());
  }

  /** Returns a copy over another treaty base. */
  public ObligationEngine withTreaties(Treaties treaties) {
    GuaranteesException.require(treaties != null, "treaties must be given, was null");
    return new ObligationEngine(treaties);
  }

  /** Returns the treaty base this engine reads. */
  public Treaties treaties() {
    return treaties;
  }

  /**
   * Assesses an attack against every instrument.
   *
   * @throws GuaranteesException of kind BAD_INPUT when the attack is null
   */
  public Assessment assess(Attack attack) {
    GuaranteesException.require(attack != null, "attack must be given, was null");
    List<Outcome> outcomes = new ArrayList<>();
    treaties.all().forEach(instrument -> outcomes.addAll(judge(instrument, attack)));
    List<String> caveats = new ArrayList<>();
    Rules.interceptedStrike(attack).ifPresent(caveats::add);
    if (outcomes.stream().anyMatch(o -> o instanceof Outcome.Bound b
        && b.strength().isDefenceCommitment())) {
      caveats.add("Eligibility is not invocation: whether an armed attack occurred is decided"
          + " politically by the parties (NATO: by consensus in the North Atlantic Council).");
    }
    return new Assessment(attack, outcomes, caveats);
  }

  private List<Outcome> judge(Instrument instrument, Attack attack) {
    Case whole = new Case(instrument, instrument.clauses().get(0), attack);
    Optional<Finding> gate = Rules.instrumentInForce(whole).or(() -> Rules.targetIsProtected(whole));
    if (gate.isPresent()) {
      return List.of(notBound(whole, "", gate.get(), List.of()));
    }
    List<Outcome> outcomes = new ArrayList<>();
    List<Outcome> lapsed = new ArrayList<>();
    for (Clause clause : instrument.clauses()) {
      Case c = new Case(instrument, clause, attack);
      Finding finding = gates(c).orElseGet(() -> where(c));
      if (finding.rule().equals("clauseInForce")) {
        if (where(c).status() == Finding.Status.APPLIES) {
          lapsed.add(notBound(c, clause.article(), finding, List.of()));
        }
        continue;
      }
      List<Outcome> clauseOutcomes = bind(c, finding);
      outcomes.addAll(clauseOutcomes);
      if (clause.kind() == ClauseKind.DEFENCE
          && clauseOutcomes.stream().anyMatch(Outcome.Bound.class::isInstance)) {
        break;
      }
    }
    if (outcomes.stream().noneMatch(o -> o instanceof Outcome.Bound b
        && b.strength().isDefenceCommitment())) {
      outcomes.addAll(lapsed);
    }
    return outcomes;
  }

  private static Optional<Finding> gates(Case c) {
    List<Function<Case, Optional<Finding>>> gates = List.of(Rules::clauseInForce,
        Rules::notAGuarantee, Rules::targetKindCovered, Rules::armedAttackThreshold,
        Rules::cyberIsCaseByCase, Rules::attackerIsFellowParty,
        k -> Rules.contestedParty(k, k.target()));
    return first(c, gates);
  }

  /** Applies the rules of the clause's scope; the first that speaks decides. */
  private static Finding where(Case c) {
    List<Function<Case, Optional<Finding>>> rules = switch (c.clause().scope()) {
      case NATO_ARTICLE_6, NATO_ARTICLE_6_1949 -> c.kind() == TargetKind.TERRITORY
          ? List.of(Rules::natoAreaTerritory, Rules::caribbeanIsNotNorthAmerica,
              Rules::natoMediterraneanIslandBases)
          : List.of(Rules::natoForcesInTheTreatyArea, Rules::natoBlackSea,
              Rules::natoMediterraneanIslandBases, Rules::natoOccupationForcesClause,
              Rules::caribbeanIsNotNorthAmerica);
      case ALGERIAN_DEPARTMENTS -> List.of(Rules::algerianDepartments);
      case EU_TERRITORY -> List.of(Rules::euArmedAggressionOnItsTerritory,
          Rules::euOverseasCountriesAndTerritories);
      case JAPAN_ADMINISTERED -> List.of(Rules::japanAdministeredTerritory);
      case KOREA_PACIFIC_ADMINISTERED -> List.of(Rules::koreaPacificAdministeredTerritory);
      case PACIFIC_SOUTH_CHINA_SEA_AFFIRMED, PACIFIC_AREA -> List.of(
          Rules::southChinaSeaIsPacific, Rules::pacificAreaAttack);
      case AMERICAS -> List.of(Rules::americanStateAttacked);
      case TAIWAN_AND_PENGHU -> List.of(Rules::taiwanAndPenghuOnly);
      case NUCLEAR_AGGRESSION -> List.of(Rules::nuclearAggressionOnly);
      case PARTY_TERRITORY -> List.of(Rules::partyTerritoryAnywhere);
      case BILATERAL_TERRITORY -> List.of(Rules::bilateralAggressionOnTerritory);
      case PACIFIC_CONSULTATION -> List.of(Rules::pacificConsultation);
      case ANYWHERE -> List.of(Rules::consultationAnywhere);
    };
    return first(c, rules).orElseGet(() -> Rules.outsideTheArea(c));
  }

  private List<Outcome> bind(Case c, Finding finding) {
    String article = c.clause().article();
    if (finding.status() == Finding.Status.EXCLUDES) {
      return List.of(notBound(c, article, finding, List.of()));
    }
    List<String> guarantors = new ArrayList<>();
    List<Outcome> outcomes = new ArrayList<>();
    for (Party party : c.instrument().partiesOn(c.date())) {
      String state = party.iso3();
      if (state.equals(c.target()) || c.attack().attacker().map(state::equals).orElse(false)) {
        continue;
      }
      Optional<Finding> suspended = Rules.suspendedObligation(c, state);
      Optional<Finding> contested = Rules.contestedParty(c, state);
      if (suspended.isPresent()) {
        outcomes.add(notBound(c, article, suspended.get(), List.of(state)));
      } else if (contested.isPresent() || finding.status() == Finding.Status.CONTESTS) {
        Finding doubt = contested.orElse(finding);
        outcomes.add(new Outcome.Disputed(c.instrument().id(), article, c.clause().strength(),
            List.of(state), doubt.reason(), doubt.otherReading(), doubt.rule()));
      } else {
        guarantors.add(state);
        outcomes.add(new Outcome.Bound(state, c.instrument().id(), article, c.clause().strength(),
            c.clause().confidence().weakest(party.confidence()).weakest(finding.confidence()),
            finding.reason(), finding.rule()));
      }
    }
    return merge(outcomes);
  }

  /** Folds per-state disputed outcomes with the same readings into one, listing the states. */
  private static List<Outcome> merge(List<Outcome> outcomes) {
    List<Outcome> merged = new ArrayList<>();
    for (Outcome outcome : outcomes) {
      Outcome last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (outcome instanceof Outcome.Disputed d && last instanceof Outcome.Disputed l
          && l.boundReading().equals(d.boundReading()) && l.article().equals(d.article())) {
        List<String> states = new ArrayList<>(l.guarantors());
        states.addAll(d.guarantors());
        merged.set(merged.size() - 1, new Outcome.Disputed(l.instrument(), l.article(),
            l.strength(), states, l.boundReading(), l.notBoundReading(), l.rule()));
      } else {
        merged.add(outcome);
      }
    }
    return merged;
  }

  private static Outcome.NotBound notBound(Case c, String article, Finding finding,
      List<String> states) {
    return new Outcome.NotBound(c.instrument().id(), article, states, finding.reason(),
        finding.confidence(), finding.rule());
  }

  private static Optional<Finding> first(Case c, List<Function<Case, Optional<Finding>>> rules) {
    for (Function<Case, Optional<Finding>> rule : rules) {
      Optional<Finding> finding = rule.apply(c);
      if (finding.isPresent()) {
        return finding;
      }
    }
    return Optional.empty();
  }
}
