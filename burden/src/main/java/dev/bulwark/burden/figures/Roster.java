package dev.bulwark.burden.figures;

import dev.bulwark.core.panel.SpendingDefinition;
import java.util.List;

/**
 * The members of an alliance in a year, split into the allies an analysis counts (they have every
 * figure it needs) and those it leaves out. Iceland, which has no armed forces, has GDP but no
 * defence expenditure in NATO's tables and is left out of tables and counts.
 *
 * @param allianceId the alliance ({@code NATO})
 * @param year the year, membership as {@link dev.bulwark.core.alliance.Alliance#membersIn(int)}
 * @param counted the allies with every needed figure, sorted by code
 * @param leftOut the members without them, sorted by code
 * @param source the source that answered
 * @param definition what the source's edition counts as defence spending (NATO's total, Hague
 *     core from NATO's 2026 tables, SIPRI's military expenditure)
 */
public record Roster(String allianceId, int year, List<String> counted, List<String> leftOut,
    SpendingSource source, SpendingDefinition definition) {

  /** The group of a roster of states asked for by name rather than an alliance's members. */
  public static final String STATES = "the states asked for";

  public Roster {
    counted = List.copyOf(counted);
    leftOut = List.copyOf(leftOut);
  }

  /**
   * Returns the sentence that says who is counted, for example "31 allies with armed forces and
   * NATO figures for 2024; left out: ISL (no armed forces, no defence expenditure)".
   */
  public String summary() {
    String head = counted.size() + (allianceId.equals(STATES) ? " states with " : " allies with ")
        + (leftOut.contains("ISL") ? "armed forces and " : "") + source + " figures for " + year;
    if (leftOut.isEmpty()) {
      return head;
    }
    return head + "; left out: " + String.join(", ", leftOut.stream().map(Roster::why).toList());
  }

  private static String why(String iso3) {
    return iso3.equals("ISL") ? "ISL (no armed forces, no defence expenditure)" : iso3;
  }
}
