package dev.bulwark.core.country;

import dev.bulwark.core.BadInputException;
import java.util.List;
import java.util.OptionalInt;

/**
 * A country, territory, former state or published aggregate, with its codes and the names the
 * sources use for it.
 *
 * @param iso3 ISO 3166-1 alpha-3 code (ISO 3166-3 former code for historical states; an
 *     upper-case identifier such as {@code NATO_TOTAL} for aggregates); the key everywhere
 * @param iso2 ISO 3166-1 alpha-2 code, empty when none exists
 * @param isoNumeric ISO 3166-1 numeric code, or -1 when none exists
 * @param cowCode Correlates of War state code, or -1 when none exists
 * @param name the English short name Bulwark prints
 * @param kind state, territory, historical state or aggregate
 * @param aliases every other spelling found in the sources (NATO, SIPRI, DMDC, World Bank, COW)
 */
public record Country(
    String iso3, String iso2, int isoNumeric, int cowCode, String name, CountryKind kind,
    List<String> aliases) {

  public Country {
    BadInputException.require(iso3 != null && iso3.matches("[A-Z][A-Z_]{2,}"),
        "iso3 must be three or more upper-case letters, was '" + iso3 + "'");
    BadInputException.require(iso2 != null && iso2.matches("|[A-Z]{2}"),
        "iso2 must be two upper-case letters or empty, was '" + iso2 + "' for " + iso3);
    BadInputException.require(name != null && !name.isBlank(), "name must not be blank for " + iso3);
    BadInputException.require(kind != null, "kind must be given for " + iso3);
    aliases = List.copyOf(aliases);
  }

  /** Returns the Correlates of War code when the state has one. */
  public OptionalInt cow() {
    return cowCode < 0 ? OptionalInt.empty() : OptionalInt.of(cowCode);
  }

  /** Returns {@code "Germany (DEU)"}, the form used in messages. */
  public String label() {
    return name + " (" + iso3 + ")";
  }
}
