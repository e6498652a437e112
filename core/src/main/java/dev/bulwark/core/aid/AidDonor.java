package dev.bulwark.core.aid;

import dev.bulwark.core.BadInputException;
import java.util.OptionalDouble;

/**
 * A donor of the tracker with the GDP its shares are computed on and, for an EU member, its
 * share of the aid given by the EU's institutions.
 *
 * @param iso3 the donor's code ({@code EUU} for the EU's Commission and Council)
 * @param name the donor's name as Kiel prints it
 * @param gdpEurBn the donor's 2021 GDP, billion current euros, Kiel's denominator for every share
 *     of GDP (0 for the EU institutions, which have none)
 * @param euAttributedEurBn for an EU member, the EU institutions' aid attributed to it by its
 *     share of the EU budget (Kiel's attribution), EUR bn; empty for other donors
 */
public record AidDonor(String iso3, String name, double gdpEurBn,
    OptionalDouble euAttributedEurBn) {

  /** The code under which the EU's Commission and Council give aid. */
  public static final String EU_INSTITUTIONS = "EUU";

  public AidDonor {
    BadInputException.require(iso3 != null && iso3.matches("[A-Z][A-Z_]{2,}"),
        "donor code must be upper-case letters, was '" + iso3 + "'");
    BadInputException.require(name != null && !name.isBlank(), "donor name must be given for "
        + iso3);
    BadInputException.require(Double.isFinite(gdpEurBn) && gdpEurBn >= 0,
        () -> "GDP of " + iso3 + " must be a finite number of EUR bn, 0 or more, was " + gdpEurBn);
    BadInputException.require(euAttributedEurBn != null, "EU share must be given or empty");
  }

  /** Returns whether the donor is an EU member (it has an attributed share of EU aid). */
  public boolean euMember() {
    return euAttributedEurBn.isPresent();
  }
}
