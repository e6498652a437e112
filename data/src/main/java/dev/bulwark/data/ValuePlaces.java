package dev.bulwark.data;

import dev.bulwark.data.format.LedgerValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the values of an edition came from, so that a problem found in them is reported at its
 * source: the cells of the workbook an import read ({@code TABLE3!H12}), or the lines of a stored
 * edition's values file ({@code nato-2024@1/values.csv line 14}). A value read from two places
 * (a duplicated year heading, say) keeps both, in reading order.
 */
public final class ValuePlaces {

  private final Map<Key, List<String>> places = new HashMap<>();

  /** One observation's identity: country, indicator and year. */
  private record Key(String iso3, String indicator, int year) {

    static Key of(LedgerValue value) {
      return new Key(value.iso3(), value.indicator().id(), value.year());
    }
  }

  /** Records that a value was read at a place such as {@code TABLE3!H12}. */
  public void add(LedgerValue value, String place) {
    places.computeIfAbsent(Key.of(value), k -> new ArrayList<>()).add(place);
  }

  /**
   * Returns the places of a stored edition's values: {@code file line n} for the n-th value,
   * the header being line 1, as {@code TidyFormat} writes them in order.
   */
  public static ValuePlaces ofLines(List<LedgerValue> values, String file) {
    ValuePlaces lines = new ValuePlaces();
    for (int i = 0; i < values.size(); i++) {
      lines.add(values.get(i), file + " line " + (i + 2));
    }
    return lines;
  }

  /**
   * Returns the place of the {@code occurrence}-th reading (from 0) of a value's country,
   * indicator and year, or a description of the value itself when no place was recorded.
   */
  public String of(LedgerValue value, int occurrence) {
    List<String> found = places.getOrDefault(Key.of(value), List.of());
    return occurrence < found.size() ? found.get(occurrence)
        : value.indicator().id() + " of " + value.iso3() + " in " + value.year();
  }
}
