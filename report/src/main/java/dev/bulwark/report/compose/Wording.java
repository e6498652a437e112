package dev.bulwark.report.compose;

import dev.bulwark.burden.figures.Quantity;
import dev.bulwark.burden.figures.SpendingSource;
import dev.bulwark.core.country.Countries;
import dev.bulwark.core.panel.Indicator;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How a composed brief writes its figures and their provenance: fixed decimals in
 * {@link Locale#ROOT} (shares of GDP to the two decimals NATO publishes), US dollars in billions,
 * and the edition citation of every figure ("NATO 2024, estimates").
 */
final class Wording {

  private final Countries countries;

  Wording(Countries countries) {
    this.countries = countries;
  }

  /** Returns "Poland (POL)", the ally's name with its ISO3 code. */
  String ally(String iso3) {
    return countries.byIso3(iso3).name() + " (" + iso3 + ")";
  }

  /** Returns the ally's name ("Poland"). */
  String name(String iso3) {
    return countries.byIso3(iso3).name();
  }

  /** Returns {@code value} with {@code decimals} decimals, Locale.ROOT, with thousands commas. */
  static String fixed(double value, int decimals) {
    return String.format(Locale.ROOT, "%,." + decimals + "f", value);
  }

  /** Returns a threshold in its shortest form: "2%", "3.5%". */
  static String threshold(double points) {
    return BigDecimal.valueOf(points).stripTrailingZeros().toPlainString() + "%";
  }

  /** Returns million US$ as billions to one decimal ("413.8"). */
  static String billions(double usdMillion) {
    return fixed(usdMillion / 1000.0, 1);
  }

  /** Returns million US$ as "US$ 413.8 bn". */
  static String dollars(double usdMillion) {
    return "US$ " + billions(usdMillion) + " bn";
  }

  /** Returns a probability to three decimals, or "< 0.001". */
  static String probability(double p) {
    return p < 0.001 ? "< 0.001" : fixed(p, 3);
  }

  /** Returns {@code value} rounded to {@code decimals} decimals, for chart data. */
  static double rounded(double value, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.round(value * scale) / scale;
  }

  /**
   * Returns the edition citations behind a set of provenance strings, in order of first use, with
   * ", estimates" when any is flagged: {@code ["NATO 2024, estimate"]} gives "NATO 2024,
   * estimates"; {@code ["SIPRI 2025-04", "World Bank 2026-03"]} gives "SIPRI 2025-04 and World
   * Bank 2026-03".
   */
  static String cite(Collection<String> provenance) {
    Set<String> editions = new LinkedHashSet<>();
    boolean estimate = false;
    for (String one : provenance) {
      int comma = one.indexOf(", ");
      editions.add(comma < 0 ? one : one.substring(0, comma));
      estimate |= comma >= 0;
    }
    return String.join(" and ", editions) + (estimate ? ", estimates" : "");
  }

  /**
   * Returns a caption naming the citations and the published series of the quantities shown:
   * "Source: NATO 2024, estimates. Defence expenditure as a share of real GDP, the figure behind
   * the 2% guideline (Table 3)."
   */
  static String source(Collection<String> provenance, SpendingSource source,
      Quantity... quantities) {
    return source(provenance, List.of(source), quantities);
  }

  /** Returns the caption of figures read from one or more sources, in the order given. */
  static String source(Collection<String> provenance, Collection<SpendingSource> sources,
      Quantity... quantities) {
    Set<String> series = new LinkedHashSet<>();
    for (SpendingSource source : sources) {
      for (Quantity quantity : quantities) {
        source.indicator(quantity).map(Indicator::description).ifPresent(series::add);
      }
    }
    return "Source: " + cite(provenance) + ". " + String.join("; ", series) + ".";
  }

  /** Returns the years in words: "2024", "2023 and 2024", "2014, 2015 and 2016". */
  static String years(List<Integer> years) {
    return list(years.stream().map(String::valueOf).toList());
  }

  /** Returns the items in words: "a", "a and b", "a, b and c". */
  static String list(List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and "
        + items.get(items.size() - 1);
  }
}
