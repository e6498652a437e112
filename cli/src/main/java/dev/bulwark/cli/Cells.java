package dev.bulwark.cli;

import java.util.OptionalDouble;

/** Turns the analyses' optional figures into table cells ({@code null} is missing). */
final class Cells {

  private Cells() {
  }

  static Double of(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }
}
