package dev.bulwark.core.panel;

import dev.bulwark.core.BadInputException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One published release of a source's tables.
 *
 * <p>Editions of a source are ordered by id, compared naturally (runs of digits as numbers, so
 * {@code "2025-04"} follows {@code "2024-10"} and {@code "10"} follows {@code "9"}); the
 * publication date only breaks ties. The id states what the release covers (NATO: the last data
 * year; SIPRI: the release month), whereas the date read from a workbook is the day it was last
 * saved and moves when an older workbook is saved again.
 *
 * @param source the publisher
 * @param id the edition's short id, unique within its source and ordered naturally
 *     ({@code "2024"} for NATO's June 2024 tables, {@code "2025-04"} for SIPRI's April 2025 release)
 * @param title the edition as the publisher names it
 * @param published the publication date
 * @param origin where the figures were read from (file name of the official workbook or dataset)
 * @param priceBase the year whose prices and exchange rates the edition's constant-price series
 *     use (2015 in NATO's 2024 tables, 2023 in SIPRI's 2025 release); empty for an edition
 *     without constant-price series
 * @param definition what the edition's defence spending figures count (NATO's total or, from
 *     NATO's 2026 tables, Hague core defence expenditure; SIPRI's military expenditure); empty for
 *     a source without defence spending
 */
public record Edition(Source source, String id, String title, LocalDate published, String origin,
    OptionalInt priceBase, Optional<SpendingDefinition> definition) {

  /** Sources in declaration order, then ids naturally, then publication dates. */
  private static final Comparator<Edition> RELEASE_ORDER = Comparator.comparing(Edition::source)
      .thenComparing(Edition::id, Edition::compareIds)
      .thenComparing(Edition::published);

  public Edition {
    BadInputException.require(source != null, "edition source must be given");
    BadInputException.require(id != null && id.matches("[0-9A-Za-z][0-9A-Za-z.-]*"),
        "edition id must be letters, digits, '.' or '-', was '" + id + "'");
    BadInputException.require(title != null && !title.isBlank(), "edition title must be given");
    BadInputException.require(published != null, "edition publication date must be given");
    BadInputException.require(origin != null, "edition origin must be given");
    BadInputException.require(priceBase != null, "edition price base must be given (or empty)");
    BadInputException.require(priceBase.isEmpty()
            || (priceBase.getAsInt() >= 1900 && priceBase.getAsInt() <= 2999),
        "edition price base of " + source.shortName() + " " + id + " must be a year 1900-2999, was "
            + priceBase.orElse(0));
    BadInputException.require(definition != null
            && definition.map(d -> d.source() == source)
                .orElse(SpendingDefinition.usual(source).isEmpty()),
        "edition definition of " + source.shortName() + " " + id + " must be one of "
            + source.shortName() + "'s, was " + definition);
  }

  /**
   * Creates an edition whose figures follow the source's usual definition
   * ({@link SpendingDefinition#usual}).
   */
  public Edition(Source source, String id, String title, LocalDate published, String origin,
      OptionalInt priceBase) {
    this(source, id, title, published, origin, priceBase, SpendingDefinition.usual(source));
  }

  /** Creates an edition without constant-price series (no price base year). */
  public Edition(Source source, String id, String title, LocalDate published, String origin) {
    this(source, id, title, published, origin, OptionalInt.empty());
  }

  /** Returns {@code "NATO 2024"}, the short citation printed beside figures. */
  public String citation() {
    return source.shortName() + " " + id;
  }

  /**
   * Returns the order of releases: by source, then by id compared naturally, then by publication
   * date; the newest edition of a source sorts last.
   */
  public static Comparator<Edition> releaseOrder() {
    return RELEASE_ORDER;
  }

  /** Compares ids run by run: digit runs as numbers, other runs as text. */
  private static int compareIds(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int endA = runEnd(a, i);
      int endB = runEnd(b, j);
      String runA = a.substring(i, endA);
      String runB = b.substring(j, endB);
      int c = Character.isDigit(a.charAt(i)) && Character.isDigit(b.charAt(j))
          ? new java.math.BigInteger(runA).compareTo(new java.math.BigInteger(runB))
          : runA.compareTo(runB);
      if (c != 0) {
        return c;
      }
      i = endA;
      j = endB;
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  private static int runEnd(String s, int from) {
    boolean digits = Character.isDigit(s.charAt(from));
    int end = from + 1;
    while (end < s.length() && Character.isDigit(s.charAt(end)) == digits) {
      end++;
    }
    return end;
  }
}
