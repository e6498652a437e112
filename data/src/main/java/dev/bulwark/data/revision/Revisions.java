package dev.bulwark.data.revision;

import dev.bulwark.core.BadInputException;
import dev.bulwark.core.panel.Indicator;
import dev.bulwark.data.format.LedgerEdition;
import dev.bulwark.data.format.LedgerValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares two editions of one source figure by figure (country, year, indicator): every figure
 * whose value or estimate flag differs, and every figure only one of them has. Figures equal in
 * both, value and flag, are left out. Cost: linear in the two editions' sizes.
 */
public final class Revisions {

  private static final Comparator<Revision> ORDER = Comparator.comparing(Revision::iso3)
      .thenComparing(Revision::indicator).thenComparingInt(Revision::year);

  private Revisions() {
  }

  /**
   * Returns what changed from the older edition to the newer, by country, indicator and year.
   *
   * @throws BadInputException when the editions are of different sources, or the same edition
   */
  public static List<Revision> between(LedgerEdition older, LedgerEdition newer) {
    BadInputException.require(older.edition().source() == newer.edition().source(),
        "cannot compare " + older.edition().citation() + " with " + newer.edition().citation()
            + ": expected two editions of the same source");
    BadInputException.require(!older.edition().id().equals(newer.edition().id()),
        "cannot compare " + older.edition().citation() + " with itself: expected two editions");
    Map<Key, LedgerValue> before = byKey(older);
    List<Revision> out = new ArrayList<>();
    for (LedgerValue value : newer.values()) {
      LedgerValue old = before.remove(Key.of(value));
      if (old == null || old.value() != value.value() || old.flag() != value.flag()) {
        out.add(new Revision(Optional.ofNullable(old), Optional.of(value)));
      }
    }
    before.values().forEach(old -> out.add(new Revision(Optional.of(old), Optional.empty())));
    out.sort(ORDER);
    return List.copyOf(out);
  }

  private static Map<Key, LedgerValue> byKey(LedgerEdition edition) {
    Map<Key, LedgerValue> out = new LinkedHashMap<>();
    edition.values().forEach(v -> out.put(Key.of(v), v));
    return out;
  }

  /** What identifies a figure across editions. */
  private record Key(String iso3, int year, Indicator indicator) {
    static Key of(LedgerValue value) {
      return new Key(value.iso3(), value.year(), value.indicator());
    }
  }
}
