package dev.bulwark.guarantees.weight;

import dev.bulwark.guarantees.treaty.Strength;

/** How a range of strengths over several instruments is written. */
final class Strengths {

  private Strengths() {
  }

  /** {@code 4a-4b} from strongest to weakest, or the one level when they are the same. */
  static String range(Strength strongest, Strength weakest) {
    return strongest == weakest ? strongest.level()
        : strongest.level() + "-" + weakest.level();
  }
}
