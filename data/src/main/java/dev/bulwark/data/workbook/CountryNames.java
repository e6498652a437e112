package dev.bulwark.data.workbook;

import dev.bulwark.core.country.Countries;
import dev.bulwark.core.country.Country;
import dev.bulwark.core.country.UnknownCountryException;
import java.util.HashMap;
import java.util.Map;

/**
 * Resolves the country names of one table (or block) and rejects a country listed twice.
 * Names are resolved with {@link Countries#bundled()}, which knows NATO's, SIPRI's and the World
 * Bank's spellings.
 */
final class CountryNames {

  private final Countries countries;
  private final Map<String, Cell> seen = new HashMap<>();

  CountryNames(Countries countries) {
    this.countries = countries;
  }

  /**
   * Resolves a name read from a cell.
   *
   * @throws dev.bulwark.data.ImportException "unknown country 'Germny' in TABLE3!C14: did you mean
   *     Germany (DEU)?" or "duplicate country ..." naming both cells
   */
  Country resolve(String name, Cell where) {
    Country country;
    try {
      country = countries.resolve(name);
    } catch (UnknownCountryException e) {
      String head = "unknown country '" + name + "'";
      String rest = e.getMessage().startsWith(head) ? e.getMessage().substring(head.length()) : "";
      throw where.problem(head + " in " + where.where() + rest);
    }
    Cell first = seen.putIfAbsent(country.iso3(), where);
    if (first != null) {
      throw where.problem("duplicate country '" + name + "' in " + where.where() + ": "
          + country.label() + " is already listed at " + first.where()
          + "; expected each country once per table");
    }
    return country;
  }

  /** Forgets the countries seen, at the start of a new block of the same sheet. */
  void newBlock() {
    seen.clear();
  }
}
