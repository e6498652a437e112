/**
 * Collective-defence and security-guarantee instruments, their parties with join and leave dates,
 * and their clauses with kind, strength, trigger, geographic scope and article, read from the
 * bundled {@code instruments.yaml}. Facts come from {@code ../shared/reference/treaties.md}; its
 * marks [V], [M] and [D] are carried over as {@link dev.bulwark.guarantees.treaty.Confidence}.
 */
package dev.bulwark.guarantees.treaty;
