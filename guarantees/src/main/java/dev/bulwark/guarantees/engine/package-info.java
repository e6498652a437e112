/**
 * The obligation engine: {@link dev.bulwark.guarantees.engine.ObligationEngine#assess} takes an
 * {@link dev.bulwark.guarantees.engine.Attack} and returns, for every instrument, who is bound
 * (with article, strength, confidence and a one-sentence reason), who is not and why, and which
 * answers are disputed, with both readings. Each rule is a short method of {@code Rules},
 * registered by method reference with its typed {@link dev.bulwark.guarantees.engine.RuleSpec}
 * (statement, instruments, article, confidence) and named by its
 * {@link dev.bulwark.guarantees.engine.RuleId}; which rules decide each clause scope is the
 * bundled table {@code scope-rules.csv}. {@link dev.bulwark.guarantees.engine.RuleBook} checks
 * rules and table against the treaty base at start and writes {@code docs/guarantees.md}.
 */
package dev.bulwark.guarantees.engine;
