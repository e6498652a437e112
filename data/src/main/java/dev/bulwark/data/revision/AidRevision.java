package dev.bulwark.data.revision;

import java.time.YearMonth;
import java.util.OptionalDouble;

/**
 * One figure of Kiel's tracker that differs between an older and a newer release: a donor's aid
 * of one type in one month, or all donors' military aid through one channel ({@code iso3} is then
 * {@code ALL}), in EUR bn. A figure only one release has counts as 0 in the other, as Kiel's
 * sparse monthly files mean.
 *
 * @param iso3 the donor, or {@code ALL} for a channel
 * @param month the month
 * @param measure {@code military}, {@code financial}, {@code humanitarian}, {@code committed},
 *     {@code to_be_allocated}, or a channel's word ({@code nato_purl})
 * @param before the older release's figure, empty when it has none
 * @param after the newer release's figure, empty when it has none
 */
public record AidRevision(String iso3, YearMonth month, String measure, OptionalDouble before,
    OptionalDouble after) {

  /** Returns the newer figure minus the older, a missing one counting as 0, EUR bn. */
  public double difference() {
    return after.orElse(0) - before.orElse(0);
  }

  /** Returns how the figure differs, in the words of {@link Revision.Kind}. */
  public Revision.Kind kind() {
    if (before.isEmpty()) {
      return Revision.Kind.ADDED;
    }
    return after.isEmpty() ? Revision.Kind.REMOVED : Revision.Kind.REVISED;
  }
}
