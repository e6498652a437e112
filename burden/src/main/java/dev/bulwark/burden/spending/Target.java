package dev.bulwark.burden.spending;

import dev.bulwark.burden.BurdenException;
import dev.bulwark.core.panel.SpendingDefinition;
import dev.bulwark.core.unit.Percent;

/**
 * A spending target: an ally meets it when its published figure for the measure is at or above
 * the threshold ({@code figure >= threshold}, the figure as stored, not re-rounded).
 *
 * @param id short id used in tidy output ({@code nato_2pct})
 * @param measure the figure compared
 * @param threshold the level to reach
 * @param pledge where the allies agreed it
 * @param caveat what the comparison can and cannot say when the figures are total defence
 *     expenditure, NATO's or SIPRI's (empty when none)
 * @param coreCaveat what it can and cannot say when the figures are core defence expenditure
 *     (NATO's tables from 2026; empty when none)
 */
public record Target(String id, Measure measure, Percent threshold, String pledge, String caveat,
    String coreCaveat) {

  public Target {
    BurdenException.require(id != null && id.matches("[a-z0-9_]+"),
        "target id must be lower-case letters, digits or '_', was '" + id + "'");
    BurdenException.require(measure != null, "target measure must be given for " + id);
    BurdenException.require(threshold != null && threshold.points() > 0,
        "target threshold must be a positive percent for " + id + ", was " + threshold);
    BurdenException.require(pledge != null && !pledge.isBlank(), "target pledge must be given for " + id);
    BurdenException.require(caveat != null && coreCaveat != null,
        "target caveats must be given (empty when none) for " + id);
  }

  /** Returns what the comparison can and cannot say on figures of a definition. */
  public String caveat(SpendingDefinition definition) {
    return definition == SpendingDefinition.HAGUE_CORE ? coreCaveat : caveat;
  }

  /** Returns whether a figure meets this target: {@code figure >= threshold}. */
  public boolean isMetBy(double figure) {
    return figure >= threshold.points();
  }
}
