package dev.bulwark.burden.figures;

/**
 * What an analysis reads for an ally in a year; the {@link SpendingSource} decides which series
 * answers and in which unit.
 */
public enum Quantity {
  /** Defence expenditure as a share of GDP, in percent. */
  SHARE_OF_GDP,
  /** Defence expenditure in million US$, current prices and exchange rates. */
  SPENDING_USD_CURRENT,
  /** Gross domestic product in million US$, current prices. */
  GDP_USD_CURRENT,
  /** Defence expenditure per person in US$ (NATO: the edition's constant prices; SIPRI: current prices). */
  SPENDING_PER_CAPITA,
  /** Equipment expenditure as a share of defence expenditure, in percent (NATO only). */
  EQUIPMENT_SHARE,
  /** Military personnel in thousands (NATO only). */
  MILITARY_PERSONNEL
}
