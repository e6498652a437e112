package dev.bulwark.guarantees.engine;

import dev.bulwark.guarantees.GuaranteesException;
import dev.bulwark.guarantees.treaty.Confidence;
import dev.bulwark.guarantees.treaty.Strength;
import java.util.List;

/**
 * What one clause of one instrument says about an attack: a state is bound, the clause does not
 * apply (and why), or the answer is disputed (with both readings).
 */
public sealed interface Outcome {

  /** Returns the instrument's id. */
  String instrument();

  /** Returns the article as cited, or empty when the instrument as a whole does not apply. */
  String article();

  /** Returns the name of the rule that decided it. */
  String rule();

  /** Returns how firm the answer is. */
  Confidence confidence();

  /**
   * A state bound to respond.
   *
   * @param guarantor the bound state
   * @param strength how strongly, on the scale of treaties.md §0
   * @param reason one sentence saying why
   */
  record Bound(String guarantor, String instrument, String article, Strength strength,
      Confidence confidence, String reason, String rule) implements Outcome {
    public Bound {
      GuaranteesException.require(guarantor != null && strength != null && confidence != null
          && reason != null && !reason.isBlank(), "a bound outcome needs guarantor, strength,"
          + " confidence and reason, was " + guarantor + " under " + instrument);
    }
  }

  /**
   * A clause or an instrument that does not apply.
   *
   * @param states the states it concerns (a suspended guarantor), or empty for all
   * @param reason one sentence saying why
   */
  record NotBound(String instrument, String article, List<String> states, String reason,
      Confidence confidence, String rule) implements Outcome {
    public NotBound {
      GuaranteesException.require(reason != null && !reason.isBlank() && confidence != null,
          "a not-bound outcome needs a reason and a confidence, was " + instrument);
      states = List.copyOf(states);
    }
  }

  /**
   * A question the law or practice leaves open.
   *
   * @param guarantors the states that would be bound on the first reading
   * @param strength how strongly they would be bound
   * @param boundReading the reading under which they are bound, in one sentence
   * @param notBoundReading the reading under which they are not, in one sentence
   */
  record Disputed(String instrument, String article, Strength strength, List<String> guarantors,
      String boundReading, String notBoundReading, String rule) implements Outcome {
    public Disputed {
      GuaranteesException.require(boundReading != null && notBoundReading != null,
          "a disputed outcome needs both readings, was " + instrument);
      guarantors = List.copyOf(guarantors);
    }

    @Override
    public Confidence confidence() {
      return Confidence.DISPUTED;
    }
  }
}
