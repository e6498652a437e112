package dev.bulwark.report.compose;

import dev.bulwark.answers.table.Column;
import dev.bulwark.answers.table.Table;
import dev.bulwark.posture.forces.Quarter;
import dev.bulwark.posture.scenario.ForceMove;
import dev.bulwark.posture.scenario.ForceScenario;
import dev.bulwark.posture.scenario.Scenario;
import dev.bulwark.posture.theatre.Command;
import dev.bulwark.posture.theatre.ReconciledClaim;
import dev.bulwark.posture.theatre.Reconciliation;
import dev.bulwark.posture.theatre.TheatrePosture;
import dev.bulwark.posture.theatre.TheatreTotal;
import dev.bulwark.report.brief.Citation;
import dev.bulwark.report.brief.LineChart;
import dev.bulwark.report.brief.Paragraph;
import dev.bulwark.report.brief.Section;
import dev.bulwark.report.brief.Series;
import dev.bulwark.report.brief.TableBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * Where US forces stand: active-duty personnel by combatant command from each year's September
 * DMDC report, {@code abroad(c, y) = Σ active duty of c's foreign hosts}, with US territories,
 * Hawaii and Alaska apart ({@code TheatrePosture}); the February 2025 claims beside what the
 * counts support ({@code Reconciliation}); and what moving two brigades from Europe to the
 * Indo-Pacific does to those figures ({@code ForceScenario}).
 */
final class PostureSection {

  static final String ID = "posture";
  static final String CHART_ID = "us-forces-by-command";
  /** The trend's first year: the first full year of quarterly reports, the year of Wales. */
  static final int FIRST_YEAR = 2014;
  /** Where the personnel counts come from, for the brief's list of sources. */
  static final Citation CITATION = new Citation(
      "US Department of Defense, DMDC, Military and Civilian Personnel by Service/Agency by"
          + " State/Country",
      "quarterly reports to December 2025 (September reports before 2013; 1950-2005 from Kane"
          + " 2006), as compiled in the troopdata R package (Allen, Flynn and Martinez Machain),"
          + " rebuild of 2026-03-06",
      "US government work in the public domain; troopdata is GPL-3.0");
  private static final String SOURCE = "Source: DMDC, Military and Civilian Personnel by Service/Agency"
      + " by State/Country, September reports, via troopdata; Bulwark's command plan.";

  private PostureSection() {}

  /** Returns the section. */
  static Section of(TheatrePosture posture) {
    Reconciliation reconciliation = Reconciliation.withDefaults().withPosture(posture);
    return Section.of(ID, "Where US forces stand, " + FIRST_YEAR + "–"
            + posture.forces().latest().year(),
        Paragraph.of("DMDC counts US personnel by the place they are permanently assigned to."
            + " Foreign hosts are \"abroad\"; Guam and the other US territories, Hawaii and Alaska"
            + " belong to INDOPACOM without being abroad, so they are shown apart. Rotational"
            + " units and forces based in the continental United States are in no host's"
            + " count."),
        chart(posture), reconciliationTable(reconciliation), scenario(posture));
  }

  private static LineChart chart(TheatrePosture posture) {
    int last = posture.forces().latest().year();
    List<List<TheatreTotal>> years = new ArrayList<>();
    for (int year = FIRST_YEAR; year <= last; year++) {
      years.add(posture.totals(new Quarter(year, 3)));
    }
    return LineChart.builder(CHART_ID, "US active-duty personnel in each command's foreign"
            + " hosts, and in Guam, Hawaii and Alaska, September of each year")
        .years(FIRST_YEAR, last)
        .valueAxis("Active-duty personnel", "thousands")
        .series(series("EUCOM", years, Command.EUCOM, TheatreTotal::abroad))
        .series(series("INDOPACOM", years, Command.INDOPACOM, TheatreTotal::abroad))
        .series(series("Guam, Hawaii, Alaska", years, Command.INDOPACOM,
            t -> t.usTerritories() + t.usStates()))
        .series(series("CENTCOM", years, Command.CENTCOM, TheatreTotal::abroad))
        .caption(SOURCE + " EUCOM, INDOPACOM, CENTCOM: foreign hosts only; Guam, Hawaii and"
            + " Alaska are INDOPACOM's but not abroad. Hosts go to the command of the plan in force on 30 September"
            + " (Israel to CENTCOM from 2021). CENTCOM's figures leave out forces deployed on"
            + " operations, which DMDC does not count by host.")
        .build();
  }

  private static Series series(String name, List<List<TheatreTotal>> years, Command command,
      ToLongFunction<TheatreTotal> value) {
    return new Series(name, years.stream().map(totals -> totals.stream()
        .filter(t -> t.command() == command).findFirst().orElseThrow())
        .map(t -> Wording.rounded(value.applyAsLong(t) / 1000.0, 1)).toList());
  }

  private static TableBlock reconciliationTable(Reconciliation reconciliation) {
    Table table = Table.of(Column.text("claim", "the claim as stated in public")
            .withHeading("Claim (February 2025)"),
        claimColumn("claimed", "the figure claimed").withHeading("Claimed"),
        claimColumn("dmdc_count", "the figure DMDC's count supports").withHeading("DMDC count"),
        Column.text("why_they_differ", "why the claim and the count differ")
            .withHeading("Why they differ"))
        .notes("Claims are as stated in public, not data.", SOURCE);
    for (ReconciledClaim claim : reconciliation.claims()) {
      boolean share = claim.unit().equals("pct");
      table.row(claim.claim(), figure(claim.claimed(), share), figure(claim.supported(), share),
          claim.reason());
    }
    return TableBlock.of(table, "Claims beside the counts of the DMDC report of "
        + reconciliation.quarter());
  }

  /** Returns a column of personnel or shares, written out by {@link #figure} as text. */
  private static Column claimColumn(String name, String description) {
    return Column.count(name, "personnel or %", description + ", personnel or a share in %");
  }

  private static Paragraph scenario(TheatrePosture posture) {
    Scenario pivot = new Scenario("Europe to the Indo-Pacific", null, null,
        List.of(new ForceMove("EUCOM", "INDOPACOM", null, 2.0)), null, null, null);
    ForceScenario.Result result = ForceScenario.withDefaults().withBaseline(posture).apply(pivot);
    Quarter q = result.quarter();
    return Paragraph.of(String.format(Locale.ROOT, "What if two brigades (%,d personnel) moved"
            + " from Europe to the Indo-Pacific? On the %s posture, EUCOM's host countries would"
            + " hold %,d active duty instead of %,d, and INDOPACOM's places %,d instead of %,d"
            + " (the personnel taken from each European host and given to each Pacific place in"
            + " proportion to its count: docs/scenarios.md).",
        2 * ForceMove.BRIGADE_PERSONNEL, q, result.posture().total(q, Command.EUCOM).abroad(),
        posture.total(q, Command.EUCOM).abroad(),
        result.posture().total(q, Command.INDOPACOM).inTheatre(),
        posture.total(q, Command.INDOPACOM).inTheatre()));
  }

  private static String figure(double value, boolean share) {
    return share ? Wording.fixed(value, 1) + "%" : String.format(Locale.ROOT, "%,.0f", value);
  }
}
