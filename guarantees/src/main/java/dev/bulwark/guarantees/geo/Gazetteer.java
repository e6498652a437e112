package dev.bulwark.guarantees.geo;

import dev.bulwark.core.country.Countries;
import dev.bulwark.guarantees.GuaranteesException;
import dev.bulwark.guarantees.Ids;
import dev.bulwark.guarantees.treaty.Confidence;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The gazetteer: the bundled {@code places.csv} beside this class (columns {@code id, name, kind,
 * sovereign, administrator, claimants, continent, sea, island, lat, lon, radius_km, eu,
 * confidence, aliases, note}; lists separated by {@code |}), hand-curated, followed by
 * {@code derived-places.csv} in the same schema: the metropolitan territory of every other state
 * world-atlas 2.0.2 draws, computed by {@code tools/gazetteer/derive-places.py} (a
 * representative point at the area-weighted centroid of the state's largest polygon, the radius
 * of the circle of equal area; confidence C). A curated entry always wins: the tool derives no
 * state that {@code places.csv} lists.
 *
 * <p>{@link #locate(String)} accepts a place id or alias ("senkaku-islands", "Diaoyu Islands"), a
 * country (its metropolitan territory: "UKR", "Ukraine") or a point "LAT,LON". A point goes to the
 * smallest place that contains it (great-circle distance to the reference point, by haversine
 * with R = 6371.0088 km, within the place's radius), so a point 10 km off the Senkakus finds the
 * islands rather than the East China Sea; when no place contains it, to the place whose edge
 * (distance less radius) is nearest. The distance reported is to the reference point.
 */
public final class Gazetteer {

  /** Latitude of the Tropic of Cancer, degrees north (treaties.md §1.5: about 23.44° N). */
  public static final double TROPIC_OF_CANCER = 23.44;
  /** Mean Earth radius, km (IUGG). */
  static final double EARTH_RADIUS_KM = 6371.0088;

  private static final List<String> RESOURCES = List.of("places.csv", "derived-places.csv");
  private static final Pattern POINT =
      Pattern.compile("\\s*(-?\\d+(?:\\.\\d+)?)\\s*,\\s*(-?\\d+(?:\\.\\d+)?)\\s*");
  private static final int SUGGESTIONS = 3;
  /** Offsets the score of places that contain the point below that of any place that does not. */
  private static final double CONTAINED = 1e6;

  private final Map<String, Place> byId;
  private final Map<String, Place> byName;
  private final Countries countries;

  private Gazetteer(List<Place> places, Countries countries) {
    Map<String, Place> ids = new LinkedHashMap<>();
    Map<String, Place> names = new HashMap<>();
    for (Place place : places) {
      GuaranteesException.require(ids.putIfAbsent(place.id(), place) == null,
          "two places share the id " + place.id());
      names.put(fold(place.id()), place);
      names.put(fold(place.name()), place);
      place.aliases().forEach(alias -> names.put(fold(alias), place));
    }
    this.byId = ids;
    this.byName = names;
    this.countries = countries;
  }

  /** Returns the bundled gazetteer, read once per class loader. */
  public static Gazetteer bundled() {
    return Holder.BUNDLED;
  }

  /** Returns every place, in the file's order. */
  public List<Place> all() {
    return List.copyOf(byId.values());
  }

  /**
   * Returns the place with this id.
   *
   * @throws UnknownPlaceException with the closest ids when there is none
   */
  public Place byId(String id) {
    Place place = byId.get(id);
    if (place == null) {
      throw new UnknownPlaceException(id, suggest(id));
    }
    return place;
  }

  /**
   * Returns a state's metropolitan territory.
   *
   * @throws GuaranteesException naming the state when the gazetteer has no metropolitan entry for it
   */
  public Place metropolitan(String iso3) {
    return byId.values().stream()
        .filter(p -> p.kind() == PlaceKind.METROPOLITAN && p.sovereign().equals(iso3)).findFirst()
        .orElseThrow(() -> GuaranteesException.badInput("the gazetteer has no metropolitan"
            + " territory for " + iso3 + "; name a place with --at"));
  }

  /**
   * Finds a place by id, alias, country or "LAT,LON".
   *
   * @throws UnknownPlaceException with the closest places when nothing matches
   * @throws GuaranteesException when a point lies off the globe
   */
  public Located locate(String query) {
    GuaranteesException.require(query != null && !query.isBlank(),
        "a place must be given: an id (senkaku-islands), a country (UKR) or LAT,LON");
    Matcher point = POINT.matcher(query);
    if (point.matches()) {
      return nearest(Double.parseDouble(point.group(1)), Double.parseDouble(point.group(2)));
    }
    Place named = byName.get(fold(query));
    if (named != null) {
      return new Located(named, 0, true);
    }
    Optional<Place> country = countries.find(query).flatMap(c -> byId.values().stream()
        .filter(p -> p.kind() == PlaceKind.METROPOLITAN && p.sovereign().equals(c.iso3()))
        .findFirst());
    return country.map(p -> new Located(p, 0, true))
        .orElseThrow(() -> new UnknownPlaceException(query, suggest(query)));
  }

  /**
   * Returns the place whose edge is nearest the point, with the distance to its reference point.
   *
   * @throws GuaranteesException when latitude is outside [-90, 90] or longitude outside [-180, 180]
   */
  public Located nearest(double latitude, double longitude) {
    GuaranteesException.require(Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180,
        "a point must have latitude in [-90, 90] and longitude in [-180, 180], was "
            + latitude + "," + longitude);
    Place best = null;
    double bestScore = Double.POSITIVE_INFINITY;
    for (Place place : byId.values()) {
      double edge = distanceKm(latitude, longitude, place.latitude(), place.longitude())
          - place.radiusKm();
      // Inside a place (edge <= 0) beats outside all; among those containing the point, the
      // smallest (most specific) wins; else the nearest edge.
      double score = edge <= 0 ? place.radiusKm() - CONTAINED : edge;
      if (score < bestScore) {
        best = place;
        bestScore = score;
      }
    }
    return new Located(best, distanceKm(latitude, longitude, best.latitude(), best.longitude()),
        false);
  }

  /** Returns the great-circle distance between two points by the haversine formula, in km. */
  public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
    double phi1 = Math.toRadians(lat1);
    double phi2 = Math.toRadians(lat2);
    double dPhi = phi2 - phi1;
    double dLambda = Math.toRadians(lon2 - lon1);
    double h = Math.pow(Math.sin(dPhi / 2), 2)
        + Math.cos(phi1) * Math.cos(phi2) * Math.pow(Math.sin(dLambda / 2), 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  /** Returns up to three places whose id or a name shares the longest stretch with the query. */
  List<Place> suggest(String query) {
    String folded = fold(query == null ? "" : query);
    if (folded.length() < 3) {
      return List.of();
    }
    record Scored(Place place, int score) { }
    Map<Place, Integer> best = new HashMap<>();
    byName.forEach((name, place) -> best.merge(place, commonStretch(folded, name), Math::max));
    List<Scored> scored = new ArrayList<>();
    best.forEach((place, score) -> {
      if (score >= Math.min(4, folded.length())) {
        scored.add(new Scored(place, score));
      }
    });
    scored.sort(Comparator.comparingInt(Scored::score).reversed()
        .thenComparing(s -> s.place().id()));
    return scored.stream().limit(SUGGESTIONS).map(Scored::place).toList();
  }

  /** Returns the length of the longest common substring of two strings. */
  private static int commonStretch(String a, String b) {
    int longest = 0;
    int[] previous = new int[b.length() + 1];
    for (int i = 1; i <= a.length(); i++) {
      int[] current = new int[b.length() + 1];
      for (int j = 1; j <= b.length(); j++) {
        if (a.charAt(i - 1) == b.charAt(j - 1)) {
          current[j] = previous[j - 1] + 1;
          longest = Math.max(longest, current[j]);
        }
      }
      previous = current;
    }
    return longest;
  }

  private static String fold(String text) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  /** Reads places in the schema of the bundled file; country codes resolve against {@code countries}. */
  public static Gazetteer read(InputStream in, Countries countries) throws IOException {
    return new Gazetteer(places(in, countries), countries);
  }

  private static List<Place> places(InputStream in, Countries countries) throws IOException {
    List<Place> places = new ArrayList<>();
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
          .get().parse(reader)) {
        places.add(place(row, countries));
      }
    }
    return places;
  }

  private static Place place(CSVRecord row, Countries countries) {
    String id = row.get("id");
    return new Place(id, row.get("name"), enumOf(PlaceKind.class, row, "kind"),
        code(row.get("sovereign"), countries), code(row.get("administrator"), countries),
        list(row.get("claimants")).stream().map(c -> code(c, countries)).toList(),
        row.get("continent").isEmpty() ? Continent.NONE : enumOf(Continent.class, row, "continent"),
        enumOf(Sea.class, row, "sea"), Boolean.parseBoolean(row.get("island")),
        number(row, "lat"), number(row, "lon"), number(row, "radius_km"),
        enumOf(EuStatus.class, row, "eu"), Confidence.ofMark(row.get("confidence")),
        list(row.get("aliases")), row.get("note"));
  }

  private static String code(String iso3, Countries countries) {
    return iso3.isEmpty() ? "" : countries.byIso3(iso3).iso3();
  }

  private static List<String> list(String cell) {
    return cell.isEmpty() ? List.of() : List.of(cell.split("\\|"));
  }

  private static double number(CSVRecord row, String column) {
    try {
      return Double.parseDouble(row.get(column));
    } catch (NumberFormatException e) {
      throw GuaranteesException.badInput(column + " of place " + row.get("id")
          + " must be a number, was '" + row.get(column) + "'");
    }
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, CSVRecord row, String column) {
    return Ids.parse(type, row.get(column), column + " of place " + row.get("id"));
  }

  private static final class Holder {
    static final Gazetteer BUNDLED = load();

    private static Gazetteer load() {
      List<Place> places = new ArrayList<>();
      for (String resource : RESOURCES) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
          if (in == null) {
            throw GuaranteesException.failure("bundled resource " + resource + " is missing", null);
          }
          places.addAll(places(in, Countries.bundled()));
        } catch (IOException e) {
          throw GuaranteesException.failure("cannot read bundled " + resource, e);
        }
      }
      return new Gazetteer(places, Countries.bundled());
    }
  }
}
