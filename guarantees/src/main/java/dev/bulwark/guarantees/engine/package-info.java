/**
 * The obligation engine: {@link dev.bulwark.guarantees.engine.ObligationEngine#assess} takes an
 * {@link dev.bulwark.guarantees.engine.Attack} and returns, for every instrument, who is bound
 * (with article, strength, confidence and a one-sentence reason), who is not and why, and which
 * answers are disputed, with both readings. Each rule is a short method of {@code Rules} that
 * opens with its one-sentence statement in a {@link dev.bulwark.guarantees.engine.Rule}
 * annotation, from which {@link dev.bulwark.guarantees.engine.RuleBook} writes
 * {@code docs/guarantees.md}.
 */
package dev.bulwark.guarantees.engine;
