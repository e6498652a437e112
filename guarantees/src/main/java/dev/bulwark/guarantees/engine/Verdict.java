package dev.bulwark.guarantees.engine;

import dev.bulwark.guarantees.treaty.Confidence;

/**
 * What a rule's method found about one clause, before its definition names the rule: the clause
 * applies, it is excluded, or the rule contests it (two readings).
 */
record Verdict(Status status, String reason, String otherReading, Confidence confidence) {

  enum Status { APPLIES, EXCLUDES, CONTESTS }

  static Verdict applies(Confidence confidence, String reason) {
    return new Verdict(Status.APPLIES, reason, "", confidence);
  }

  static Verdict excludes(Confidence confidence, String reason) {
    return new Verdict(Status.EXCLUDES, reason, "", confidence);
  }

  static Verdict contests(String boundReading, String notBoundReading) {
    return new Verdict(Status.CONTESTS, boundReading, notBoundReading, Confidence.DISPUTED);
  }
}
