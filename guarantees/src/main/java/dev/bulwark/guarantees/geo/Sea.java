package dev.bulwark.guarantees.geo;

/** The sea a place lies in or borders; for a sea area, the sea itself. */
public enum Sea {
  NORTH_ATLANTIC, SOUTH_ATLANTIC, MEDITERRANEAN, BLACK_SEA, BALTIC, CARIBBEAN, PACIFIC,
  SOUTH_CHINA_SEA, EAST_CHINA_SEA, INDIAN, ARCTIC,
  /** Landlocked. */
  NONE;

  /** Returns whether the sea is part of the Pacific (the South and East China Seas included). */
  public boolean isPacific() {
    return this == PACIFIC || this == SOUTH_CHINA_SEA || this == EAST_CHINA_SEA;
  }
}
