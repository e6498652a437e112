package dev.bulwark.core.aid;

import dev.bulwark.core.BadInputException;

/**
 * Heavy weapons of one category a donor has delivered to Ukraine over the whole period.
 *
 * @param iso3 the donor's code
 * @param category the tracker's category (Tanks, IFV, Howitzers, MLRS, Air Defense)
 * @param units the number of systems
 * @param valueEur their value in current euros (not billions), at Kiel's estimated prices
 * @param items the systems by model with counts, as Kiel lists them
 */
public record WeaponsDelivery(String iso3, String category, long units, double valueEur,
    String items) {

  public WeaponsDelivery {
    BadInputException.require(iso3 != null && category != null && !category.isBlank()
        && items != null, "weapons delivery needs a donor, a category and items");
    BadInputException.require(units >= 0, () -> category + " of " + iso3
        + " must be 0 units or more, was " + units);
    BadInputException.require(Double.isFinite(valueEur) && valueEur >= 0,
        () -> category + " of " + iso3 + " must be worth 0 EUR or more, was " + valueEur);
  }
}
