package dev.bulwark.guarantees.geo;

/** What sort of place a gazetteer entry is. */
public enum PlaceKind {
  /** A state's metropolitan territory. */
  METROPOLITAN,
  /** An overseas territory, exclave or outlying island group. */
  OVERSEAS,
  /** An administered-but-disputed place, an occupied region or a base that decides cases. */
  SPECIAL,
  /** A sea area. */
  SEA
}
