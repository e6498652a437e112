package dev.bulwark.burden.spending;

import dev.bulwark.burden.BurdenException;

/**
 * How many counted allies meet a target: "23 of 31 allies meet nato_2pct".
 *
 * @param target the target
 * @param met allies whose figure is at or above the threshold
 * @param assessed allies with the figure (those with {@link Verdict#NO_DATA} are not assessed)
 */
public record TargetTally(Target target, int met, int assessed) {

  public TargetTally {
    BurdenException.require(target != null && 0 <= met && met <= assessed,
        "a tally needs a target and 0 <= met <= assessed, was " + met + " of " + assessed);
  }

  /** Returns "23 of 31 allies meet nato_2pct". */
  public String summary() {
    return summary("allies");
  }

  /** Returns the summary counting these ("states": "3 of 4 states meet nato_2pct"). */
  public String summary(String counted) {
    return met + " of " + assessed + " " + counted + " meet " + target.id();
  }
}
