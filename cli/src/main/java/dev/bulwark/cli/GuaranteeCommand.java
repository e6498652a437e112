package dev.bulwark.cli;

import dev.bulwark.core.country.Countries;
import dev.bulwark.guarantees.GuaranteesException;
import dev.bulwark.guarantees.engine.Assessment;
import dev.bulwark.guarantees.engine.Attack;
import dev.bulwark.guarantees.engine.Intensity;
import dev.bulwark.guarantees.engine.ObligationEngine;
import dev.bulwark.guarantees.engine.Outcome;
import dev.bulwark.guarantees.geo.Gazetteer;
import dev.bulwark.guarantees.geo.Located;
import dev.bulwark.guarantees.treaty.Strength;
import dev.bulwark.guarantees.treaty.TargetKind;
import dev.bulwark.guarantees.weight.Capacity;
import dev.bulwark.guarantees.weight.GuaranteeWeight;
import dev.bulwark.guarantees.weight.Tally;
import dev.bulwark.cli.output.Column;
import dev.bulwark.cli.output.Tabular;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Who is bound to respond to an attack, under which article, how strongly, and with what capacity. */
@Command(name = "guarantee", mixinStandardHelpOptions = true,
    description = {
        "Given an armed attack by a state on a state's territory or forces at a place on a date:",
        "which states are bound to respond, under which instrument and article, how strongly",
        "(scale of docs/guarantees.md, 5 automatic ... 0 assurances), with what confidence (V, M,",
        "D), why each other instrument does not apply, and which answers are disputed (both",
        "readings). Each bound state's military expenditure (NATO's tables for allies, else",
        "SIPRI, current US$) and the totals with and without the United States follow.",
    },
    footer = {"", "Examples:", "  bulwark guarantee --attacker RUS --target EST --date 2025-02-12",
        "  bulwark guarantee --attacker RUS --target FRA --kind forces --at UKR",
        "  bulwark guarantee --attacker CHN --target JPN --at senkaku-islands",
        "  bulwark guarantee --attacker CHN --target PHL --kind vessel --at 9.75,115.87 --format csv"})
final class GuaranteeCommand implements Runnable {

  @Mixin
  private OutputOptions output;

  @Mixin
  private LedgerOptions ledgerOptions;

  @Option(names = "--attacker", paramLabel = "STATE",
      description = "The attacking state (code or name); leave out for a non-state attacker.")
  private String attacker;

  @Option(names = "--target", required = true, paramLabel = "STATE",
      description = "The state attacked (code or name).")
  private String target;

  @Option(names = "--kind", defaultValue = "territory",
      paramLabel = "territory|forces|vessel|aircraft|cyber",
      description = "What is hit (default: ${DEFAULT-VALUE}).")
  private String kind;

  @Option(names = "--at", paramLabel = "PLACE|LAT,LON", description = "Where: a place id"
      + " (senkaku-islands), a country (UKR) or a point (25.7,123.5; the nearest place is used"
      + " and its distance printed). Default: the target's metropolitan territory.")
  private String at;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "The day of the attack (default: today). Memberships are read on this day.")
  private String date;

  @Option(names = "--intensity", defaultValue = "armed_attack",
      paramLabel = "armed_attack|nuclear|intercepted|below_threshold",
      description = "How grave the act is (default: ${DEFAULT-VALUE}).")
  private String intensity;

  @Override
  public void run() {
    Countries countries = Countries.bundled();
    String targetIso = countries.resolve(target).iso3();
    Located where = at == null
        ? new Located(Gazetteer.bundled().metropolitan(targetIso), 0, true)
        : Gazetteer.bundled().locate(at);
    Attack attack = new Attack(Optional.ofNullable(attacker).map(a -> countries.resolve(a).iso3()),
        targetIso, TargetKind.of(kind), where.place(), day(date), Intensity.of(intensity));
    Assessment assessment = ObligationEngine.withDefaults().assess(attack);
    var panel = ledgerOptions.ledger().panel();
    GuaranteeWeight.Weight weight = GuaranteeWeight.withDefaults().weigh(assessment, panel);
    GuaranteeWeight.Weight defenders = GuaranteeWeight.withDefaults()
        .withMinimumStrength(Strength.CONSTITUTIONAL_PROCESSES).weigh(assessment, panel);
    output.print(tabulate(assessment, weight, defenders, where));
  }

  /** Parses a date option, or returns today when it is absent. */
  static LocalDate day(String text) {
    if (text == null) {
      return LocalDate.now();
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw GuaranteesException.badInput("--date must look like 2025-02-12, was '" + text + "'");
    }
  }

  private static Tabular tabulate(Assessment assessment, GuaranteeWeight.Weight weight,
      GuaranteeWeight.Weight defenders, Located where) {
    Tabular out = new Tabular(Column.text("outcome"), Column.text("iso3"), Column.text("instrument"),
        Column.text("article"), Column.text("strength_level"), Column.text("strength"),
        Column.text("confidence"), Column.number("milex_usd_current_m", 0),
        Column.text("capacity_source"), Column.text("reason"), Column.text("rule"));
    Map<String, Capacity> capacity = weight.tally().capacities().stream()
        .collect(Collectors.toMap(Capacity::iso3, c -> c));
    for (Outcome outcome : assessment.outcomes()) {
      if (outcome instanceof Outcome.Bound b) {
        Capacity c = capacity.get(b.guarantor());
        out.row("bound", b.guarantor(), b.instrument(), b.article(), b.strength().level(),
            b.strength().id(), b.confidence().mark(), c == null ? null : c.milexUsdMillion(),
            c == null ? null : c.provenance() + " (" + c.year() + ")", b.reason(), b.rule());
      } else if (outcome instanceof Outcome.Disputed d) {
        for (String state : d.guarantors()) {
          out.row("disputed", state, d.instrument(), d.article(), d.strength().level(),
              d.strength().id(), "D", null, null,
              "Bound: " + d.boundReading() + " Not bound: " + d.notBoundReading(), d.rule());
        }
      } else if (outcome instanceof Outcome.NotBound n) {
        for (String state : n.states().isEmpty() ? Collections.<String>singletonList(null)
            : n.states()) {
          out.row("not_bound", state, n.instrument(), n.article(), null, null,
              n.confidence().mark(), null, null, n.reason(), n.rule());
        }
      }
    }
    Attack attack = assessment.attack();
    out.note("");
    out.note("Attack: " + attack.attacker().orElse("a non-state attacker") + " on "
        + attack.target() + " " + attack.kind().id() + " at " + where.describe() + " on "
        + attack.date() + " (" + attack.intensity().id() + ").");
    Tally t = defenders.tally();
    out.note(String.format(java.util.Locale.ROOT, "Bound to defend (level 3 or stronger): %d"
        + " states; military expenditure %,.0f million US$ (US share %.1f%%); without the US"
        + " %,.0f million US$. Bound at any level, consultation and assurances included: %d.",
        t.states().size(), t.milexUsdMillion(), Double.isNaN(t.usSharePct()) ? 0 : t.usSharePct(),
        t.milexNonUsUsdMillion(), weight.tally().states().size()));
    if (!t.missing().isEmpty()) {
      out.note("No military expenditure figure for " + String.join(", ", t.missing()) + ".");
    }
    assessment.caveats().forEach(out::note);
    return out;
  }
}
