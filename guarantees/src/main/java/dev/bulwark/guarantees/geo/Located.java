package dev.bulwark.guarantees.geo;

import dev.bulwark.guarantees.GuaranteesException;

/**
 * A place found for a query, and how far the query's point is from its reference point (zero
 * when it was named).
 *
 * @param place the place
 * @param distanceKm great-circle distance from the given point to the place's reference point
 * @param named whether it was named (by id, alias or country) rather than found by coordinates
 */
public record Located(Place place, double distanceKm, boolean named) {

  public Located {
    GuaranteesException.require(place != null, "a located place must have a place");
    GuaranteesException.require(distanceKm >= 0, "distance must be >= 0, was " + distanceKm);
  }

  /** Returns "Baltic Sea (baltic-sea), 212 km from the given point" or the place's label. */
  public String describe() {
    return named ? place.label()
        : place.label() + ", " + Math.round(distanceKm) + " km from the given point";
  }
}
