package dev.bulwark.burden.spending;

/**
 * How many counted allies meet a target: "23 of 31 allies meet nato_2pct".
 *
 * @param target the target
 * @param met allies whose figure is at or above the threshold
 * @param assessed allies with the figure (those with {@link Verdict#NO_DATA} are not assessed)
 */
public record TargetTally(Target target, int met, int assessed) {

  /** Returns "23 of 31 allies meet nato_2pct". */
  public String summary() {
    return met + " of " + assessed + " allies meet " + target.id();
  }
}
