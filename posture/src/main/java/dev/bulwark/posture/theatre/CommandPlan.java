package dev.bulwark.posture.theatre;

import dev.bulwark.posture.BundledResource;
import dev.bulwark.posture.PostureException;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The Unified Command Plan as data: which combatant command each place belongs to on a date,
 * from 1947, with the commands of each period (Far East Command until 1957, Caribbean Command
 * until 1963, Atlantic Command's area until 2002) and the plan's dated changes (the Caribbean to
 * SOUTHCOM on 1 June 1997, Iceland and Greenland to EUCOM and NORTHCOM established on 1 October
 * 2002, Africa to AFRICOM on 1 October 2008, Israel from EUCOM to CENTCOM on 1 September 2021),
 * each with its source and a confidence (V verified, M from memory).
 *
 * <p>The bundled {@code command-plan.csv} beside this class is curated by hand from the Joint
 * History Office's History of the Unified Command Plan 1946-2012 and DoD releases; its header
 * explains the columns. A place in no command's area on a date is {@link Command#UNASSIGNED}.
 */
public final class CommandPlan {

  private static final String RESOURCE = "command-plan.csv";

  private final List<Assignment> assignments;

  private CommandPlan(Collection<Assignment> assignments) {
    List<Assignment> sorted = new ArrayList<>(assignments);
    sorted.sort(Comparator.comparing(Assignment::place).thenComparing(Assignment::from));
    for (int i = 1; i < sorted.size(); i++) {
      Assignment before = sorted.get(i - 1);
      Assignment after = sorted.get(i);
      PostureException.require(!before.place().equals(after.place())
              || (before.until() != null && !before.until().isAfter(after.from())),
          "assignments of " + after.place() + " overlap: " + before.command() + " from "
              + before.from() + " and " + after.command() + " from " + after.from());
    }
    this.assignments = List.copyOf(sorted);
  }

  /** Returns the bundled plan, read once per class loader. */
  public static CommandPlan bundled() {
    return Holder.BUNDLED;
  }

  /** Builds a plan from assignments; fails when two assignments of a place overlap. */
  public static CommandPlan of(Collection<Assignment> assignments) {
    return new CommandPlan(assignments);
  }

  /** The assignment of a place on a date, if any. */
  public Optional<Assignment> assignment(String place, LocalDate date) {
    return assignments.stream().filter(a -> a.place().equals(place) && a.holdsOn(date))
        .findFirst();
  }

  /** The command of a place on a date; {@link Command#UNASSIGNED} when the plan has none. */
  public Command command(String place, LocalDate date) {
    return assignment(place, date).map(Assignment::command).orElse(Command.UNASSIGNED);
  }

  /** The setting of a place (abroad, US territory, US state); abroad when the plan has none. */
  public Setting setting(String place) {
    return assignments.stream().filter(a -> a.place().equals(place)).map(Assignment::setting)
        .findFirst().orElse(Setting.ABROAD);
  }

  /** Every dated change: assignments that begin when an earlier one of the same place ends. */
  public List<Assignment> changes() {
    List<Assignment> changes = new ArrayList<>();
    for (int i = 1; i < assignments.size(); i++) {
      Assignment before = assignments.get(i - 1);
      if (before.place().equals(assignments.get(i).place())
          && before.command() != assignments.get(i).command()) {
        changes.add(assignments.get(i));
      }
    }
    changes.sort(Comparator.comparing(Assignment::from).thenComparing(Assignment::place));
    return List.copyOf(changes);
  }

  /** Every assignment, by place and date. */
  public List<Assignment> assignments() {
    return assignments;
  }

  /** Reads a plan in the resource's format (one row per group of places). */
  public static CommandPlan read(Reader reader) throws IOException {
    List<Assignment> rows = new ArrayList<>();
    for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
        .setCommentMarker('#').get().parse(reader)) {
      for (String place : row.get("places").trim().split("\\s+")) {
        rows.add(new Assignment(place, Command.of(row.get("command")),
            LocalDate.parse(row.get("from")),
            row.get("to").isEmpty() ? null : LocalDate.parse(row.get("to")),
            Setting.ofCode(row.get("setting")),
            Confidence.ofMark(row.get("confidence")), row.get("source"), row.get("note")));
      }
    }
    return new CommandPlan(rows);
  }

  private static final class Holder {
    static final CommandPlan BUNDLED = BundledResource.read(CommandPlan.class, RESOURCE, CommandPlan::read);
  }
}
