package dev.bulwark.data.revision;

import dev.bulwark.core.panel.Flag;
import dev.bulwark.core.panel.Indicator;
import dev.bulwark.data.format.LedgerValue;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One figure that differs between an older and a newer edition of a source: revised (its value
 * changed), re-flagged (same value, another estimate flag), added or removed.
 *
 * @param before the figure in the older edition, empty when the newer one added it
 * @param after the figure in the newer edition, empty when the newer one removed it
 */
public record Revision(Optional<LedgerValue> before, Optional<LedgerValue> after) {

  /** How a figure differs between the two editions. */
  public enum Kind {
    /** The value changed (the flag may have changed too). */
    REVISED,
    /** The value is the same but the flag changed (an estimate confirmed as reported). */
    REFLAGGED,
    /** Only the newer edition has the figure. */
    ADDED,
    /** Only the older edition has the figure. */
    REMOVED;

    /** Returns the lower-case word used in tidy output. */
    public String word() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public Revision {
    if (before.isEmpty() && after.isEmpty()) {
      throw new IllegalArgumentException("a revision needs a figure before or after");
    }
  }

  /** Returns the figure's country or aggregate. */
  public String iso3() {
    return either().iso3();
  }

  /** Returns the figure's year. */
  public int year() {
    return either().year();
  }

  /** Returns the figure's series. */
  public Indicator indicator() {
    return either().indicator();
  }

  /** Returns how the figure differs. */
  public Kind kind() {
    if (before.isEmpty()) {
      return Kind.ADDED;
    }
    if (after.isEmpty()) {
      return Kind.REMOVED;
    }
    return before.get().value() == after.get().value() ? Kind.REFLAGGED : Kind.REVISED;
  }

  /** Returns the newer value minus the older, in the indicator's unit, when both exist. */
  public OptionalDouble difference() {
    return before.isPresent() && after.isPresent()
        ? OptionalDouble.of(after.get().value() - before.get().value()) : OptionalDouble.empty();
  }

  /**
   * Returns the difference as a percentage of the older value, when both exist and the older is
   * not zero.
   */
  public OptionalDouble differencePct() {
    return before.isPresent() && before.get().value() != 0 && difference().isPresent()
        ? OptionalDouble.of(100 * difference().getAsDouble() / Math.abs(before.get().value()))
        : OptionalDouble.empty();
  }

  /** Returns whether an estimate in the older edition is a reported figure in the newer one. */
  public boolean estimateReplaced() {
    return before.isPresent() && after.isPresent() && before.get().flag().isEstimate()
        && after.get().flag() == Flag.REPORTED;
  }

  private LedgerValue either() {
    return before.orElseGet(after::orElseThrow);
  }
}
