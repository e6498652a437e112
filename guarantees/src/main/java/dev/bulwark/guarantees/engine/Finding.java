package dev.bulwark.guarantees.engine;

import dev.bulwark.guarantees.treaty.Confidence;

/**
 * What one rule found about one clause: the clause applies, it is excluded, or the rule contests
 * it (two readings).
 */
record Finding(Status status, String reason, String otherReading, Confidence confidence,
    String rule) {

  enum Status { APPLIES, EXCLUDES, CONTESTS }

  static Finding applies(String rule, Confidence confidence, String reason) {
    return new Finding(Status.APPLIES, reason, "", confidence, rule);
  }

  static Finding excludes(String rule, Confidence confidence, String reason) {
    return new Finding(Status.EXCLUDES, reason, "", confidence, rule);
  }

  static Finding contests(String rule, String boundReading, String notBoundReading) {
    return new Finding(Status.CONTESTS, boundReading, notBoundReading, Confidence.DISPUTED, rule);
  }
}
