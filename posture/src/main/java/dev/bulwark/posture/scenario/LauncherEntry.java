package dev.bulwark.posture.scenario;

import dev.bulwark.posture.PostureException;

/**
 * Anti-ship launchers added to a Taiwan Strait posture, as the scenario file states them; the
 * campaign model turns them into its own launchers (the field names are those of its launcher
 * record) after checking the munition against the theatre's crossing munitions and the basing
 * against its basings.
 *
 * @param id a short id, lower-case letters, digits and hyphens ({@code us-b52-lrasm})
 * @param name what the launchers are
 * @param nation ISO 3166 alpha-3 code of the nation firing
 * @param munition the id of one of the theatre's crossing munitions ({@code lrasm})
 * @param basing where they fight from, lower case: {@code japan}, {@code distant},
 *     {@code surface}, {@code submarine} or {@code taiwan}
 * @param inventory the rounds available for the whole campaign, above 0 and at most
 *     {@value #MAX_ROUNDS}
 * @param salvo the rounds fired on a firing day at full availability, above 0 and at most
 *     {@value #MAX_ROUNDS}
 * @param firstDay the first day they fire, 0 (the day the invasion sails) to
 *     {@value UnitEntry#MAX_DAYS}; 0 when omitted
 * @param reloadDays days from one salvo to the next, 1 to {@value UnitEntry#MAX_DAYS}; 1 when
 *     omitted
 * @param source where the figures come from, or the reasoning of the assumption
 */
public record LauncherEntry(String id, String name, String nation, String munition,
    String basing, Double inventory, Double salvo, Integer firstDay, Integer reloadDays,
    String source) {

  /** The most rounds one entry may name: far above any theatre's stock of one munition. */
  public static final int MAX_ROUNDS = 100_000;

  public LauncherEntry {
    PostureException.require(id != null && id.matches("[a-z0-9-]+"),
        "id of a launcher must be lower-case letters, digits and hyphens, was '" + id + "'");
    PostureException.require(name != null && !name.isBlank(), "name of launcher '" + id
        + "' must be given");
    PostureException.require(nation != null && nation.matches("[A-Z]{3}"),
        "nation of launcher '" + id + "' must be an ISO alpha-3 code such as USA, was '"
            + nation + "'");
    PostureException.require(munition != null && munition.matches("[a-z0-9-]+"),
        "munition of launcher '" + id + "' must be a munition id such as lrasm, was '"
            + munition + "'");
    PostureException.require(basing != null && basing.matches("[a-z]+"),
        "basing of launcher '" + id + "' must be japan, distant, surface, submarine or taiwan,"
            + " was '" + basing + "'");
    rounds(inventory, "inventory", id);
    rounds(salvo, "salvo", id);
    firstDay = firstDay == null ? 0 : firstDay;
    PostureException.require(firstDay >= 0 && firstDay <= UnitEntry.MAX_DAYS,
        "first_day of launcher '" + id + "' must be 0 to " + UnitEntry.MAX_DAYS
            + " days after the invasion sails, was " + firstDay);
    reloadDays = reloadDays == null ? 1 : reloadDays;
    PostureException.require(reloadDays >= 1 && reloadDays <= UnitEntry.MAX_DAYS,
        "reload_days of launcher '" + id + "' must be 1 to " + UnitEntry.MAX_DAYS
            + " days, was " + reloadDays);
    source = source == null ? "scenario file" : source;
  }

  private static void rounds(Double value, String field, String id) {
    PostureException.require(value != null && Double.isFinite(value) && value > 0
            && value <= MAX_ROUNDS, field + " of launcher '" + id + "' must be a number of"
        + " rounds above 0 and at most " + MAX_ROUNDS + ", was " + value);
  }
}
