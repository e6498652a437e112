package dev.bulwark.guarantees.engine;

import dev.bulwark.guarantees.geo.Gazetteer;
import dev.bulwark.guarantees.treaty.Strength;
import dev.bulwark.guarantees.treaty.TargetKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Builds attacks and reads assessments for the engine's tests. */
final class Cases {

  static final LocalDate UDCG = LocalDate.parse("2025-02-12");
  static final ObligationEngine ENGINE = ObligationEngine.withDefaults();

  private Cases() {}

  static Assessment assess(String attacker, String target, TargetKind kind, String place,
      String date) {
    return ENGINE.assess(attack(attacker, target, kind, place, date));
  }

  static Attack attack(String attacker, String target, TargetKind kind, String place,
      String date) {
    return new Attack(Optional.ofNullable(attacker), target, kind,
        Gazetteer.bundled().locate(place).place(), LocalDate.parse(date), Intensity.ARMED_ATTACK);
  }

  /** Returns the states bound under one instrument at a defence strength (level 3 or more). */
  static List<String> defenders(Assessment a, String instrument) {
    return a.bound().stream().filter(b -> b.instrument().equals(instrument)
        && b.strength().isDefenceCommitment()).map(Outcome.Bound::guarantor).sorted().toList();
  }

  /** Returns the states bound under one instrument at any strength. */
  static List<String> bound(Assessment a, String instrument) {
    return a.bound().stream().filter(b -> b.instrument().equals(instrument))
        .map(Outcome.Bound::guarantor).sorted().toList();
  }

  /** Returns the rules that ruled out (not bound) one instrument's clauses. */
  static List<String> notBoundRules(Assessment a, String instrument) {
    return a.notBound().stream().filter(n -> n.instrument().equals(instrument))
        .map(Outcome.NotBound::rule).toList();
  }

  /** Returns the disputed outcomes of one instrument. */
  static List<Outcome.Disputed> disputed(Assessment a, String instrument) {
    return a.disputed().stream().filter(d -> d.instrument().equals(instrument)).toList();
  }

  /** Returns every state bound at defence strength under any instrument. */
  static List<String> anyDefender(Assessment a) {
    return a.boundAtLeast(Strength.CONSTITUTIONAL_PROCESSES);
  }
}
