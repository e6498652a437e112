package dev.bulwark.burden.spending;

import dev.bulwark.burden.BurdenException;
import dev.bulwark.core.unit.Percent;

/**
 * A spending target: an ally meets it when its published figure for the measure is at or above
 * the threshold ({@code figure >= threshold}, the figure as stored, not re-rounded).
 *
 * @param id short id used in tidy output ({@code nato_2pct})
 * @param measure the figure compared
 * @param threshold the level to reach
 * @param pledge where the allies agreed it
 * @param caveat what the comparison can and cannot say with the data at hand (empty when none)
 */
public record Target(String id, Measure measure, Percent threshold, String pledge, String caveat) {

  public Target {
    BurdenException.require(id != null && id.matches("[a-z0-9_]+"),
        "target id must be lower-case letters, digits or '_', was '" + id + "'");
    BurdenException.require(measure != null, "target measure must be given for " + id);
    BurdenException.require(threshold != null && threshold.points() > 0,
        "target threshold must be a positive percent for " + id + ", was " + threshold);
    BurdenException.require(pledge != null && !pledge.isBlank(), "target pledge must be given for " + id);
    BurdenException.require(caveat != null, "target caveat must be given (empty when none) for " + id);
  }

  /** Returns whether a figure meets this target: {@code figure >= threshold}. */
  public boolean isMetBy(double figure) {
    return figure >= threshold.points();
  }
}
