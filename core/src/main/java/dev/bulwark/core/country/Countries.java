package dev.bulwark.core.country;

import dev.bulwark.core.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The table of countries and the resolver that finds one from any code or spelling.
 *
 * <p>The bundled table is {@code countries.csv} beside this class, with the columns {@code iso3,
 * iso2, iso_numeric, cow_code, name, kind, aliases} ({@code aliases} separated by {@code |}; an
 * empty code means none). A name is matched after folding case, accents and punctuation, so
 * "Türkiye", "turkiye" and "TURKEY" find the same row; codes match ISO alpha-3, alpha-2, ISO
 * numeric (with or without leading zeros: "004" and "4" are Afghanistan) and, prefixed
 * {@code cow:}, COW codes. Former states carry their ISO 3166-3 codes; the derivation and its
 * curated choices are documented in {@code tools/countries/README.md}. A miss throws {@link UnknownCountryException}
 * with the three closest names by Damerau–Levenshtein distance.
 */
public final class Countries {

  private static final String RESOURCE = "countries.csv";
  private static final int SUGGESTIONS = 3;

  private final Map<String, Country> byIso3;
  private final Map<String, Country> byKey;

  private Countries(Collection<Country> rows) {
    Map<String, Country> iso = new LinkedHashMap<>();
    Map<String, Country> keys = new HashMap<>();
    for (Country country : rows) {
      if (iso.putIfAbsent(country.iso3(), country) != null) {
        throw new BadInputException("duplicate country code " + country.iso3());
      }
      index(keys, country.iso3(), country);
      index(keys, country.iso2(), country);
      if (country.isoNumeric() >= 0) {
        index(keys, String.valueOf(country.isoNumeric()), country);
      }
      if (country.cowCode() >= 0) {
        index(keys, "cow:" + country.cowCode(), country);
      }
      index(keys, country.name(), country);
      country.aliases().forEach(alias -> index(keys, alias, country));
    }
    this.byIso3 = Map.copyOf(iso);
    this.byKey = Map.copyOf(keys);
  }

  /** Returns the bundled table, read once per class loader. */
  public static Countries bundled() {
    return Holder.BUNDLED;
  }

  /** Builds a table from rows; fails when two rows share a code. */
  public static Countries of(Collection<Country> rows) {
    return new Countries(rows);
  }

  /**
   * Finds the country a code or name stands for.
   *
   * @throws UnknownCountryException with the closest matches when nothing matches
   */
  public Country resolve(String nameOrCode) {
    return find(nameOrCode).orElseThrow(
        () -> new UnknownCountryException(nameOrCode, suggest(nameOrCode)));
  }

  /** Finds the country a code or name stands for, if any. */
  public Optional<Country> find(String nameOrCode) {
    if (nameOrCode == null || nameOrCode.isBlank()) {
      return Optional.empty();
    }
    String trimmed = nameOrCode.strip();
    Country exact = byIso3.get(trimmed.toUpperCase(Locale.ROOT));
    String key = trimmed.matches("\\d+") ? trimmed.replaceFirst("^0+(?=.)", "") : fold(trimmed);
    return Optional.ofNullable(exact != null ? exact : byKey.get(key));
  }

  /** Returns the country with this ISO alpha-3 code (or aggregate id). */
  public Country byIso3(String iso3) {
    Country country = byIso3.get(iso3);
    if (country == null) {
      throw new UnknownCountryException(iso3, suggest(iso3));
    }
    return country;
  }

  /** Returns every row, in the table's order. */
  public Collection<Country> all() {
    return byIso3.values().stream().sorted(Comparator.comparing(Country::iso3)).toList();
  }

  /**
   * Returns up to three countries whose names or codes are closest to the query: within
   * max(2, length / 3) edits of the folded query, nearest first; none for a blank query.
   */
  public List<Country> suggest(String query) {
    String folded = fold(query == null ? "" : query);
    if (folded.isEmpty()) {
      return List.of();
    }
    record Candidate(Country country, int distance) { }
    Map<Country, Integer> best = new HashMap<>();
    byKey.forEach((key, country) -> {
      int distance = EditDistance.damerauLevenshtein(folded, key);
      best.merge(country, distance, Math::min);
    });
    int limit = Math.max(2, folded.length() / 3);
    List<Candidate> candidates = new ArrayList<>();
    best.forEach((country, distance) -> {
      if (distance <= limit) {
        candidates.add(new Candidate(country, distance));
      }
    });
    candidates.sort(Comparator.comparingInt(Candidate::distance)
        .thenComparing(c -> c.country().kind())
        .thenComparing(c -> c.country().iso3()));
    return candidates.stream().limit(SUGGESTIONS).map(Candidate::country).toList();
  }

  /** Folds a name to its matching key: lower case, no accents, letters and digits only. */
  static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder key = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.isLetterOrDigit(c) || c == ':') {
        key.append(Character.toLowerCase(c));
      } else if (c == '&') {
        key.append("and");
      }
    }
    return key.toString();
  }

  private static void index(Map<String, Country> keys, String text, Country country) {
    if (text.isEmpty()) {
      return;
    }
    Country previous = keys.putIfAbsent(fold(text), country);
    if (previous != null && previous != country) {
      throw new BadInputException("the name or code '" + text + "' is given to both "
          + previous.iso3() + " and " + country.iso3());
    }
  }

  private static Countries read(InputStream in) throws IOException {
    List<Country> rows = new ArrayList<>();
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
          .get().parse(reader)) {
        rows.add(new Country(
            row.get("iso3"), row.get("iso2"), optionalInt(row.get("iso_numeric")),
            optionalInt(row.get("cow_code")), row.get("name"),
            CountryKind.valueOf(row.get("kind").toUpperCase(Locale.ROOT)),
            row.get("aliases").isEmpty() ? List.of() : List.of(row.get("aliases").split("\\|"))));
      }
    }
    return new Countries(rows);
  }

  private static int optionalInt(String text) {
    return text.isEmpty() ? -1 : Integer.parseInt(text);
  }

  private static final class Holder {
    static final Countries BUNDLED = load();

    private static Countries load() {
      try (InputStream in = Countries.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("bundled resource " + RESOURCE + " is missing");
        }
        return read(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read bundled " + RESOURCE, e);
      }
    }
  }
}
