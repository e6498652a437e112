package dev.bulwark.data.revision;

import dev.bulwark.core.BadInputException;
import dev.bulwark.core.aid.AidMonth;
import dev.bulwark.core.aid.AidRelease;
import dev.bulwark.core.aid.ChannelMonth;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Compares two releases of Kiel's tracker figure by figure (donor, month, type; month and
 * channel): every figure whose value differs or that only one release has. Kiel revises earlier
 * months with each release, as new items are found and valuations change. Cost: linear in the
 * releases' sizes.
 */
public final class AidRevisions {

  private static final String[] MEASURES =
      {"military", "financial", "humanitarian", "committed", "to_be_allocated"};

  private AidRevisions() {
  }

  /**
   * Returns what changed from the older release to the newer, by donor, month and measure.
   *
   * @throws BadInputException when both are the same release
   */
  public static List<AidRevision> between(AidRelease older, AidRelease newer) {
    BadInputException.require(!older.edition().id().equals(newer.edition().id()),
        "cannot compare " + older.edition().citation() + " with itself: expected two releases");
    Map<String, Double> before = figures(older);
    Map<String, Double> after = figures(newer);
    List<AidRevision> out = new ArrayList<>();
    for (Map.Entry<String, Double> e : after.entrySet()) {
      Double old = before.remove(e.getKey());
      if (old == null || old.doubleValue() != e.getValue().doubleValue()) {
        out.add(revision(e.getKey(), old, e.getValue()));
      }
    }
    before.forEach((key, old) -> out.add(revision(key, old, null)));
    out.sort(Comparator.comparing(AidRevision::iso3).thenComparing(AidRevision::month)
        .thenComparing(AidRevision::measure));
    return List.copyOf(out);
  }

  private static AidRevision revision(String key, Double before, Double after) {
    String[] parts = key.split(" ");
    return new AidRevision(parts[0], YearMonth.parse(parts[1]), parts[2], optional(before),
        optional(after));
  }

  private static OptionalDouble optional(Double value) {
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  /** Every figure of a release by key {@code "ISO3 yyyy-mm measure"}. */
  private static Map<String, Double> figures(AidRelease release) {
    Map<String, Double> out = new TreeMap<>();
    for (AidMonth m : release.months()) {
      double[] values = {m.military(), m.financial(), m.humanitarian(), m.committed(),
          m.toBeAllocated()};
      for (int i = 0; i < MEASURES.length; i++) {
        out.put(m.iso3() + " " + m.month() + " " + MEASURES[i], values[i]);
      }
    }
    for (ChannelMonth c : release.channels()) {
      out.put("ALL " + c.month() + " " + c.channel().word(), c.eurBn());
    }
    return out;
  }
}
