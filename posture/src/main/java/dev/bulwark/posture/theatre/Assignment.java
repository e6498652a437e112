package dev.bulwark.posture.theatre;

import dev.bulwark.posture.PostureException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One dated assignment of a place to a combatant command.
 *
 * @param place the place code of the US personnel series ({@code DEU}, {@code GUM}, {@code US-HI})
 * @param command the command
 * @param from first day of the assignment
 * @param until the day the next assignment begins; {@code null} while it lasts
 * @param setting abroad, a US territory, a US state or the United States
 * @param confidence how sure the date and assignment are (V verified, M from memory)
 * @param source where the assignment and its date come from (the Unified Command Plan's history,
 *     a DoD release)
 * @param note the fact behind it
 */
public record Assignment(String place, Command command, LocalDate from, LocalDate until,
    Setting setting, Confidence confidence, String source, String note) {

  public Assignment {
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(setting, "setting");
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(note, "note");
    PostureException.require(until == null || until.isAfter(from),
        "until must be after from for " + place + " in " + command + ", was " + from + " to "
            + until);
  }

  /** Whether the assignment holds on the date. */
  public boolean holdsOn(LocalDate date) {
    return !date.isBefore(from) && (until == null || date.isBefore(until));
  }

  /** The end date, if the assignment has ended. */
  public Optional<LocalDate> ended() {
    return Optional.ofNullable(until);
  }
}
