package dev.bulwark.burden.spending;

import dev.bulwark.burden.BurdenException;
import dev.bulwark.core.panel.SpendingDefinition;
import dev.bulwark.core.unit.Percent;
import java.util.List;

/**
 * An ordered set of {@link Target}s, by default NATO's four.
 *
 * <p>What a Hague target's verdict means depends on the edition's
 * {@linkplain SpendingDefinition definition}. NATO's tables to 2025 and SIPRI report total
 * defence expenditure: the 3.5% "core defence" test compares that total with 3.5% — the total is
 * an upper bound on core spending, so an ally that fails it certainly fails the core target, and
 * one that passes may not pass it — and the 5% test compares the same total with 5%, since the
 * 1.5% of defence- and security-related spending (infrastructure, resilience) is not in the data.
 * NATO's tables from 2026 report core defence expenditure: the 3.5% test is then the core target
 * itself, and the 5% test compares core spending alone with 5%, a lower bound on the whole.
 *
 * @param targets the targets, in the order results list them, ids unique
 */
public record Targets(List<Target> targets) {

  /** NATO's 2% of GDP guideline (Wales summit declaration, 5 September 2014, para. 14). */
  public static final Target WALES_2_PERCENT = new Target("nato_2pct", Measure.SHARE_OF_GDP,
      Percent.of(2.0), "Wales summit 2014: 2% of GDP on defence", "",
      "tested on core defence expenditure, which the edition reports in place of total defence"
          + " expenditure");
  /** NATO's 20% of defence expenditure on major equipment (Wales summit 2014, para. 14). */
  public static final Target WALES_20_PERCENT_EQUIPMENT = new Target("nato_equipment_20pct",
      Measure.EQUIPMENT_SHARE, Percent.of(20.0),
      "Wales summit 2014: 20% of defence expenditure on major equipment incl. R&D", "",
      "tested on equipment as a share of core defence expenditure, as the edition reports it");
  /** The Hague summit 2025: 3.5% of GDP on core defence by 2035. */
  public static final Target HAGUE_3_5_PERCENT_CORE = new Target("hague_core_3_5pct",
      Measure.SHARE_OF_GDP, Percent.of(3.5), "The Hague summit 2025: 3.5% of GDP on core defence by 2035",
      "tested on total defence expenditure as the source defines it, an upper bound on core"
          + " defence spending: neither NATO's tables to 2025 nor SIPRI separate core defence",
      "tested on core defence expenditure as the edition reports it (The Hague 2025"
          + " definition)");
  /** The Hague summit 2025: 5% of GDP in all by 2035, tested on the spending in the data. */
  public static final Target HAGUE_5_PERCENT_TOTAL = new Target("hague_total_5pct",
      Measure.SHARE_OF_GDP, Percent.of(5.0),
      "The Hague summit 2025: 5% of GDP by 2035 (3.5% core + 1.5% defence- and security-related)",
      "tested on total defence expenditure as the source defines it: the 1.5% defence- and"
          + " security-related part is not in the data",
      "tested on core defence expenditure alone, a lower bound on the whole: the 1.5% defence-"
          + " and security-related part is not in the data, so an ally that misses 5% may meet"
          + " it");

  public Targets {
    targets = List.copyOf(targets);
    BurdenException.require(!targets.isEmpty(), "targets must not be empty");
    BurdenException.require(targets.stream().map(Target::id).distinct().count() == targets.size(),
        "target ids must be unique, were " + targets.stream().map(Target::id).toList());
  }

  /** Returns NATO's four targets: 2%, 20% on equipment, 3.5% core and 5% total. */
  public static Targets nato() {
    return of(WALES_2_PERCENT, WALES_20_PERCENT_EQUIPMENT, HAGUE_3_5_PERCENT_CORE, HAGUE_5_PERCENT_TOTAL);
  }

  /** Returns the given targets in that order. */
  public static Targets of(Target... targets) {
    return new Targets(List.of(targets));
  }

  /**
   * Returns the caveats the targets have on figures of a definition, each prefixed with the
   * target id.
   */
  public List<String> caveats(SpendingDefinition definition) {
    return targets.stream().filter(t -> !t.caveat(definition).isEmpty())
        .map(t -> t.id() + ": " + t.caveat(definition)).toList();
  }
}
