package dev.bulwark.core.country;

/** What sort of entity a {@link Country} row describes. */
public enum CountryKind {
  /** A sovereign state today. */
  STATE,
  /** A dependent territory with its own ISO code (Guam, Greenland, Puerto Rico). */
  TERRITORY,
  /** A state that no longer exists (USSR, German Democratic Republic, Yugoslavia). */
  HISTORICAL,
  /** A published aggregate (NATO Total, NATO Europe and Canada, World). */
  AGGREGATE
}
