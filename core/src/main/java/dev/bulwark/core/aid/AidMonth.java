package dev.bulwark.core.aid;

import dev.bulwark.core.BadInputException;
import java.time.YearMonth;

/**
 * One donor's aid to Ukraine in one month, in billion current euros: what it allocated (delivered
 * or earmarked for a specific item) by type, what it committed, and the part of its commitments
 * not yet allocated. Kiel's {@code total} is the sum of the three types,
 * {@code total = military + financial + humanitarian}.
 *
 * @param iso3 the donor's code ({@code EUU} for the EU's Commission and Council)
 * @param month the calendar month
 * @param military military aid allocated, EUR bn (weapons, equipment, training, military funds)
 * @param financial financial aid allocated, EUR bn (grants, loans, guarantees)
 * @param humanitarian humanitarian aid allocated, EUR bn
 * @param committed aid committed that month, EUR bn
 * @param toBeAllocated commitments of the month not yet allocated, EUR bn (negative when the
 *     month allocates more than it commits, from earlier commitments)
 */
public record AidMonth(String iso3, YearMonth month, double military, double financial,
    double humanitarian, double committed, double toBeAllocated) {

  public AidMonth {
    BadInputException.require(iso3 != null && iso3.matches("[A-Z][A-Z_]{2,}"),
        "aid donor must be an upper-case code, was '" + iso3 + "'");
    BadInputException.require(month != null, () -> "aid month must be given for " + iso3);
    for (double v : new double[] {military, financial, humanitarian, committed, toBeAllocated}) {
      BadInputException.finite(v, "aid of " + iso3 + " in " + month);
    }
  }

  /** Returns the aid allocated in the month, all types, EUR bn. */
  public double total() {
    return military + financial + humanitarian;
  }

  /** Returns the allocation of one type, EUR bn. */
  public double of(AidType type) {
    return switch (type) {
      case MILITARY -> military;
      case FINANCIAL -> financial;
      case HUMANITARIAN -> humanitarian;
    };
  }
}
