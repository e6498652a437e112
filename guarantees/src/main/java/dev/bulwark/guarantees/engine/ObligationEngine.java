package dev.bulwark.guarantees.engine;

import dev.bulwark.guarantees.GuaranteesException;
import dev.bulwark.guarantees.engine.RuleDefinition.OnClause;
import dev.bulwark.guarantees.treaty.Clause;
import dev.bulwark.guarantees.treaty.ClauseKind;
import dev.bulwark.guarantees.treaty.Instrument;
import dev.bulwark.guarantees.treaty.Party;
import dev.bulwark.guarantees.treaty.Treaties;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Says which states are bound to respond to an attack, under which instrument and article, how
 * strongly, and why the others are not.
 *
 * <p>For each instrument: it must be in force and protect the target on the day; then its
 * clauses are tried strongest first. A clause is dropped (not bound, with the reason) by the first
 * gate that excludes it: lapsed text, a framework, a target kind the text does not name, an act
 * below the armed-attack threshold; it is disputed when a gate contests it (cyber, a fellow party
 * as attacker, a frozen member); else its scope's rules decide (the rules of {@link Rules} that
 * the table {@code scope-rules.csv} lists for the clause's scope and the target's kind, first that
 * speaks wins; none: outside the clause's area). Every party on the day other than target and attacker
 * is then bound unless its obligation is suspended or its membership contested. A defence clause
 * that binds anyone ends the instrument; otherwise the weaker clauses speak too (NATO Article 4
 * when Article 5 does not bind; both Budapest paragraphs). Eligibility is not invocation: the parties decide politically
 * whether an armed attack occurred (treaties.md §0).
 *
 * <p>Cost: O(instruments × clauses × parties) per attack, about a thousand checks.
 */
public final class ObligationEngine {

  private final Treaties treaties;
  private final RuleBook rules;

  private ObligationEngine(Treaties treaties, RuleBook rules) {
    this.treaties = treaties;
    this.rules = rules;
  }

  /**
   * Returns the engine over the bundled treaty base and rule book.
   *
   * @throws GuaranteesException of kind FAILURE when the rule book fails its checks against the
   *     bundled treaty base ({@link RuleBook})
   */
  public static ObligationEngine withDefaults() {
    return new ObligationEngine(Treaties.bundled(), RuleBook.bundled());
  }

  /**
   * Returns a copy over another treaty base, such as a what-if withdrawal from the bundled one;
   * the rules stay those checked against the bundled treaty base.
   */
  public ObligationEngine withTreaties(Treaties treaties) {
    GuaranteesException.require(treaties != null, "treaties must be given, was null");
    return new ObligationEngine(treaties, rules);
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
    Rules.INTERCEPTED_STRIKE.apply(attack).ifPresent(caveats::add);
    if (outcomes.stream().anyMatch(o -> o instanceof Outcome.Bound b
        && b.strength().isDefenceCommitment())) {
      caveats.add("Eligibility is not invocation: whether an armed attack occurred is decided"
          + " politically by the parties (NATO: by consensus in the North Atlantic Council).");
    }
    return new Assessment(attack, outcomes, caveats);
  }

  private List<Outcome> judge(Instrument instrument, Attack attack) {
    Case whole = new Case(instrument, instrument.clauses().get(0), attack);
    Optional<Finding> gate = Rules.INSTRUMENT_IN_FORCE.apply(whole)
        .or(() -> Rules.TARGET_IS_PROTECTED.apply(whole));
    if (gate.isPresent()) {
      return List.of(notBound(whole, "", gate.get(), List.of()));
    }
    List<Outcome> outcomes = new ArrayList<>();
    List<Outcome> lapsed = new ArrayList<>();
    for (Clause clause : instrument.clauses()) {
      Case c = new Case(instrument, clause, attack);
      Finding finding = gates(c).orElseGet(() -> where(c));
      if (finding.rule() == RuleId.CLAUSE_IN_FORCE) {
        if (where(c).status() == Verdict.Status.APPLIES) {
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
    return first(c, Rules.clauseGates()).or(() -> Rules.CONTESTED_PARTY.apply(c, c.target()));
  }

  /** Applies the rules of the clause's scope; the first that speaks decides. */
  private Finding where(Case c) {
    return first(c, rules.scopeRules(c.clause().scope(), c.kind()))
        .or(() -> Rules.OUTSIDE_THE_AREA.apply(c)).orElseThrow();
  }

  private List<Outcome> bind(Case c, Finding finding) {
    String article = c.clause().article();
    if (finding.status() == Verdict.Status.EXCLUDES) {
      return List.of(notBound(c, article, finding, List.of()));
    }
    List<String> guarantors = new ArrayList<>();
    List<Outcome> outcomes = new ArrayList<>();
    for (Party party : c.instrument().partiesOn(c.date())) {
      String state = party.iso3();
      if (state.equals(c.target()) || c.attack().attacker().map(state::equals).orElse(false)) {
        continue;
      }
      Optional<Finding> suspended = Rules.SUSPENDED_OBLIGATION.apply(c, state);
      Optional<Finding> contested = Rules.CONTESTED_PARTY.apply(c, state);
      if (suspended.isPresent()) {
        outcomes.add(notBound(c, article, suspended.get(), List.of(state)));
      } else if (contested.isPresent() || finding.status() == Verdict.Status.CONTESTS) {
        Finding doubt = contested.orElse(finding);
        outcomes.add(new Outcome.Disputed(c.instrument().id(), article, c.clause().strength(),
            List.of(state), doubt.reason(), doubt.otherReading(), doubt.ruleName()));
      } else {
        guarantors.add(state);
        outcomes.add(new Outcome.Bound(state, c.instrument().id(), article, c.clause().strength(),
            c.clause().confidence().weakest(party.confidence()).weakest(finding.confidence()),
            finding.reason(), finding.ruleName()));
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
        finding.confidence(), finding.ruleName());
  }

  private static Optional<Finding> first(Case c, List<OnClause> rules) {
    for (OnClause rule : rules) {
      Optional<Finding> finding = rule.apply(c);
      if (finding.isPresent()) {
        return finding;
      }
    }
    return Optional.empty();
  }
}
