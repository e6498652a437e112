package dev.bulwark.data.workbook;

import dev.bulwark.data.ValuePlaces;
import dev.bulwark.data.format.LedgerValue;
import java.util.ArrayList;
import java.util.List;

/** The values an importer has read so far, each with the cell it was read from. */
final class Figures {

  private final List<LedgerValue> values = new ArrayList<>();
  private final ValuePlaces places = new ValuePlaces();

  /** Adds a value read from a cell. */
  void add(LedgerValue value, Cell cell) {
    values.add(value);
    places.add(value, cell.where());
  }

  /** Returns the values in reading order. */
  List<LedgerValue> values() {
    return values;
  }

  /** Returns the cell of each value. */
  ValuePlaces places() {
    return places;
  }
}
