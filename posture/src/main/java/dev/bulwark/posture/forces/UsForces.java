package dev.bulwark.posture.forces;

import dev.bulwark.posture.BundledResource;
import dev.bulwark.posture.PostureException;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Bulwark's series of US military personnel by host country or territory and quarter, 1950 to
 * the latest DMDC report, with Hawaii and Alaska from 2008.
 *
 * <p>The bundled resource {@code us-personnel.csv} beside this class has the columns {@code
 * place,year,quarter,active_duty,guard_reserve,civilians,source,flag}; it is derived from
 * DMDC's "Military and Civilian Personnel by Service/Agency by State/Country" reports as
 * compiled by the troopdata project (Allen, Flynn and Martinez Machain) with {@code
 * tools/derive-us-personnel}. Annual September reports to 2012, quarterly from December 2013.
 * The quarters DMDC did not report (2022Q4, 2023Q1, 2023Q2) carry {@link ReportFlag#NOT_REPORTED}
 * and no counts: they are missing, not zero.
 */
public final class UsForces {

  private static final String RESOURCE = "us-personnel.csv";

  private final TreeMap<Quarter, Map<String, PersonnelCount>> byQuarter;

  private UsForces(Collection<PersonnelCount> counts) {
    TreeMap<Quarter, Map<String, PersonnelCount>> quarters = new TreeMap<>();
    for (PersonnelCount count : counts) {
      PersonnelCount previous = quarters.computeIfAbsent(count.quarter(), q -> new TreeMap<>())
          .putIfAbsent(count.place(), count);
      PostureException.require(previous == null,
          "two counts for " + count.place() + " in " + count.quarter());
    }
    quarters.replaceAll((q, places) -> Map.copyOf(places));
    this.byQuarter = quarters;
  }

  /** Returns the bundled series, read once per class loader. */
  public static UsForces bundled() {
    return Holder.BUNDLED;
  }

  /** Builds a series from counts; fails when a place has two counts in one quarter. */
  public static UsForces of(Collection<PersonnelCount> counts) {
    return new UsForces(counts);
  }

  /** Every quarter in the series, oldest first, including the unreported ones. */
  public List<Quarter> quarters() {
    return List.copyOf(byQuarter.keySet());
  }

  /** Whether DMDC published a report for the quarter. */
  public boolean reported(Quarter quarter) {
    return byQuarter.containsKey(quarter) && byQuarter.get(quarter).values().stream()
        .anyMatch(c -> c.flag().hasCounts());
  }

  /** The newest quarter with a report. */
  public Quarter latest() {
    return byQuarter.descendingKeySet().stream().filter(this::reported).findFirst()
        .orElseThrow(() -> PostureException.badInput("the series has no reported quarter"));
  }

  /** The newest reported quarter whose report date (end of quarter) is before the date. */
  public Optional<Quarter> latestBefore(LocalDate date) {
    return byQuarter.descendingKeySet().stream().filter(this::reported)
        .filter(q -> q.endDate().isBefore(date))
        .findFirst();
  }

  /**
   * Every count in the quarter, by place code.
   *
   * @throws PostureException naming the covered range when the quarter is not in the series
   */
  public Map<String, PersonnelCount> at(Quarter quarter) {
    Map<String, PersonnelCount> counts = byQuarter.get(quarter);
    if (counts == null) {
      throw PostureException.badInput("quarter " + quarter + " is not in the series: expected "
          + byQuarter.firstKey() + " to " + byQuarter.lastKey() + " (annual September reports"
          + " before 2013, quarterly after)");
    }
    return counts;
  }

  /** Active duty at a place in a quarter; empty when unreported or when the place is absent. */
  public OptionalInt activeDuty(String place, Quarter quarter) {
    PersonnelCount count = at(quarter).get(place);
    return count == null ? OptionalInt.empty() : count.activeDuty();
  }

  /** Every place code that ever appears, sorted. */
  public List<String> places() {
    return byQuarter.values().stream().flatMap(m -> m.keySet().stream()).distinct().sorted()
        .toList();
  }

  /** Every count, oldest quarter first and by place within a quarter. */
  public List<PersonnelCount> counts() {
    return byQuarter.values().stream()
        .flatMap(m -> m.values().stream().sorted(Comparator.comparing(PersonnelCount::place)))
        .collect(Collectors.toUnmodifiableList());
  }

  /** Reads a series in the resource's format. */
  public static UsForces read(Reader reader) throws IOException {
    List<PersonnelCount> counts = new ArrayList<>();
    for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
        .setCommentMarker('#').get().parse(reader)) {
      counts.add(new PersonnelCount(row.get("place"),
          new Quarter(Integer.parseInt(row.get("year")), Integer.parseInt(row.get("quarter"))),
          optional(row.get("active_duty")), optional(row.get("guard_reserve")),
          optional(row.get("civilians")), row.get("source"), ReportFlag.ofCode(row.get("flag"))));
    }
    return new UsForces(counts);
  }

  private static OptionalInt optional(String cell) {
    return cell.isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(cell));
  }

  private static final class Holder {
    static final UsForces BUNDLED = BundledResource.read(UsForces.class, RESOURCE, UsForces::read);
  }
}
