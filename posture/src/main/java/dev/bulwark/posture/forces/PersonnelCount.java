package dev.bulwark.posture.forces;

import dev.bulwark.posture.PostureException;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * US military personnel at one place in one quarter, as DMDC reported them.
 *
 * @param place ISO 3166 alpha-3 code of the host country or territory ({@code DEU}, {@code GUM}),
 *     or an ISO 3166-2 code for a US state shown on its own ({@code US-HI}, {@code US-AK})
 * @param quarter the report's quarter
 * @param activeDuty active-duty personnel (DMDC "Total Active Duty"); empty when not reported
 * @param guardReserve National Guard and Reserve personnel (DMDC "Total Selected Reserve"),
 *     reported from 2008 only; empty before
 * @param civilians DoD civilian employees (DMDC "Total Civilian"), reported from 2008 only
 * @param source the report ("DMDC September 2024") or compilation ("Kane 2006"); empty if none
 * @param flag how the count is known
 */
public record PersonnelCount(
    String place, Quarter quarter, OptionalInt activeDuty, OptionalInt guardReserve,
    OptionalInt civilians, String source, ReportFlag flag) {

  public PersonnelCount {
    PostureException.require(place != null && place.matches("[A-Z][A-Z_]{2,}|US-[A-Z]{2}"),
        "place must be a Bulwark country code (ISO alpha-3) or a US-XX state code, was '" + place + "'");
    Objects.requireNonNull(quarter, "quarter");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(flag, "flag");
    nonNegative(activeDuty, "active_duty", place, quarter);
    nonNegative(guardReserve, "guard_reserve", place, quarter);
    nonNegative(civilians, "civilians", place, quarter);
    PostureException.require(flag.hasCounts() || activeDuty.isEmpty(),
        "active_duty must be empty for the unreported quarter " + quarter + " at " + place
            + ", was " + activeDuty);
  }

  /** Active duty, or zero when the quarter was not reported (use {@link #flag()} to tell). */
  public int activeDutyOrZero() {
    return activeDuty.orElse(0);
  }

  private static void nonNegative(OptionalInt value, String field, String place, Quarter q) {
    if (value.isPresent() && value.getAsInt() < 0) {
      throw PostureException.badInput(
          field + " must not be negative, was " + value.getAsInt() + " at " + place + " " + q);
    }
  }
}
