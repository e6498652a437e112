package dev.bulwark.forces.catalogue;

import dev.bulwark.core.yaml.YamlReader;
import dev.bulwark.forces.Bundled;
import dev.bulwark.forces.ForcesException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one currency and price year of the force catalogue (US$ at 2024 prices) and the
 * conversion of a figure quoted in another currency or price year ({@code money.yaml}): a figure
 * of {@code amount} in currency {@code C} at prices of year {@code Y} is
 * {@code amount × usdPerUnit(C, Y) × deflator(2024) / deflator(Y)} US$ at 2024 prices: converted
 * at the quote year's average exchange rate, then re-priced with the US GDP implicit price
 * deflator (BEA NIPA Table 1.1.9). A result in euros at 2024 prices is the dollars divided by
 * the 2024 rate.
 *
 * @param currency the catalogue's currency (USD)
 * @param priceYear the catalogue's price year (2024)
 * @param deflator the deflator's name, confidence and index by year
 * @param exchangeRates the exchange rates' name, confidence and US$ per unit by currency and year
 */
public record PriceBase(String currency, int priceYear, Deflator deflator,
    ExchangeRates exchangeRates) {

  /**
   * The price index.
   *
   * @param name what it is and where it is published
   * @param confidence a confidence letter (V, S, M, E)
   * @param index the index by year
   */
  public record Deflator(String name, String confidence, TreeMap<Integer, Double> index) {}

  /**
   * The exchange rates.
   *
   * @param name what they are and where they are published
   * @param confidence a confidence letter (V, S, M, E)
   * @param usdPerUnit US dollars per unit of each currency, by year
   */
  public record ExchangeRates(String name, String confidence,
      Map<String, TreeMap<Integer, Double>> usdPerUnit) {}

  public PriceBase {
    ForcesException.require("USD".equals(currency), "the catalogue's currency must be USD, was "
        + currency);
    ForcesException.require(deflator.index().containsKey(priceYear), "the deflator has no index "
        + "for the price year " + priceYear);
  }

  /** Returns the bundled price base. */
  public static PriceBase bundled() {
    return YamlReader.withDefaults().withSnakeCaseFields().withBadInput(ForcesException::badInput)
        .readValue("money.yaml", Bundled.text(PriceBase.class, "money.yaml"), PriceBase.class);
  }

  /**
   * Returns how many US$ at the base's prices one unit of {@code currency} at prices of
   * {@code year} is worth.
   *
   * @throws ForcesException naming the currency or year it has no figure for
   */
  public double toBase(String currency, int year) {
    Double index = deflator.index().get(year);
    ForcesException.require(index != null, "no deflator for the price year " + year + "; known: "
        + deflator.index().keySet());
    return usdPerUnit(currency, year) * deflator.index().get(priceYear) / index;
  }

  /**
   * Returns US$ per unit of a currency in a year (1 for US$).
   *
   * @throws ForcesException naming the currency or year it has no rate for
   */
  public double usdPerUnit(String currency, int year) {
    if (currency.equals(this.currency)) {
      return 1;
    }
    Map<Integer, Double> rates = exchangeRates.usdPerUnit().get(currency);
    ForcesException.require(rates != null, "unknown currency '" + currency + "': expected USD or "
        + "one of " + exchangeRates.usdPerUnit().keySet());
    Double rate = rates.get(year);
    ForcesException.require(rate != null, "no " + currency + " rate for " + year + "; known: "
        + rates.keySet());
    return rate;
  }

  /** Returns the sources of the conversion in words. */
  public String describe() {
    return "US$ at " + priceYear + " prices; deflator: " + deflator.name() + " (confidence "
        + deflator.confidence() + "); exchange rates: " + exchangeRates.name() + " (confidence "
        + exchangeRates.confidence() + ")";
  }
}
