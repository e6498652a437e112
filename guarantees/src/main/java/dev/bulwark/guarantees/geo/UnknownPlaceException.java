package dev.bulwark.guarantees.geo;

import dev.bulwark.guarantees.GuaranteesException;
import java.util.List;

/** A place name that matches no gazetteer entry; carries the closest ids as evidence. */
public final class UnknownPlaceException extends GuaranteesException {

  private final List<String> suggestions;

  UnknownPlaceException(String query, List<Place> suggestions) {
    super(Kind.BAD_INPUT, message(query, suggestions), null);
    this.suggestions = suggestions.stream().map(Place::id).toList();
  }

  /** Returns the ids of the closest places, best first (possibly none). */
  public List<String> suggestions() {
    return suggestions;
  }

  private static String message(String query, List<Place> suggestions) {
    String base = "unknown place '" + query + "'";
    if (suggestions.isEmpty()) {
      return base + ": give a place id (senkaku-islands), a country (UKR) or LAT,LON (25.7,123.5);"
          + " 'bulwark treaties' lists instruments, the gazetteer ids are in docs/guarantees.md";
    }
    return base + ": did you mean " + String.join(" or ",
        suggestions.stream().map(Place::label).toList()) + "?";
  }
}
