package dev.bulwark.posture.forces;

import dev.bulwark.posture.BundledResource;
import dev.bulwark.posture.PostureException;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The names hosts had when DMDC counted them: West Germany, the USSR and Yugoslavia before they
 * ceased to exist, with the present-day state that succeeded each. The bundled {@code
 * historical-names.csv} beside this class is curated by hand; its header explains the columns.
 */
public final class HistoricalNames {

  private static final String RESOURCE = "historical-names.csv";

  private final List<Name> names;

  private HistoricalNames(List<Name> names) {
    this.names = List.copyOf(names);
  }

  /** Returns the bundled names, read once per class loader. */
  public static HistoricalNames bundled() {
    return Holder.BUNDLED;
  }

  /** The name the place had on the date, if it differs from today's state. */
  public Optional<Name> on(String place, LocalDate date) {
    return names.stream().filter(n -> n.place().equals(place) && n.holdsOn(date)).findFirst();
  }

  /** Reads names in the resource's format. */
  public static HistoricalNames read(Reader reader) throws IOException {
    List<Name> names = new ArrayList<>();
    for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
        .setCommentMarker('#').get().parse(reader)) {
      names.add(new Name(row.get("place"), row.get("name"), LocalDate.parse(row.get("from")),
          LocalDate.parse(row.get("to")), row.get("successor"), row.get("confidence")));
    }
    return new HistoricalNames(names);
  }

  /**
   * A host's name in a period.
   *
   * @param place the code of the personnel series
   * @param name the state's name then ("West Germany")
   * @param from the first day of the name
   * @param until the day the state ceased to exist or was renamed
   * @param successor the ISO3 code of the present-day state that succeeded it
   * @param confidence V verified or M from memory
   */
  public record Name(String place, String name, LocalDate from, LocalDate until,
      String successor, String confidence) {

    public Name {
      Objects.requireNonNull(place, "place");
      Objects.requireNonNull(name, "name");
      PostureException.require(from != null && until != null && until.isAfter(from),
          "the name " + name + " of " + place + " must end after it begins");
      PostureException.require(successor != null && successor.matches("[A-Z]{3}"),
          "the successor of " + name + " must be an ISO3 code, was " + successor);
    }

    /** Whether the place bore the name on the date. */
    public boolean holdsOn(LocalDate date) {
      return !date.isBefore(from) && date.isBefore(until);
    }
  }

  private static final class Holder {
    static final HistoricalNames BUNDLED =
        BundledResource.read(HistoricalNames.class, RESOURCE, HistoricalNames::read);
  }
}
