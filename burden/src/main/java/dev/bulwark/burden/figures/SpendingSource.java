package dev.bulwark.burden.figures;

import dev.bulwark.core.panel.Indicator;
import java.util.Optional;

/**
 * The family of series an analysis reads for a year.
 *
 * <ul>
 *   <li>{@link #NATO}: NATO, "Defence Expenditure of NATO Countries" — the share of real GDP
 *       (Table 3, the figure NATO compares with its targets), defence expenditure and GDP in
 *       current US$ (Tables 2 and 5), per capita at the constant prices of the edition's price
 *       base year (Table 6; 2015 in the 2024 edition), military personnel (Table 7) and the
 *       equipment share (Table 8a).
 *   <li>{@link #SIPRI}: SIPRI Military Expenditure Database — share of GDP (published as a
 *       fraction, stored as percent), military expenditure in current US$ and per capita in
 *       current US$ — with GDP from the World Bank (NY.GDP.MKTP.CD, converted to US$ million).
 *       World Bank GDP is chosen over the GDP implied by SIPRI (milex ÷ share) because it does not
 *       depend on the spending figure, which matters when spending is correlated with GDP. SIPRI
 *       has no equipment share and no personnel count.
 * </ul>
 */
public enum SpendingSource {
  NATO,
  SIPRI;

  /** Returns the series that answers for a quantity, or empty when this source has none. */
  public Optional<Indicator> indicator(Quantity quantity) {
    return Optional.ofNullable(this == NATO ? natoSeries(quantity) : sipriSeries(quantity));
  }

  /** Returns the factor that turns the series' unit into the quantity's unit (US$ into US$ million). */
  public double scale(Quantity quantity) {
    return this == SIPRI && quantity == Quantity.GDP_USD_CURRENT ? 1e-6 : 1.0;
  }

  /** Returns the unit of the quantity as this source gives it. */
  public String unit(Quantity quantity) {
    return scale(quantity) == 1.0
        ? indicator(quantity).map(Indicator::unit).orElse("not published by " + name())
        : "million US$, current prices";
  }

  private static Indicator natoSeries(Quantity quantity) {
    return switch (quantity) {
      case SHARE_OF_GDP -> Indicator.NATO_DEFEXP_SHARE_GDP;
      case SPENDING_USD_CURRENT -> Indicator.NATO_DEFEXP_USD_CURRENT;
      case GDP_USD_CURRENT -> Indicator.NATO_GDP_USD_CURRENT;
      case SPENDING_PER_CAPITA -> Indicator.NATO_DEFEXP_PER_CAPITA_CONSTANT;
      case EQUIPMENT_SHARE -> Indicator.NATO_EQUIPMENT_SHARE;
      case MILITARY_PERSONNEL -> Indicator.NATO_MILITARY_PERSONNEL;
    };
  }

  private static Indicator sipriSeries(Quantity quantity) {
    return switch (quantity) {
      case SHARE_OF_GDP -> Indicator.SIPRI_MILEX_SHARE_GDP;
      case SPENDING_USD_CURRENT -> Indicator.SIPRI_MILEX_CURRENT;
      case GDP_USD_CURRENT -> Indicator.WB_GDP_USD_CURRENT;
      case SPENDING_PER_CAPITA -> Indicator.SIPRI_MILEX_PER_CAPITA;
      case EQUIPMENT_SHARE, MILITARY_PERSONNEL -> null;
    };
  }
}
