package dev.bulwark.core.country;

import dev.bulwark.core.BulwarkException;
import java.util.List;

/** A name or code that matches no country; carries the closest matches as evidence. */
public final class UnknownCountryException extends BulwarkException {

  private final String query;
  private final List<Country> suggestions;

  public UnknownCountryException(String query, List<Country> suggestions) {
    super(Kind.BAD_INPUT, message(query, suggestions));
    this.query = query;
    this.suggestions = List.copyOf(suggestions);
  }

  /** Returns the name or code that was not found. */
  public String query() {
    return query;
  }

  /** Returns the closest matches, best first (possibly none). */
  public List<Country> suggestions() {
    return suggestions;
  }

  private static String message(String query, List<Country> suggestions) {
    String base = "unknown country '" + query + "'";
    if (suggestions.isEmpty()) {
      return base + ": give an ISO 3166 code (DEU, DE, 276) or an English name";
    }
    StringBuilder text = new StringBuilder(base).append(": did you mean ");
    for (int i = 0; i < suggestions.size(); i++) {
      if (i > 0) {
        text.append(i == suggestions.size() - 1 ? " or " : ", ");
      }
      text.append(suggestions.get(i).label());
    }
    return text.append('?').toString();
  }
}
