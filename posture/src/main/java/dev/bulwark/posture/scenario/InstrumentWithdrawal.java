package dev.bulwark.posture.scenario;

import dev.bulwark.core.time.Dates;
import dev.bulwark.posture.PostureException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A state leaves a collective-defence instrument (the North Atlantic Treaty under its Article
 * 13, a bilateral treaty). Carried as data for the guarantee engine.
 *
 * @param state any name or code of the state
 * @param instrument the instrument's id in Bulwark's treaty data ({@code nato})
 * @param effective the day the withdrawal takes effect ({@code 2026-01-01}, a date of
 *     {@link Dates}' range), or {@code null} for "now"
 */
public record InstrumentWithdrawal(String state, String instrument, String effective) {

  public InstrumentWithdrawal {
    PostureException.require(state != null && !state.isBlank(),
        "state must name the withdrawing state, was " + state);
    PostureException.require(instrument != null && !instrument.isBlank(),
        "instrument must name a treaty, was " + instrument);
    if (effective != null) {
      Dates.parse("effective", effective);
    }
  }

  /** The day the withdrawal takes effect, if the file gives one. */
  public Optional<LocalDate> effectiveDate() {
    return Optional.ofNullable(effective).map(LocalDate::parse);
  }
}
