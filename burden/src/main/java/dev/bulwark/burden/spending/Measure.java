package dev.bulwark.burden.spending;

import dev.bulwark.burden.figures.Quantity;

/** The figure a {@link Target} is compared with. */
public enum Measure {
  /** Total defence expenditure (NATO definition) as a share of GDP, in percent. */
  SHARE_OF_GDP(Quantity.SHARE_OF_GDP),
  /** Equipment expenditure as a share of defence expenditure, in percent. */
  EQUIPMENT_SHARE(Quantity.EQUIPMENT_SHARE);

  private final Quantity quantity;

  Measure(Quantity quantity) {
    this.quantity = quantity;
  }

  /** Returns the figure read for this measure. */
  public Quantity quantity() {
    return quantity;
  }
}
