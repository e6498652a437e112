package dev.bulwark.report.compose;

import dev.bulwark.answers.table.Column;
import dev.bulwark.answers.table.Table;
import dev.bulwark.core.panel.Panel;
import dev.bulwark.guarantees.engine.Assessment;
import dev.bulwark.guarantees.engine.Attack;
import dev.bulwark.guarantees.engine.ObligationEngine;
import dev.bulwark.guarantees.engine.Outcome;
import dev.bulwark.guarantees.geo.Gazetteer;
import dev.bulwark.guarantees.treaty.TargetKind;
import dev.bulwark.guarantees.weight.Tally;
import dev.bulwark.guarantees.weight.Umbrella;
import dev.bulwark.report.brief.Citation;
import dev.bulwark.report.brief.Note;
import dev.bulwark.report.brief.Paragraph;
import dev.bulwark.report.brief.Section;
import dev.bulwark.report.brief.TableBlock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The guarantees section: who is bound to defend Ukraine, the Baltic states, Poland, Japan and
 * Taiwan on the brief's guarantee date (by default 2025-02-12, the Ukraine Defense Contact Group
 * meeting), with the guarantors' military expenditure in total and without the United States
 * ({@code Umbrella}: an armed attack on each state's metropolitan territory by Russia or China;
 * NATO Table 2 for allies, else SIPRI, current US$), and the case of European peacekeepers
 * attacked in Ukraine ({@code ObligationEngine}: Ukraine is outside Article 6's area, and TEU 42(7)
 * speaks of aggression on a member's territory).
 */
final class GuaranteesSection {

  static final String ID = "guarantees";
  /** The date of the umbrella: 2025-02-12, the Ukraine Defense Contact Group meeting in Brussels. */
  static final LocalDate DATE = LocalDate.parse("2025-02-12");
  /** Where the obligations come from, for the brief's list of sources. */
  static final Citation CITATION = new Citation(
      "Treaty texts and official statements of the collective-defence instruments",
      "as encoded in Bulwark's treaty base, each fact marked verified, from memory or disputed;"
          + " the rules are listed in docs/guarantees.md",
      "treaty texts are public documents");

  /** The states whose umbrella the brief shows, in this order, each with the attacker assumed. */
  static final Map<String, String> STATES = orderedAttackers();

  private GuaranteesSection() {}

  private static Map<String, String> orderedAttackers() {
    Map<String, String> attackers = new LinkedHashMap<>();
    List.of("UKR", "EST", "LVA", "LTU", "POL").forEach(state -> attackers.put(state, "RUS"));
    List.of("JPN", "TWN").forEach(state -> attackers.put(state, "CHN"));
    return Collections.unmodifiableMap(attackers);
  }

  /** Returns the section for the date, with capacities from the panel. */
  static Section of(LocalDate date, Panel panel, Wording wording) {
    Table table = Table.of(Column.text("state", "the state attacked").withHeading("State"),
        Column.text("strongest_level", "the strongest level of obligation owed to it")
            .withHeading("Strongest level"),
        Column.count("guarantors", "states", "the states with any obligation towards it")
            .withHeading("Guarantors"),
        Column.count("bound_to_defend", "states", "the states bound at level 3 or stronger")
            .withHeading("Bound to defend"),
        Column.number("spending_usd_bn", "US$ bn", 1, "the guarantors' military spending")
            .withHeading("Spending"),
        Column.number("spending_without_us_usd_bn", "US$ bn", 1, "the guarantors' military"
            + " spending without the United States").withHeading("Without the US"),
        Column.number("us_share_pct", "%", 1, "the United States' share of that spending")
            .withHeading("US share"));
    List<Umbrella.Cover> covers = new ArrayList<>();
    STATES.forEach((state, attacker) -> covers.addAll(Umbrella.withDefaults()
        .withCountries(List.of(state)).withAttacker(attacker).cover(date, panel)));
    for (Umbrella.Cover cover : covers) {
      if (cover.instrument().equals(Umbrella.ALL)) {
        table.row(row(cover, defenders(covers, cover.iso3()), wording));
      }
    }
    table.notes("Levels: 5 automatic assistance, 4a aid by all means, 4b as each deems"
        + " necessary, 3 act under constitutional processes, 2 consultation and support, 1"
        + " consultation, 0 assurances. Bound to defend: level 3 or stronger.");
    Assessment peacekeepers = ObligationEngine.withDefaults().assess(Attack.of("RUS", "FRA",
        TargetKind.FORCES, Gazetteer.bundled().byId("ukraine"), date));
    return Section.of(ID, "Who is covered, " + date,
        Paragraph.of("A guarantee is only as good as the capacity behind it. For each state below"
            + " Bulwark's obligation engine lists the states bound to respond to an armed attack"
            + " on its territory and sums their military spending, with and without the United"
            + " States."),
        TableBlock.of(table, "Who is bound to defend whom on " + date + ": an armed attack on"
            + " each state's own territory by Russia (Ukraine, the Baltic states, Poland) or"
            + " China (Japan, Taiwan), the attacker never counted as a guarantor; spending of"
            + " every guarantor, latest year at or before " + date.getYear() + " (NATO Table 2"
            + " for allies, else SIPRI, current US$)"),
        Paragraph.of("European peacekeepers attacked by Russia in Ukraine: " + reason(peacekeepers,
            "nato") + " " + reason(peacekeepers, "eu-42-7") + " " + reason(peacekeepers,
            "ukraine-2024") + " Contributors act in national self-defence; NATO Article 4"
            + " consultations remain possible. If Russia strikes a contributor's own territory,"
            + " Article 5 applies as usual."),
        Note.of("Eligibility is not invocation: whether an armed attack occurred is decided"
            + " politically by the parties."));
  }

  /** Returns how many distinct states are bound to defend the state at level 3 or stronger. */
  private static long defenders(List<Umbrella.Cover> covers, String iso3) {
    return covers.stream().filter(c -> c.iso3().equals(iso3)
            && !c.instrument().equals(Umbrella.ALL) && c.strength().isDefenceCommitment())
        .flatMap(c -> c.tally().states().stream()).distinct().count();
  }

  private static Object[] row(Umbrella.Cover cover, long defenders, Wording wording) {
    Tally t = cover.tally();
    return new Object[] {wording.name(cover.iso3()), cover.strength().level(),
        t.states().size(), defenders, t.milexUsdMillion() / 1000.0,
        t.milexNonUsUsdMillion() / 1000.0, t.usSharePct()};
  }

  private static String reason(Assessment assessment, String instrument) {
    return assessment.of(instrument).stream().filter(Outcome.NotBound.class::isInstance)
        .map(o -> ((Outcome.NotBound) o).reason()).findFirst()
        .orElse(instrument + " would apply.");
  }
}
