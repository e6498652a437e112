package dev.bulwark.guarantees.treaty;

import dev.bulwark.guarantees.GuaranteesException;
import java.time.LocalDate;
import java.util.Set;

/**
 * One article of an instrument as the engine reads it.
 *
 * @param article the article as cited ("5", "42(7)", "IV-V")
 * @param kind defence, consultation, assurance or framework
 * @param strength the level of treaties.md §0
 * @param scope the geographic rule of its trigger
 * @param targets what an attack must hit to engage it
 * @param period the days the clause was in the text
 * @param confidence the treaties.md mark
 * @param trigger the trigger and obligation, paraphrased in one sentence
 */
public record Clause(String article, ClauseKind kind, Strength strength, Scope scope,
    Set<TargetKind> targets, Period period, Confidence confidence, String trigger) {

  public Clause {
    GuaranteesException.require(article != null && !article.isBlank(), "clause article must be given");
    GuaranteesException.require(kind != null && strength != null && scope != null
            && period != null && confidence != null,
        "clause " + article + " must have kind, strength, scope, period and confidence");
    GuaranteesException.require(targets != null && !targets.isEmpty(),
        "clause " + article + " must name at least one target kind");
    GuaranteesException.require(trigger != null && !trigger.isBlank(),
        "clause " + article + " must state its trigger");
    targets = Set.copyOf(targets);
  }

  /** Returns whether the clause was in the text on the date. */
  public boolean inForce(LocalDate date) {
    return period.contains(date);
  }
}
