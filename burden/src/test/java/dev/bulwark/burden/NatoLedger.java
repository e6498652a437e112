package dev.bulwark.burden;

import dev.bulwark.core.alliance.Alliance;
import dev.bulwark.core.panel.Panel;
import dev.bulwark.data.Ledger;

/**
 * The embedded ledger of the data module (NATO 2024 tables, SIPRI April 2025, World Bank GDP),
 * for the tests that reproduce published figures.
 */
public final class NatoLedger {

  private NatoLedger() {
  }

  /** Returns the embedded panel. */
  public static Panel panel() {
    return Ledger.embedded().panel();
  }

  /** Returns NATO with its 32 allies and accession dates. */
  public static Alliance nato() {
    return Ledger.embedded().alliance("NATO");
  }
}
