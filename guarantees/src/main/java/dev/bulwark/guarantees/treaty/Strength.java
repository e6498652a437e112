package dev.bulwark.guarantees.treaty;

import dev.bulwark.guarantees.Ids;

/**
 * How strongly a clause binds, on the ordinal scale of treaties.md §0, strongest first. Legal
 * wording and real-world credibility are different axes: NATO's Article 5 is textually weaker
 * than the Russian, Chinese and North Korean clauses of level 5.
 */
public enum Strength {
  /** Level 5: the other party must immediately give military and other assistance. */
  AUTOMATIC("5", "automatic assistance"),
  /** Level 4a: binding aid and assistance by all the means in their power, form left open. */
  ALL_MEANS("4a", "aid by all the means in their power"),
  /** Level 4b: an attack on one is an attack on all; each takes the action it deems necessary. */
  AS_EACH_DEEMS_NECESSARY("4b", "assistance as each deems necessary"),
  /** Level 3: act to meet the common danger in accordance with constitutional processes. */
  CONSTITUTIONAL_PROCESSES("3", "act in accordance with constitutional processes"),
  /** Level 2: consult fast and provide support, with no duty to fight. */
  CONSULT_AND_SUPPORT("2", "consultation and support"),
  /** Level 1: consultation only. */
  CONSULTATION("1", "consultation"),
  /** Level 0: assurances or unilateral policy. */
  ASSURANCES("0", "assurances"),
  /** Not a guarantee: a framework for optional joint operations. */
  NOT_A_GUARANTEE("-", "not a guarantee");

  private final String level;
  private final String label;

  Strength(String level, String label) {
    this.level = level;
    this.label = label;
  }

  /** Returns the level of treaties.md §0 ("5", "4a", ..., "0", "-"). */
  public String level() {
    return level;
  }

  /** Returns the label in words ("assistance as each deems necessary"). */
  public String label() {
    return label;
  }

  /** Returns whether this is at least as strong as {@code other}. */
  public boolean atLeast(Strength other) {
    return ordinal() <= other.ordinal();
  }

  /** Returns whether the clause commits the guarantor to act against the attack (level 3 or more). */
  public boolean isDefenceCommitment() {
    return atLeast(CONSTITUTIONAL_PROCESSES);
  }

  /** Returns the lower-case id used in files and tidy output ({@code as_each_deems_necessary}). */
  public String id() {
    return Ids.of(this);
  }
}
