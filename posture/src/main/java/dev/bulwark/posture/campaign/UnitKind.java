package dev.bulwark.posture.campaign;

/**
 * The kinds of manoeuvre unit in an order of battle and their combat power in heavy (armoured)
 * brigade equivalents, HBE: a US armoured brigade combat team is 1. The scores are Bulwark's
 * assumption in the manner of the US Army's weighted unit values and Dupuy's combat power
 * scores: a Stryker brigade carries about 60% of an armoured brigade's firepower and protection,
 * a light or airborne brigade about 35%, a mechanised battalion battlegroup about 30%.
 */
public enum UnitKind {
  /** An armoured brigade (tanks and tracked infantry fighting vehicles). */
  HEAVY_ARMOURED(1.0),
  /** A medium brigade on wheeled armoured vehicles (Stryker). */
  MEDIUM(0.6),
  /** A light, airborne or motorised infantry brigade. */
  LIGHT(0.35),
  /** A multinational battalion battlegroup (NATO's enhanced Forward Presence). */
  BATTLEGROUP(0.3);

  private final double heavyBrigadeEquivalents;

  UnitKind(double heavyBrigadeEquivalents) {
    this.heavyBrigadeEquivalents = heavyBrigadeEquivalents;
  }

  /** Combat power of a unit of this kind at full strength, in heavy brigade equivalents. */
  public double heavyBrigadeEquivalents() {
    return heavyBrigadeEquivalents;
  }
}
