package dev.bulwark.posture.theatre;

import dev.bulwark.posture.PostureException;
import dev.bulwark.posture.forces.Quarter;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Sets the figures heard in February 2025 next to what DMDC's counts support in the latest
 * report before them.
 *
 * <ul>
 *   <li>"About 100,000 US troops in Europe" (US Secretary of Defense, Ukraine Defense Contact
 *       Group, 12 February 2025) against EUCOM's host-country active duty.
 *   <li>"A third of them in Germany" against Germany's active duty and its share of EUCOM's.
 *   <li>"375,000 personnel assigned to the Indo-Pacific" (INDOPACOM's own figure) against
 *       INDOPACOM's host-country active duty plus Guam and the other Pacific territories plus
 *       Hawaii and Alaska.
 * </ul>
 *
 * <p>The claims are claims; the supported figures are counts of personnel permanently assigned
 * to a place on the report date. Rotational units and forces based in the continental United
 * States are not in them, and they are what most of each difference is.
 */
public final class Reconciliation {

  /** The date of the claims: the Ukraine Defense Contact Group meeting of 12 February 2025. */
  public static final LocalDate CLAIM_DATE = LocalDate.of(2025, 2, 12);
  private static final String SECDEF = "US Secretary of Defense, Ukraine Defense Contact Group, "
      + "12 February 2025";

  private final TheatrePosture posture;
  private final LocalDate date;

  private Reconciliation(TheatrePosture posture, LocalDate date) {
    this.posture = Objects.requireNonNull(posture, "posture");
    this.date = Objects.requireNonNull(date, "date");
  }

  /** The bundled series, the claims' date. */
  public static Reconciliation withDefaults() {
    return new Reconciliation(TheatrePosture.withDefaults(), CLAIM_DATE);
  }

  /** The same reconciliation over another posture (a scenario's). */
  public Reconciliation withPosture(TheatrePosture other) {
    return new Reconciliation(other, date);
  }

  /** The quarter used: the newest reported one that ended before the claims' date. */
  public Quarter quarter() {
    return posture.forces().latestBefore(date).orElseThrow(() -> PostureException.badInput(
        "no reported quarter ends before " + date));
  }

  /** Each claim beside the supported figure and the reason they differ. */
  public List<ReconciledClaim> claims() {
    Quarter q = quarter();
    TheatreTotal europe = posture.total(q, Command.EUCOM);
    TheatreTotal pacific = posture.total(q, Command.INDOPACOM);
    long germany = posture.forces().activeDuty("DEU", q).orElse(0);
    String report = "DMDC report of " + q;
    return List.of(
        new ReconciledClaim("europe_total", "about 100,000 US troops in Europe", SECDEF,
            100_000, europe.abroad(), "personnel",
            "active duty in EUCOM's " + europe.hosts() + " host countries, " + report, q,
            "the claim counts rotational brigades, aviation and naval forces sent after February"
                + " 2022 and units on exercise; DMDC's host counts are permanently assigned"
                + " personnel only"),
        new ReconciledClaim("germany_count", "a third of them in Germany", SECDEF,
            100_000 / 3.0, germany, "personnel", "active duty in Germany, " + report, q,
            "Germany hosts most of the permanently stationed force, so its count is close to a"
                + " third of the claimed 100,000"),
        new ReconciledClaim("germany_share", "a third of them in Germany (share)", SECDEF,
            100.0 / 3.0, 100.0 * germany / europe.abroad(), "pct",
            "Germany's share of EUCOM host-country active duty, " + report, q,
            "of the permanently stationed force Germany holds a larger share than a third; the"
                + " rotational forces added since 2022 are mostly in Poland, Estonia, Latvia and"
                + " Lithuania"),
        new ReconciledClaim("indopacific_assigned", "375,000 US personnel assigned to the"
                + " Indo-Pacific", "US Indo-Pacific Command (its published figure), as cited"
                + " in February 2025", 375_000, pacific.inTheatre(), "personnel",
            "active duty in INDOPACOM's host countries (" + pacific.abroad() + "), Pacific"
                + " territories (" + pacific.usTerritories() + ") and Hawaii and Alaska ("
                + pacific.usStates() + "), " + report, q,
            "forces assigned to INDOPACOM include the Pacific Fleet and Army and Marine units"
                + " based in the continental United States (California, Washington) and"
                + " civilians; DMDC counts people by where they are stationed, not by command"));
  }
}
