package dev.bulwark.answers.export;

import dev.bulwark.posture.forces.PersonnelCount;
import dev.bulwark.posture.theatre.Assignment;
import dev.bulwark.posture.theatre.TheatrePosture;
import java.util.List;

/**
 * The posture's part of the package: US military personnel by host and quarter (DMDC), and the
 * command plan that assigns each host to a combatant command from one day to another.
 */
final class PostureResources {

  private PostureResources() {
  }

  /** Returns the posture resources. */
  static List<Resource> of(TheatrePosture posture) {
    return List.of(personnel(posture), commands(posture));
  }

  private static Resource personnel(TheatrePosture posture) {
    Resource out = new Resource("us_personnel", "US military personnel by host and quarter;"
        + " quarters DMDC never reported (2022Q4, 2023Q1, 2023Q2) are missing, not zero",
        List.of("DMDC, Military and Civilian Personnel by Service/Agency by State/Country, as"
            + " compiled by troopdata (Allen, Flynn and Martinez Machain)"),
        List.of(Licence.US_GOVERNMENT),
        List.of(Field.text("place", "the host: ISO 3166-1 alpha-3, or US-HI and US-AK for"
                + " Hawaii and Alaska"),
            Field.integer("year", "", "the report's year"),
            Field.integer("quarter", "", "the report's quarter, 1 to 4"),
            Field.integer("active_duty_persons", "persons", "active-duty personnel; empty when"
                + " not reported"),
            Field.integer("guard_reserve_persons", "persons", "National Guard and Reserve"
                + " personnel, reported from 2008"),
            Field.integer("civilians_persons", "persons", "DoD civilian employees, reported"
                + " from 2008"),
            Field.text("source", "the report or compilation"),
            Field.text("flag", "how the count is known")));
    for (PersonnelCount c : posture.forces().counts()) {
      out.row(c.place(), c.quarter().year(), c.quarter().quarter(), c.activeDuty(),
          c.guardReserve(), c.civilians(), c.source(), c.flag().code());
    }
    return out;
  }

  private static Resource commands(TheatrePosture posture) {
    Resource out = new Resource("command_plan", "Which combatant command each host belongs to,"
        + " from when to when, today's commands and former ones",
        List.of("Bulwark's reading of the Unified Command Plan: the Joint History Office's"
            + " History of the Unified Command Plan 1946-2012 and DoD releases, as each row"
            + " cites"), List.of(Licence.BULWARK),
        List.of(Field.text("place", "the host, as us_personnel.csv names it"),
            Field.text("command", "the command (EUCOM, INDOPACOM, ...)"),
            Field.date("from", "the first day of the assignment"),
            Field.date("until", "the day the next assignment begins; empty while it lasts"),
            Field.text("setting", "abroad, us_territory, us_state or united_states"),
            Field.text("confidence", "V verified, M from memory"),
            Field.text("source", "where the assignment and its date come from"),
            Field.text("note", "the fact behind it")));
    for (Assignment a : posture.plan().assignments()) {
      out.row(a.place(), a.command().name(), a.from(), a.until(), a.setting().code(),
          a.confidence().mark(), a.source(), a.note());
    }
    return out;
  }
}
