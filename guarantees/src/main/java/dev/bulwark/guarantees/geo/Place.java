package dev.bulwark.guarantees.geo;

import dev.bulwark.guarantees.GuaranteesException;
import dev.bulwark.guarantees.treaty.Confidence;
import java.util.List;

/**
 * A gazetteer entry.
 *
 * @param id stable lower-case id ({@code senkaku-islands})
 * @param name the English name
 * @param kind metropolitan, overseas, special or sea area
 * @param sovereign the recognised sovereign (ISO3), empty for sea areas and unsettled features
 * @param administrator the state that administers it (ISO3), empty for sea areas
 * @param claimants other states that claim it
 * @param continent the continent or region; NONE for sea areas
 * @param sea the sea it lies in or borders
 * @param island whether it is an island or island group
 * @param latitude reference point, degrees north
 * @param longitude reference point, degrees east
 * @param radiusKm rough radius of the place around its reference point
 * @param eu how it stands with the EU treaties
 * @param confidence how settled its classification is (D for the Cyprus bases, Puerto Rico, the Black Sea)
 * @param aliases other names it is known by
 * @param note what decides cases about it, in a few words
 */
public record Place(String id, String name, PlaceKind kind, String sovereign, String administrator,
    List<String> claimants, Continent continent, Sea sea, boolean island, double latitude,
    double longitude, double radiusKm, EuStatus eu, Confidence confidence, List<String> aliases,
    String note) {

  public Place {
    GuaranteesException.require(id != null && id.matches("[a-z0-9-]+"),
        "place id must be lower-case letters, digits and dashes, was '" + id + "'");
    GuaranteesException.require(latitude >= -90 && latitude <= 90 && longitude >= -180
            && longitude <= 180, "place " + id + " must have latitude in [-90, 90] and longitude"
            + " in [-180, 180], was " + latitude + ", " + longitude);
    GuaranteesException.require(radiusKm >= 0, "radius of " + id + " must be >= 0, was " + radiusKm);
    GuaranteesException.require((kind == PlaceKind.SEA) == (continent == Continent.NONE),
        "place " + id + ": sea areas, and only they, lie on no continent");
    GuaranteesException.require(kind == PlaceKind.SEA || !administrator.isEmpty(),
        "land place " + id + " must name its administrator");
    claimants = List.copyOf(claimants);
    aliases = List.copyOf(aliases);
  }

  /** Returns whether this is a sea area rather than land. */
  public boolean isSea() {
    return kind == PlaceKind.SEA;
  }

  /** Returns whether the state holds the place as sovereign or administrator. */
  public boolean heldBy(String iso3) {
    return sovereign.equals(iso3) || administrator.equals(iso3);
  }

  /** Returns whether the place lies north of the Tropic of Cancer (23.44° N). */
  public boolean northOfTropic() {
    return latitude > Gazetteer.TROPIC_OF_CANCER;
  }

  /** Returns "Senkaku Islands (senkaku-islands)", the form used in messages. */
  public String label() {
    return name + " (" + id + ")";
  }
}
