package dev.bulwark.answers.export;

import dev.bulwark.core.panel.Source;

/**
 * The terms a resource's figures are under, as the data package's {@code licenses} list them.
 *
 * @param name an SPDX-style id where there is one ({@code CC-BY-4.0}), else empty
 * @param title the terms in words
 */
record Licence(String name, String title) {

  /** Bulwark's own compilations: released with its code. */
  static final Licence BULWARK = new Licence("Apache-2.0",
      "Bulwark's own compilation, released under the Apache License 2.0 with its code");
  /** Natural Earth's boundaries, by way of world-atlas. */
  static final Licence NATURAL_EARTH = new Licence("",
      "derived states: Natural Earth data (public domain) via world-atlas (ISC)");
  /** DMDC's counts. */
  static final Licence US_GOVERNMENT = new Licence("",
      "US-government work, public domain (as compiled by troopdata, itself GPL-3)");

  /** Returns a publisher's terms. */
  static Licence of(Source source) {
    return new Licence(source == Source.WORLD_BANK ? "CC-BY-4.0" : "", source.shortName()
        + ": " + source.terms());
  }
}
