package dev.bulwark.cli;

import dev.bulwark.cli.output.Tabular;
import dev.bulwark.core.country.Countries;
import dev.bulwark.core.panel.Panel;
import dev.bulwark.guarantees.engine.ObligationEngine;
import dev.bulwark.guarantees.treaty.Treaties;
import dev.bulwark.guarantees.weight.Umbrella;
import dev.bulwark.posture.scenario.InstrumentWithdrawal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Applies a scenario's withdrawals from instruments to the treaty base and lists, for every
 * protected state whose umbrella changes, the number of guarantors and their military
 * expenditure before and after: {@code Umbrella} rows "all", assessed on the day the last
 * withdrawal takes effect.
 */
final class Withdrawals {

  private Withdrawals() {
  }

  /** Adds one row per changed figure; returns the day the umbrellas were compared on. */
  static LocalDate apply(List<InstrumentWithdrawal> withdrawals, Panel panel, Tabular out) {
    LocalDate day = withdrawals.stream().map(w -> w.effectiveDate().orElse(LocalDate.now()))
        .max(Comparator.naturalOrder()).orElseThrow();
    Treaties treaties = Treaties.bundled();
    for (InstrumentWithdrawal w : withdrawals) {
      treaties = treaties.withWithdrawal(w.instrument(),
          Countries.bundled().resolve(w.state()).iso3(), w.effectiveDate().orElse(day));
    }
    Map<String, Umbrella.Cover> before = all(Umbrella.withDefaults(), day, panel);
    Map<String, Umbrella.Cover> after = all(Umbrella.withDefaults()
        .withEngine(ObligationEngine.withDefaults().withTreaties(treaties)), day, panel);
    before.forEach((iso3, was) -> {
      Umbrella.Cover now = after.get(iso3);
      double guarantorsNow = now == null ? 0 : now.tally().states().size();
      double milexNow = now == null ? 0 : now.tally().milexUsdMillion();
      row(out, iso3, "guarantors_n_" + day, was.tally().states().size(), guarantorsNow);
      row(out, iso3, "guarantor_milex_usd_current_m_" + day, was.tally().milexUsdMillion(),
          milexNow);
    });
    return day;
  }

  private static Map<String, Umbrella.Cover> all(Umbrella umbrella, LocalDate day, Panel panel) {
    Map<String, Umbrella.Cover> byState = new TreeMap<>();
    umbrella.cover(day, panel).stream().filter(c -> c.instrument().equals(Umbrella.ALL))
        .forEach(c -> byState.put(c.iso3(), c));
    return byState;
  }

  private static void row(Tabular out, String iso3, String measure, double was, double now) {
    if (was != now) {
      out.row("guarantees", iso3, PlaceNames.of(iso3), measure, was, now, now - was, "applied",
          "umbrella on the day: every state bound to defend it, each counted once");
    }
  }
}
