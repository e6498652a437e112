package dev.bulwark.guarantees.engine;

import dev.bulwark.guarantees.treaty.Confidence;

/** What one rule, named by its id, found about one clause. */
record Finding(RuleId rule, Verdict verdict) {

  Verdict.Status status() {
    return verdict.status();
  }

  String reason() {
    return verdict.reason();
  }

  String otherReading() {
    return verdict.otherReading();
  }

  Confidence confidence() {
    return verdict.confidence();
  }

  /** Returns the rule's name as outputs show it. */
  String ruleName() {
    return rule.ruleName();
  }
}
