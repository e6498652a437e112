package dev.bulwark.guarantees.geo;

/**
 * The continent or region a land place lies in. The Caribbean islands are kept apart from North
 * America, because whether they count as North America is exactly what North Atlantic Treaty
 * Article 6 cases turn on.
 */
public enum Continent {
  EUROPE, NORTH_AMERICA, CARIBBEAN, SOUTH_AMERICA, AFRICA, ASIA, OCEANIA, ANTARCTICA,
  /** A sea area, on no continent. */
  NONE
}
