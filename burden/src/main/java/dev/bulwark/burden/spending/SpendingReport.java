package dev.bulwark.burden.spending;

import dev.bulwark.burden.BurdenException;
import dev.bulwark.burden.figures.Roster;
import dev.bulwark.burden.figures.SpendingSource;
import java.util.List;

/**
 * The spending table of an alliance for a year.
 *
 * @param roster who is counted and who is left out (Iceland: no armed forces)
 * @param source the source that answered ({@link SpendingSource#NATO} for the years of its tables)
 * @param perCapitaUnit the unit of {@link AllySpending#perCapitaUsd()} for that source
 * @param targets the targets checked
 * @param allies one row per counted ally, by rank then code
 * @param tallies one count per target, in the order of {@code targets}
 * @param notes what the comparisons can and cannot say: the source rule, the rounding rule and
 *     the caveats of the Hague targets
 */
public record SpendingReport(Roster roster, SpendingSource source, String perCapitaUnit,
    Targets targets, List<AllySpending> allies, List<TargetTally> tallies, List<String> notes) {

  public SpendingReport {
    allies = List.copyOf(allies);
    tallies = List.copyOf(tallies);
    notes = List.copyOf(notes);
  }

  /** Returns the year of the table. */
  public int year() {
    return roster.year();
  }

  /** Returns the row of an ally. */
  public AllySpending ally(String iso3) {
    return allies.stream().filter(a -> a.iso3().equals(iso3)).findFirst()
        .orElseThrow(() -> BurdenException.badInput("no row for '" + iso3 + "' in the " + year()
            + " table; counted: " + roster.counted()));
  }

  /** Returns the tally of a target id. */
  public TargetTally tally(String targetId) {
    return tallies.stream().filter(t -> t.target().id().equals(targetId)).findFirst()
        .orElseThrow(() -> BurdenException.badInput("unknown target '" + targetId + "'; checked: "
            + targets.targets().stream().map(Target::id).toList()));
  }
}
