package dev.bulwark.data.format;

import dev.bulwark.core.BadInputException;

/**
 * One row of an edition's {@code notes.csv}: a marker the publisher attaches to a country.
 *
 * @param iso3 the country's code
 * @param note the marker's id, lower case with underscores ({@link #NATIONAL_2PCT_COMMITMENT})
 */
public record LedgerNote(String iso3, String note) {

  /**
   * NATO's asterisk: the ally has a national law or political agreement calling for 2% of GDP or
   * more, so NATO expects its estimates to change.
   */
  public static final String NATIONAL_2PCT_COMMITMENT = "national_2pct_commitment";

  public LedgerNote {
    BadInputException.require(iso3 != null && iso3.matches("[A-Z][A-Z_]{2,}"),
        "note iso3 must be an upper-case code, was '" + iso3 + "'");
    BadInputException.require(note != null && note.matches("[a-z0-9_]+"),
        "note id must be lower case letters, digits and '_', was '" + note + "'");
  }
}
