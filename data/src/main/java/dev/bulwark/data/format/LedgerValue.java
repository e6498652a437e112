package dev.bulwark.data.format;

import dev.bulwark.core.BadInputException;
import dev.bulwark.core.panel.Flag;
import dev.bulwark.core.panel.Indicator;

/**
 * One row of an edition's {@code values.csv}: an indicator's value for a country (or aggregate)
 * and year, in the indicator's unit, with the source's estimate flag.
 *
 * @param iso3 the country's code from {@code Countries.bundled()}, or an aggregate id
 * @param year the calendar year
 * @param indicator the series, which fixes the unit
 * @param value the value, finite
 * @param flag reported, estimate or highly uncertain
 */
public record LedgerValue(String iso3, int year, Indicator indicator, double value, Flag flag) {

  public LedgerValue {
    BadInputException.require(iso3 != null && !iso3.isBlank(), "value iso3 must be given");
    BadInputException.require(indicator != null, () -> "value indicator must be given for "
        + iso3);
    BadInputException.require(flag != null, () -> "value flag must be given for " + iso3);
    BadInputException.require(Double.isFinite(value), () -> indicator.id() + " for " + iso3
        + " " + year + " must be a finite number, was " + value);
  }
}
