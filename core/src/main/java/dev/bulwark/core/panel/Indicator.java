package dev.bulwark.core.panel;

import dev.bulwark.core.BadInputException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Every series Bulwark stores, named with its unit so a column header is never ambiguous.
 *
 * <p>Shares are stored as percent (3.42 means 3.42%) whatever the source's convention: SIPRI
 * publishes fractions (0.0342) and the importer multiplies by 100. The NATO share of GDP is the
 * one NATO computes at constant prices, the figure NATO compares with its targets.
 *
 * <p>Constant-price series ({@link #atConstantPrices()}) are named without a base year: the
 * publishers move the base with their releases (NATO from 2015 to 2021 in 2025, SIPRI from 2023
 * to 2024 in 2026), so the year is a property of the edition
 * ({@link Edition#priceBase()}), never of the series. Compare constant-price figures only within
 * one edition.
 */
public enum Indicator {
  // NATO, Defence Expenditure of NATO Countries
  NATO_DEFEXP_NCU_CURRENT(Source.NATO, "defexp_ncu_current_m", "million national currency, current prices",
      "Defence expenditure (Table 1)"),
  NATO_DEFEXP_NCU_CONSTANT(Source.NATO, "defexp_ncu_const_m",
      "million national currency, " + Indicator.CONSTANT, "Defence expenditure (Table 1)", true),
  NATO_DEFEXP_USD_CURRENT(Source.NATO, "defexp_usd_current_m", "million US$, current prices and exchange rates",
      "Defence expenditure (Table 2)"),
  NATO_DEFEXP_USD_CONSTANT(Source.NATO, "defexp_usd_const_m",
      "million US$, " + Indicator.CONSTANT_AND_RATES, "Defence expenditure (Table 2)", true),
  NATO_DEFEXP_SHARE_GDP(Source.NATO, "defexp_share_gdp_pct", "% of real GDP",
      "Defence expenditure as a share of real GDP, the figure behind the 2% guideline (Table 3)"),
  NATO_DEFEXP_REAL_CHANGE(Source.NATO, "defexp_real_change_pct", "% real change on the year before",
      "Annual real change in defence expenditure (Table 3)"),
  NATO_GDP_USD_CURRENT(Source.NATO, "gdp_usd_current_m", "million US$, current prices",
      "Gross domestic product (Table 5)"),
  NATO_GDP_USD_CONSTANT(Source.NATO, "gdp_usd_const_m",
      "million US$, " + Indicator.CONSTANT_AND_RATES, "Gross domestic product (Table 5)", true),
  NATO_GDP_PER_CAPITA_CONSTANT(Source.NATO, "gdp_per_capita_usd_thousand_const",
      "thousand US$ per person, " + Indicator.CONSTANT, "GDP per capita (Table 6)", true),
  NATO_DEFEXP_PER_CAPITA_CONSTANT(Source.NATO, "defexp_per_capita_usd_const",
      "US$ per person, " + Indicator.CONSTANT, "Defence expenditure per capita (Table 6)", true),
  NATO_MILITARY_PERSONNEL(Source.NATO, "military_personnel_thousand", "thousand persons",
      "Military personnel (Table 7)"),
  NATO_EQUIPMENT_SHARE(Source.NATO, "equipment_pct_of_defexp", "% of defence expenditure",
      "Equipment expenditure, the 20% guideline (Table 8a)"),
  NATO_PERSONNEL_SHARE(Source.NATO, "personnel_pct_of_defexp", "% of defence expenditure",
      "Personnel expenditure (Table 8a)"),
  NATO_INFRASTRUCTURE_SHARE(Source.NATO, "infrastructure_pct_of_defexp", "% of defence expenditure",
      "Infrastructure expenditure (Table 8b)"),
  NATO_OTHER_SHARE(Source.NATO, "other_pct_of_defexp", "% of defence expenditure",
      "Other expenditure (Table 8b)"),

  // SIPRI Military Expenditure Database
  SIPRI_MILEX_CONSTANT(Source.SIPRI, "milex_usd_const_m",
      "million US$, " + Indicator.CONSTANT_AND_RATES,
      "Military expenditure in constant US$ (sheet 'Constant (YYYY) US$')", true),
  SIPRI_MILEX_CURRENT(Source.SIPRI, "milex_usd_current_m", "million US$, current prices",
      "Military expenditure in current US$"),
  SIPRI_MILEX_SHARE_GDP(Source.SIPRI, "milex_share_gdp_pct", "% of GDP",
      "Military expenditure as a share of GDP (SIPRI publishes a fraction; stored as percent)"),
  SIPRI_MILEX_PER_CAPITA(Source.SIPRI, "milex_per_capita_usd_current", "current US$ per person",
      "Military expenditure per capita"),
  SIPRI_MILEX_SHARE_GOVT(Source.SIPRI, "milex_share_govt_pct", "% of government spending",
      "Military expenditure as a share of government spending (stored as percent)"),

  // World Bank, World Development Indicators
  WB_GDP_USD_CURRENT(Source.WORLD_BANK, "gdp_usd_current", "US$, current prices",
      "GDP (NY.GDP.MKTP.CD)"),
  WB_POPULATION(Source.WORLD_BANK, "population", "persons", "Population, total (SP.POP.TOTL)");

  private static final String CONSTANT = "constant prices of the edition's price base year";
  private static final String CONSTANT_AND_RATES =
      "constant prices and exchange rates of the edition's price base year";

  private final Source source;
  private final String column;
  private final String unit;
  private final String description;
  private final boolean constantPrices;

  Indicator(Source source, String column, String unit, String description) {
    this(source, column, unit, description, false);
  }

  Indicator(Source source, String column, String unit, String description,
      boolean constantPrices) {
    this.source = source;
    this.column = column;
    this.unit = unit;
    this.description = description;
    this.constantPrices = constantPrices;
  }

  /** Returns the publisher of this series. */
  public Source source() {
    return source;
  }

  /** Returns the tidy column name, which carries the unit ({@code defexp_share_gdp_pct}). */
  public String column() {
    return column;
  }

  /** Returns the unit in words. */
  public String unit() {
    return unit;
  }

  /** Returns what the series measures and where the source publishes it. */
  public String description() {
    return description;
  }

  /**
   * Returns whether the series is at the constant prices of its edition's price base year
   * ({@link Edition#priceBase()}), rather than at current prices or a ratio.
   */
  public boolean atConstantPrices() {
    return constantPrices;
  }

  /**
   * Finds an indicator by its enum name or its column name, within a source.
   *
   * @throws BadInputException naming the known columns when none matches
   */
  public static Indicator of(Source source, String column) {
    return Arrays.stream(values())
        .filter(i -> i.source == source
            && (i.column.equals(column) || i.name().equalsIgnoreCase(column)))
        .findFirst()
        .orElseThrow(() -> new BadInputException("unknown " + source.shortName()
            + " indicator '" + column + "'; expected one of "
            + Arrays.stream(values()).filter(i -> i.source == source).map(Indicator::column).toList()));
  }

  /** Returns the enum name in lower case, used as a stable id in stored files. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
