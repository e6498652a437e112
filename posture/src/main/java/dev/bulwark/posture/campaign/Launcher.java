package dev.bulwark.posture.campaign;

import dev.bulwark.posture.PostureException;

/**
 * Allied launchers of one anti-ship munition in a Taiwan Strait posture, with their stock: from
 * {@code firstDay} on, every {@code reloadDays} days, they fire a salvo of {@code salvo} rounds
 * scaled by their basing's availability, until the {@code inventory} is spent.
 *
 * @param id a short id, unique within the posture
 * @param name what the launchers are
 * @param nation ISO 3166 alpha-3 code of the nation firing
 * @param munition the id of a munition of the theatre's crossing
 * @param basing where they fight from
 * @param inventory the rounds available in the theatre for the whole campaign
 * @param salvo the rounds fired on a firing day at full availability
 * @param firstDay the first day they fire (0 = the day the invasion sails)
 * @param reloadDays days from one salvo to the next (1 = every day)
 * @param basis whether the figures are published or assumed
 * @param source where they come from, or the reasoning of the assumption
 */
public record Launcher(String id, String name, String nation, String munition, Basing basing,
    double inventory, double salvo, int firstDay, int reloadDays, Basis basis, String source) {

  public Launcher {
    Checks.id(id, "launcher id");
    Checks.text(name, "name of launcher '" + id + "'");
    PostureException.require(nation != null && nation.matches("[A-Z]{3}"),
        "nation of launcher '" + id + "' must be an ISO alpha-3 code, was '" + nation + "'");
    Checks.id(munition, "munition of launcher '" + id + "'");
    PostureException.require(basing != null, "basing of launcher '" + id
        + "' must be one of japan, distant, surface, submarine, taiwan, was missing");
    PostureException.require(Double.isFinite(inventory) && inventory >= 0,
        "inventory of launcher '" + id + "' must be 0 or more rounds, was " + inventory);
    PostureException.require(Double.isFinite(salvo) && salvo >= 0,
        "salvo of launcher '" + id + "' must be 0 or more rounds, was " + salvo);
    Checks.within(firstDay, 0, 365, "first day of launcher '" + id + "'");
    Checks.within(reloadDays, 1, 365, "reload days of launcher '" + id + "'");
    PostureException.require(basis != null, "basis of launcher '" + id
        + "' must be published or assumption, was missing");
    source = Checks.source(source);
  }

  /**
   * Returns these launchers firing first {@code days} later (earlier when negative).
   *
   * @throws PostureException of kind BAD_INPUT when the first day would leave 0 (the day the
   *     invasion sails) to 365
   */
  public Launcher delayedBy(int days) {
    long day = (long) firstDay + days;
    PostureException.require(day >= 0 && day <= 365, "delaying launcher '" + id + "' by " + days
        + " days moves its first day from " + firstDay + " to " + day
        + ": it must stay from 0 (the day the invasion sails) to 365");
    return new Launcher(id, name, nation, munition, basing, inventory, salvo, (int) day,
        reloadDays, basis, source);
  }
}
