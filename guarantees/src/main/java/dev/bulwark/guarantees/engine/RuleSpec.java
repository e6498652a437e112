package dev.bulwark.guarantees.engine;

import dev.bulwark.guarantees.GuaranteesException;
import dev.bulwark.guarantees.treaty.Confidence;
import java.util.List;

/**
 * What a rule of the obligation engine says and reads, as {@code docs/guarantees.md} lists it.
 * {@link RuleBook} checks the instruments and the confidence against the treaty base when it is
 * built.
 *
 * @param id the rule's typed id, from which its name is derived
 * @param statement the rule in one English sentence
 * @param instruments the ids of the instruments it reads, or empty for a rule that reads every
 *     instrument
 * @param article the article or articles it comes from
 * @param confidence how firmly the rule stands: no firmer than the clauses it reads
 */
public record RuleSpec(RuleId id, String statement, List<String> instruments, String article,
    Confidence confidence) {

  /** The instruments of a rule that reads every instrument. */
  static final List<String> EVERY_INSTRUMENT = List.of();

  public RuleSpec {
    GuaranteesException.require(id != null, "a rule needs an id, was null");
    GuaranteesException.require(statement != null && statement.endsWith("."),
        "rule " + id.ruleName() + " must state itself in one sentence, was '" + statement + "'");
    GuaranteesException.require(instruments != null && article != null && !article.isBlank()
        && confidence != null, "rule " + id.ruleName() + " needs instruments, article and confidence");
    instruments = List.copyOf(instruments);
  }

  /** Returns the rule's name as outputs show it ({@code natoBlackSea}). */
  public String name() {
    return id.ruleName();
  }

  /** Returns the instruments as documented: their ids, or "all". */
  public String instrumentLabel() {
    return instruments.isEmpty() ? "all" : String.join(", ", instruments);
  }
}
