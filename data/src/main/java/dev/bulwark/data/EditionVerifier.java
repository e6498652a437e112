package dev.bulwark.data;

import dev.bulwark.core.panel.Edition;
import dev.bulwark.core.panel.Indicator;
import dev.bulwark.core.panel.Source;
import dev.bulwark.data.format.LedgerEdition;
import dev.bulwark.data.format.LedgerValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks an edition as the commands will read it, before an import puts it in place and when
 * {@code bulwark sources --verify} re-checks the store. Each rule returns its violations as
 * {@link Problem}s naming the place (a workbook cell or a stored line), the value and the bound:
 *
 * <ul>
 *   <li><b>Years in range</b>: every year lies in [the source's first year, the year of
 *       publication + 1] (NATO and SIPRI from 1949, the World Bank from 1960; a June 2024 table
 *       may carry a 2025 estimate, never a 2999 one).
 *   <li><b>Each observation once</b>: a (country, indicator, year) read twice names both places.
 *   <li><b>Plausible values</b>: shares of GDP within 0–60% (NATO) or 0–150% (SIPRI, whose
 *       published figures include Kuwait's 117% of 1991), shares of government or of defence
 *       spending within 0–100%, real changes within −100% and +1,000%, money, per-capita figures,
 *       personnel and population not negative and below a ceiling far above any real figure
 *       (10^8 million US$ of spending, 10^9 million US$ of GDP, 10^12 million of a national
 *       currency).
 *   <li><b>NATO's tables agree</b>: NATO computes its share of real GDP (Table 3) from the
 *       constant-price spending (Table 2) and GDP (Table 5), so 100 × spending ÷ GDP must match
 *       the published share within {@value #SHARE_TOLERANCE_POINTS} percentage points. In the
 *       June 2024 tables the largest difference is 0.014 points (rounding); a table whose year
 *       headings or figures are shifted by one column misses by up to several tenths for some
 *       ally. Current prices are not used: there the recomputation differs by up to 0.2 points.
 * </ul>
 */
public final class EditionVerifier {

  /** How far, in percentage points, NATO's share of real GDP may lie from its recomputation. */
  public static final double SHARE_TOLERANCE_POINTS = 0.1;

  /**
   * One violation of a rule.
   *
   * @param place the cell ({@code TABLE3!H12}) or stored line the value was read from
   * @param message the sentence naming the place, the value and what was expected
   */
  public record Problem(String place, String message) {

    /** Returns the problem as the exception an import refuses with, naming sheet and cell. */
    ImportException toImportException(String file) {
      int bang = place.lastIndexOf('!');
      String sheet = bang < 0 ? "" : place.substring(0, bang);
      String cell = bang < 0 ? "" : place.substring(bang + 1);
      return new ImportException(sheet, cell, "'" + file + "': " + message);
    }
  }

  /** A plausible range of an indicator, in its stored unit. */
  private record Bound(double min, double max) {

    boolean admits(double value) {
      return value >= min && value <= max;
    }
  }

  private EditionVerifier() {
  }

  /**
   * Checks an edition.
   *
   * @param places where each value was read, for the messages
   * @return the violations, in the order of the rules; empty when the edition passes
   */
  public static List<Problem> check(LedgerEdition edition, ValuePlaces places) {
    List<Problem> problems = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    Edition e = edition.edition();
    int first = firstYear(e.source());
    int last = e.published().getYear() + 1;
    for (LedgerValue v : edition.values()) {
      String key = v.indicator().id() + "|" + v.iso3() + "|" + v.year();
      int occurrence = seen.merge(key, 1, Integer::sum) - 1;
      String at = places.of(v, occurrence);
      if (occurrence == 1) {
        problems.add(new Problem(at, "duplicate value of " + v.indicator().id() + " for "
            + v.iso3() + " in " + v.year() + " at " + at + ": it was already read at "
            + places.of(v, 0) + "; expected each country, indicator and year once"));
      }
      if (v.year() < first || v.year() > last) {
        problems.add(new Problem(at, "year " + v.year() + " of " + v.indicator().id() + " for "
            + v.iso3() + " at " + at + " is outside " + first + "–" + last + ": expected "
            + e.source().shortName() + "'s first year to the year after publication ("
            + e.published() + ")"));
      }
      Bound bound = bound(v.indicator());
      if (!bound.admits(v.value())) {
        problems.add(new Problem(at, v.indicator().id() + " of " + v.iso3() + " in " + v.year()
            + " at " + at + " is " + v.value() + ": expected " + v.indicator().unit()
            + " within " + bound.min() + " and " + bound.max()));
      }
    }
    if (e.source() == Source.NATO) {
      problems.addAll(natoTablesAgree(edition, places));
    }
    return problems;
  }

  /** Returns the first year a source publishes: 1949 for NATO and SIPRI, 1960 for the World Bank. */
  static int firstYear(Source source) {
    return source == Source.WORLD_BANK ? 1960 : 1949;
  }

  private static Bound bound(Indicator indicator) {
    return switch (indicator) {
      case NATO_DEFEXP_SHARE_GDP -> new Bound(0, 60);
      case SIPRI_MILEX_SHARE_GDP -> new Bound(0, 150);
      case SIPRI_MILEX_SHARE_GOVT, NATO_EQUIPMENT_SHARE, NATO_PERSONNEL_SHARE,
          NATO_INFRASTRUCTURE_SHARE, NATO_OTHER_SHARE -> new Bound(0, 100);
      case NATO_DEFEXP_REAL_CHANGE -> new Bound(-100, 1000);
      case NATO_DEFEXP_USD_CURRENT, NATO_DEFEXP_USD_CONSTANT, SIPRI_MILEX_CURRENT,
          SIPRI_MILEX_CONSTANT -> new Bound(0, 1e8);
      case NATO_GDP_USD_CURRENT, NATO_GDP_USD_CONSTANT -> new Bound(0, 1e9);
      case NATO_DEFEXP_NCU_CURRENT, NATO_DEFEXP_NCU_CONSTANT -> new Bound(0, 1e12);
      case NATO_GDP_PER_CAPITA_CONSTANT, NATO_MILITARY_PERSONNEL -> new Bound(0, 1e5);
      case NATO_DEFEXP_PER_CAPITA_CONSTANT, SIPRI_MILEX_PER_CAPITA -> new Bound(0, 1e6);
      case WB_GDP_USD_CURRENT -> new Bound(0, 1e15);
      case WB_POPULATION -> new Bound(0, 1e10);
    };
  }

  /** NATO's share of real GDP against 100 × constant-price spending ÷ constant-price GDP. */
  private static List<Problem> natoTablesAgree(LedgerEdition edition, ValuePlaces places) {
    Map<String, LedgerValue> spending = new HashMap<>();
    Map<String, LedgerValue> gdp = new HashMap<>();
    for (LedgerValue v : edition.values()) {
      if (v.indicator() == Indicator.NATO_DEFEXP_USD_CONSTANT) {
        spending.putIfAbsent(v.iso3() + v.year(), v);
      } else if (v.indicator() == Indicator.NATO_GDP_USD_CONSTANT) {
        gdp.putIfAbsent(v.iso3() + v.year(), v);
      }
    }
    List<Problem> problems = new ArrayList<>();
    for (LedgerValue share : edition.values()) {
      LedgerValue s = spending.get(share.iso3() + share.year());
      LedgerValue g = gdp.get(share.iso3() + share.year());
      if (share.indicator() != Indicator.NATO_DEFEXP_SHARE_GDP || s == null || g == null
          || g.value() <= 0) {
        continue;
      }
      double recomputed = 100 * s.value() / g.value();
      if (Math.abs(recomputed - share.value()) > SHARE_TOLERANCE_POINTS) {
        String at = places.of(share, 0);
        problems.add(new Problem(at, "share of real GDP of " + share.iso3() + " in "
            + share.year() + " at " + at + " is " + share.value() + "%, but 100 × spending "
            + s.value() + " at " + places.of(s, 0) + " ÷ GDP " + g.value() + " at "
            + places.of(g, 0) + " is " + recomputed + "%: expected them to agree within "
            + SHARE_TOLERANCE_POINTS + " points (a year heading or column shifted in one"
            + " table?)"));
      }
    }
    return problems;
  }
}
