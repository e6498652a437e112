package dev.bulwark.guarantees.engine;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A rule of the obligation engine: its typed {@link RuleSpec} joined to the method that decides
 * it, registered by method reference in {@link Rules}. The definition, not the method, stamps the
 * rule's id on what the method found, so a rule never spells its own name.
 */
sealed interface RuleDefinition {

  /** Returns what the rule says and reads. */
  RuleSpec spec();

  /** A rule about one clause held against one attack: a gate or a scope rule. */
  record OnClause(RuleSpec spec, Function<Case, Optional<Verdict>> method)
      implements RuleDefinition {

    Optional<Finding> apply(Case c) {
      return method.apply(c).map(v -> new Finding(spec.id(), v));
    }
  }

  /** A rule about one guarantor (or the target) under one clause. */
  record OnParty(RuleSpec spec, BiFunction<Case, String, Optional<Verdict>> method)
      implements RuleDefinition {

    Optional<Finding> apply(Case c, String iso3) {
      return method.apply(c, iso3).map(v -> new Finding(spec.id(), v));
    }
  }

  /** A rule that adds a caveat to a whole assessment. */
  record OnAttack(RuleSpec spec, Function<Attack, Optional<String>> method)
      implements RuleDefinition {

    Optional<String> apply(Attack attack) {
      return method.apply(attack);
    }
  }
}
