package dev.bulwark.burden.aid;

import dev.bulwark.core.aid.AidMonth;
import dev.bulwark.core.aid.AidType;

/**
 * Aid summed over donors or months, billion current euros: allocated by type, committed, and
 * committed but not yet allocated.
 *
 * @param military military aid allocated
 * @param financial financial aid allocated
 * @param humanitarian humanitarian aid allocated
 * @param committed aid committed
 * @param toBeAllocated commitments not yet allocated
 */
public record Allocation(double military, double financial, double humanitarian,
    double committed, double toBeAllocated) {

  /** Nothing given. */
  public static final Allocation NONE = new Allocation(0, 0, 0, 0, 0);

  /** Returns one donor-month's aid. */
  public static Allocation of(AidMonth m) {
    return new Allocation(m.military(), m.financial(), m.humanitarian(), m.committed(),
        m.toBeAllocated());
  }

  /** Returns the sum of this and another. */
  public Allocation plus(Allocation o) {
    return new Allocation(military + o.military, financial + o.financial,
        humanitarian + o.humanitarian, committed + o.committed, toBeAllocated + o.toBeAllocated);
  }

  /** Returns all aid allocated, {@code military + financial + humanitarian}. */
  public double total() {
    return military + financial + humanitarian;
  }

  /** Returns the aid of one type. */
  public double of(AidType type) {
    return switch (type) {
      case MILITARY -> military;
      case FINANCIAL -> financial;
      case HUMANITARIAN -> humanitarian;
    };
  }
}
