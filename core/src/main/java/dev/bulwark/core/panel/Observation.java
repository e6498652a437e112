package dev.bulwark.core.panel;

/**
 * One value of one indicator for one country and year, with where it came from.
 *
 * @param iso3 country code (or aggregate id)
 * @param year calendar year (NATO: the year holding most of the fiscal year's months)
 * @param indicator the series, which fixes the unit
 * @param value the value in the indicator's unit
 * @param flag reported, estimate or highly uncertain
 * @param edition the edition the value was read from
 */
public record Observation(String iso3, int year, Indicator indicator, double value, Flag flag,
    Edition edition) {

  /** Returns "SIPRI 2025-04, estimate" or "NATO 2024", the provenance printed beside a figure. */
  public String provenance() {
    return flag == Flag.REPORTED ? edition.citation() : edition.citation() + ", " + flag.word();
  }
}
