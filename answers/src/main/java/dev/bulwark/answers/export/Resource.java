package dev.bulwark.answers.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One file of the data package: its name (the file is {@code <name>.csv}), what it holds, where
 * its figures come from and under which terms, its fields and its rows.
 */
final class Resource {

  private final String name;
  private final String description;
  private final List<String> sources;
  private final List<Licence> licences;
  private final List<Field> fields;
  private final List<List<Object>> rows = new ArrayList<>();

  Resource(String name, String description, List<String> sources, List<Licence> licences,
      List<Field> fields) {
    if (!name.matches("[a-z][a-z0-9_]*")) {
      throw new IllegalArgumentException("a resource name is lower snake case, was " + name);
    }
    this.name = name;
    this.description = description;
    this.sources = List.copyOf(sources);
    this.licences = List.copyOf(licences);
    this.fields = List.copyOf(fields);
  }

  /** Appends a row: cells in field order, {@code null} for missing. */
  Resource row(Object... cells) {
    if (cells.length != fields.size()) {
      throw new IllegalArgumentException(name + ": row has " + cells.length + " cells for "
          + fields.size() + " fields");
    }
    rows.add(Collections.unmodifiableList(new ArrayList<>(Arrays.asList(cells))));
    return this;
  }

  String name() {
    return name;
  }

  /** Returns the file's name in the package. */
  String path() {
    return name + ".csv";
  }

  String description() {
    return description;
  }

  List<String> sources() {
    return sources;
  }

  List<Licence> licences() {
    return licences;
  }

  List<Field> fields() {
    return fields;
  }

  List<List<Object>> rows() {
    return Collections.unmodifiableList(rows);
  }
}
