package dev.bulwark.burden.figures;

import dev.bulwark.core.panel.Edition;
import dev.bulwark.core.panel.Indicator;
import dev.bulwark.core.panel.Panel;
import dev.bulwark.core.panel.Source;
import dev.bulwark.core.panel.SpendingDefinition;
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
 *
 * <p>What the figures count is the edition's {@linkplain SpendingDefinition definition}: NATO's
 * total defence expenditure in its tables to 2025, core defence expenditure (The Hague 2025) from
 * its 2026 tables, SIPRI's military expenditure.
 */
public enum SpendingSource {
  NATO,
  SIPRI;

  /** Returns the series that answers for a quantity, or empty when this source has none. */
  public Optional<Indicator> indicator(Quantity quantity) {
    return Optional.ofNullable(this == NATO ? natoSeries(quantity) : sipriSeries(quantity));
  }

  /** Returns the publisher of this source's spending series. */
  public Source publisher() {
    return this == NATO ? Source.NATO : Source.SIPRI;
  }

  /**
   * Returns what the panel's edition of this source counts as defence spending
   * ({@link Edition#definition()}), or the publisher's usual definition when it records none.
   */
  public SpendingDefinition definition(Panel panel) {
    return panel.edition(publisher()).flatMap(Edition::definition)
        .or(() -> SpendingDefinition.usual(publisher())).orElseThrow();
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
