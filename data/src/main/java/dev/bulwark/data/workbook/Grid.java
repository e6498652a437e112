package dev.bulwark.data.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/** A sheet's non-empty cells, row by row, held in memory after the workbook is closed. */
final class Grid {

  private final String name;
  private final NavigableMap<Integer, NavigableMap<Integer, Cell>> rows;

  Grid(String name, List<Cell> cells) {
    this.name = name;
    NavigableMap<Integer, NavigableMap<Integer, Cell>> byRow = new TreeMap<>();
    for (Cell cell : cells) {
      byRow.computeIfAbsent(cell.row(), r -> new TreeMap<>()).put(cell.col(), cell);
    }
    this.rows = byRow;
  }

  /** Returns the sheet's name. */
  String name() {
    return name;
  }

  /** Returns the indexes of rows with at least one cell, in order. */
  List<Integer> rowIndexes() {
    return new ArrayList<>(rows.keySet());
  }

  /** Returns the cells of a row by column, empty when the row has none. */
  NavigableMap<Integer, Cell> row(int row) {
    return rows.getOrDefault(row, new TreeMap<>());
  }

  /** Returns the cell at a place, if it is not empty. */
  Optional<Cell> cell(int row, int col) {
    return Optional.ofNullable(row(row).get(col));
  }

  /** Returns the first text cell of a row left of {@code beforeCol}, if any: the row's label. */
  Optional<Cell> label(int row, int beforeCol) {
    return row(row).headMap(beforeCol, false).values().stream().filter(Cell::isText).findFirst();
  }

  /** Returns the non-blank cells of a row in the given columns. */
  List<Cell> cellsIn(int row, Iterable<Integer> cols) {
    List<Cell> out = new ArrayList<>();
    Map<Integer, Cell> cells = row(row);
    for (int col : cols) {
      Cell cell = cells.get(col);
      if (cell != null && !(cell.kind() == Cell.Kind.TEXT && cell.text().isBlank())) {
        out.add(cell);
      }
    }
    return out;
  }
}
