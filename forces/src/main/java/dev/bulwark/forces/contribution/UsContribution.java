package dev.bulwark.forces.contribution;

import dev.bulwark.forces.Bundled;
import dev.bulwark.forces.ForcesException;
import dev.bulwark.forces.catalogue.Catalogue;
import dev.bulwark.forces.catalogue.Confidence;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The US contribution in Europe as a force list ({@code us-contribution.csv}): personnel counts
 * with their sources, and formations each mapped to the catalogue unit that would replace it.
 * Every unit it names is checked against the catalogue when it is read.
 */
public final class UsContribution {

  private final List<ContributionElement> elements;

  private UsContribution(List<ContributionElement> elements) {
    this.elements = List.copyOf(elements);
  }

  /** Returns the bundled force list, its units checked against the bundled catalogue. */
  public static UsContribution bundled() {
    return read("us-contribution.csv", Bundled.text(UsContribution.class,
        "us-contribution.csv"), Catalogue.bundled());
  }

  /**
   * Reads a force list.
   *
   * @throws ForcesException naming the row of a bad value or an unknown unit type
   */
  public static UsContribution read(String source, String text, Catalogue catalogue) {
    List<ContributionElement> elements = new ArrayList<>();
    try {
      for (CSVRecord row : CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader()
          .setSkipHeaderRecord(true).get().parse(new StringReader(text))) {
        try {
          Optional<String> unit = Optional.of(row.get("replaced_by")).filter(s -> !s.isEmpty());
          unit.ifPresent(catalogue::unit);
          elements.add(new ContributionElement(row.get("id"), row.get("kind"),
              row.get("element"), row.get("personnel").isEmpty() ? OptionalInt.empty()
                  : OptionalInt.of(Integer.parseInt(row.get("personnel"))), unit,
              row.get("replaced_quantity").isEmpty() ? 0
                  : Double.parseDouble(row.get("replaced_quantity")), row.get("source"),
              Confidence.of(row.get("confidence"))));
        } catch (ForcesException | IllegalArgumentException e) {
          throw ForcesException.badInput(source + " row " + row.getRecordNumber() + ": "
              + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw ForcesException.failure(source + " cannot be read: " + e, e);
    }
    return new UsContribution(elements);
  }

  /** Returns every row, in the file's order. */
  public List<ContributionElement> elements() {
    return elements;
  }

  /**
   * Returns a row by its id.
   *
   * @throws ForcesException naming the known ids
   */
  public ContributionElement element(String id) {
    return elements.stream().filter(e -> e.id().equals(id)).findFirst()
        .orElseThrow(() -> ForcesException.badInput("unknown element '" + id + "': expected one of "
            + elements.stream().map(ContributionElement::id).toList()));
  }
}
