package dev.bulwark.guarantees.engine;

import dev.bulwark.guarantees.GuaranteesException;
import dev.bulwark.guarantees.treaty.Strength;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The engine's answer about one attack: every outcome, instrument by instrument, and the caveats
 * that hold for the whole answer (eligibility is not invocation).
 *
 * @param attack the attack assessed
 * @param outcomes bound, not bound and disputed, instrument by instrument in the treaty base's order
 * @param caveats sentences that qualify the whole answer
 */
public record Assessment(Attack attack, List<Outcome> outcomes, List<String> caveats) {

  public Assessment {
    GuaranteesException.require(attack != null && outcomes != null && caveats != null,
        "an assessment needs its attack, outcomes and caveats");
    outcomes = List.copyOf(outcomes);
    caveats = List.copyOf(caveats);
  }

  /** Returns every state bound, one outcome per state and clause. */
  public List<Outcome.Bound> bound() {
    return outcomes.stream().filter(Outcome.Bound.class::isInstance)
        .map(Outcome.Bound.class::cast).toList();
  }

  /** Returns the disputed answers. */
  public List<Outcome.Disputed> disputed() {
    return outcomes.stream().filter(Outcome.Disputed.class::isInstance)
        .map(Outcome.Disputed.class::cast).toList();
  }

  /** Returns the clauses and instruments that do not apply, with their reasons. */
  public List<Outcome.NotBound> notBound() {
    return outcomes.stream().filter(Outcome.NotBound.class::isInstance)
        .map(Outcome.NotBound.class::cast).toList();
  }

  /** Returns the outcomes of one instrument. */
  public List<Outcome> of(String instrument) {
    return outcomes.stream().filter(o -> o.instrument().equals(instrument)).toList();
  }

  /** Returns each bound state with the strongest obligation it is under, strongest first. */
  public Map<String, Outcome.Bound> strongestByGuarantor() {
    Map<String, Outcome.Bound> strongest = new LinkedHashMap<>();
    bound().stream().sorted(Comparator.comparing(Outcome.Bound::strength))
        .forEach(b -> strongest.putIfAbsent(b.guarantor(), b));
    return strongest;
  }

  /** Returns the states bound at {@code strength} or stronger, sorted by code. */
  public List<String> boundAtLeast(Strength strength) {
    return strongestByGuarantor().values().stream().filter(b -> b.strength().atLeast(strength))
        .map(Outcome.Bound::guarantor).sorted().toList();
  }

  /** Returns the state's strongest obligation, if it is bound at all. */
  public Optional<Outcome.Bound> strongest(String guarantor) {
    return Optional.ofNullable(strongestByGuarantor().get(guarantor));
  }
}
