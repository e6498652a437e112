package dev.bulwark.core.panel;

import dev.bulwark.core.BadInputException;
import java.time.LocalDate;

/**
 * One published release of a source's tables.
 *
 * @param source the publisher
 * @param id the edition's short id, unique within its source and ordered by publication
 *     ({@code "2024"} for NATO's June 2024 tables, {@code "2025-04"} for SIPRI's April 2025 release)
 * @param title the edition as the publisher names it
 * @param published the publication date
 * @param origin where the figures were read from (file name of the official workbook or dataset)
 */
public record Edition(Source source, String id, String title, LocalDate published, String origin) {

  public Edition {
    BadInputException.require(source != null, "edition source must be given");
    BadInputException.require(id != null && id.matches("[0-9A-Za-z][0-9A-Za-z.-]*"),
        "edition id must be letters, digits, '.' or '-', was '" + id + "'");
    BadInputException.require(title != null && !title.isBlank(), "edition title must be given");
    BadInputException.require(published != null, "edition publication date must be given");
    BadInputException.require(origin != null, "edition origin must be given");
  }

  /** Returns {@code "NATO 2024"}, the short citation printed beside figures. */
  public String citation() {
    return source.shortName() + " " + id;
  }
}
